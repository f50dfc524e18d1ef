package org.renda.check.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.renda.check.internal.PackLint;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.utils.KieHelper;
import org.renda.check.internal.Engine;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.RecordFacts;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Findings;
import org.renda.check.model.Parameters;

/**
 * The rule-base and session options of issue 16 measured against Drools' defaults, without a
 * switch in the checker: the benchmark compiles the fixture's DRL itself with Drools' API into a
 * mutable KieBase (Drools' default) and an immutable one ({@code KieBaseMutability.DISABLED}, as
 * {@code RuleBase} builds it), and runs the same session cycle on both: a pooled session with
 * Drools' default options or with {@link Engine#tunedSessionOptions()}, the globals set, every fact
 * of the record inserted ({@link RecordFacts}, the engine's order; no gating, so every rule may
 * fire), fire, dispose. Only the options differ between the three passes.
 */
final class DroolsOptions implements AutoCloseable {

    private static final Findings NONE = (path, eventDate, values) -> { };

    private final KieSessionsPool mutable;
    private final KieSessionsPool immutable;
    private final KieSessionConfiguration tuned = Engine.tunedSessionOptions();
    private final Set<String> globals = new HashSet<>();

    DroolsOptions(Fixture fx) {
        KieBase m = compile(fx, false);
        KieBase i = compile(fx, true);
        for (KiePackage kp : i.getKiePackages()) {
            for (Global g : kp.getGlobalVariables()) {
                globals.add(g.getName());
            }
        }
        this.mutable = m.newKieSessionsPool(2);
        this.immutable = i.newKieSessionsPool(2);
    }

    private static KieBase compile(Fixture fx, boolean disabled) {
        KieHelper h = new KieHelper();
        for (PackFiles p : fx.packs) {
            for (Map.Entry<String, byte[]> e : p.drlFiles().entrySet()) {
                h.addContent(new String(e.getValue(), StandardCharsets.UTF_8), ResourceType.DRL);
            }
        }
        return disabled ? h.build(KieBaseMutabilityOption.DISABLED) : h.build();
    }

    /** Drools' defaults: a mutable KieBase, default session options. */
    long defaults(AnnualRecord r, Parameters p) {
        return cycle(mutable.newKieSession(), r, p);
    }

    /** The immutable KieBase with default session options. */
    long immutableOnly(AnnualRecord r, Parameters p) {
        return cycle(immutable.newKieSession(), r, p);
    }

    /** What the engine uses: the immutable KieBase and the tuned session options. */
    long tuned(AnnualRecord r, Parameters p) {
        return cycle(immutable.newKieSession(tuned), r, p);
    }

    private long cycle(KieSession s, AnnualRecord r, Parameters p) {
        try {
            s.setGlobal("findings", NONE);
            if (globals.contains(PackLint.RECORD_GLOBAL)) {
                s.setGlobal(PackLint.RECORD_GLOBAL, r);
            }
            if (globals.contains("params")) {
                s.setGlobal("params", p);
            }
            RecordFacts.forEach(r, p, s::insert);
            return s.fireAllRules();
        } finally {
            s.dispose();
        }
    }

    @Override
    public void close() {
        mutable.shutdown();
        immutable.shutdown();
    }
}
