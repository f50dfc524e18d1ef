package org.renda.check.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renda.check.PackProblem;

/**
 * The one way a rule base is put together from packs — for the checker, the build's precompile
 * step, the benchmarks and the tests: parameters resolved against the packs' declarations, the law
 * library loaded and linted, the DRL linted and compiled (or the precompiled packages read, when a
 * class loader is given and the packs are exactly the bundled ones).
 *
 * @param packs      the packs, in layer order
 * @param parameters the parameters declared by the packs, with their values
 * @param laws       the law library the citations come from
 * @param ruleBase   the compiled rules and their metadata
 */
public record RuleBaseAssembly(List<PackFiles> packs, ParameterSet parameters, LawLibrary laws, RuleBase ruleBase) {

    public RuleBaseAssembly {
        packs = List.copyOf(packs);
    }

    /**
     * Assembles a rule base; returns null and adds to {@code problems} when anything is wrong
     * (a problem already in the list also gives null).
     *
     * @param overrides      parameter values set by the user (empty for the defaults)
     * @param overrideSource where they come from, for messages
     * @param loader         where the law library (and any precompiled packages) are read; null
     *                       = this class's loader, never the precompiled packages
     */
    public static RuleBaseAssembly of(List<PackFiles> packs, Map<String, Object> overrides, String overrideSource,
                                      ClassLoader loader, List<PackProblem> problems) {
        int before = problems.size();
        ParameterSet params = ParameterSet.resolve(packs, overrides, overrideSource, problems);
        LawLibrary laws = LawLibrary.load(loader != null ? loader : RuleBaseAssembly.class.getClassLoader());
        for (Msg.Text p : laws.lintLibrary()) {
            problems.add(Msg.problem("renda/laws/laws.json", 0, null, p));
        }
        RuleBase rb = params == null ? null
                : RuleBase.build(packs, laws, params.declarations().keySet(), problems, loader);
        return rb == null || problems.size() > before ? null : new RuleBaseAssembly(packs, params, laws, rb);
    }

    /** As {@link #of}, with the packs' default parameters; throws when the packs do not assemble. */
    public static RuleBaseAssembly ofDefaults(List<PackFiles> packs, ClassLoader loader) {
        List<PackProblem> problems = new ArrayList<>();
        RuleBaseAssembly a = of(packs, Map.of(), "defaults", loader, problems);
        if (a == null) {
            throw new IllegalStateException("the packs do not assemble: " + problems);
        }
        return a;
    }

    /** Every bundled pack on the loader's class path, in the order of {@link PackFiles#bundledIds}. */
    public static List<PackFiles> bundled(ClassLoader loader) throws IOException {
        List<PackFiles> packs = new ArrayList<>();
        for (String id : PackFiles.bundledIds(loader)) {
            packs.add(PackFiles.fromClasspath(loader, id));
        }
        return packs;
    }

    /** An engine over this rule base with a session pool of {@code poolSize}. */
    public Engine engine(int poolSize) {
        return new Engine(ruleBase, laws, poolSize);
    }
}
