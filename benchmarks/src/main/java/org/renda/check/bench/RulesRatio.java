package org.renda.check.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.renda.check.Language;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Findings;

/**
 * The one rules-only yardstick (issue 16, figure (a)): thread CPU time per record of each step of
 * the engine's work and of plain Java, over the same records, the passes interleaved within every
 * round, so that load from other processes falls on all of them alike.
 * <ul>
 *   <li>plain: {@link PlainJavaChecks#check} (rule, path, event date);</li>
 *   <li>plainV: {@link PlainJavaChecks#checkWithValues}, the same plus every value the DRL
 *       consequences pass (names, counts, deadlines, lists) — what E3 computes;</li>
 *   <li>E0: a pooled session cycle (take, set the global, insert the record only, fire with the
 *       agenda filter, dispose) on the E1 rule base;</li>
 *   <li>E1–E4: {@code Engine.match} on the rule bases of {@link RuleVariants}: E1 all facts,
 *       rules that never match; E2 the real conditions, never firing; E3 the rules as written;
 *       E4 the real conditions, consequences that report only rule and path;</li>
 *   <li>O-dflt, O-imm, O-tuned: the options of issue 16 against Drools' defaults
 *       ({@link DroolsOptions}, the benchmark's own KieBases and session cycle, every fact, no
 *       gating): a mutable rule base and default session options; the immutable rule base
 *       ({@code KieBaseMutability.DISABLED}) with the default options; the immutable rule base with
 *       {@code drools.directFiring=true}, {@code drools.threadSafe=false} (what the engine uses);</li>
 *   <li>E3 runs the bundled packs as the checker loads them: the build's executable model. E3-classic:
 *       the same DRL compiled by the classic compiler (as for packs from disk); E1, E2, E4 and
 *       E3-before are DRL rewrites and so are classic too: compare them with E3-classic;</li>
 *   <li>E3-before (only with {@code -Dbench.beforePacks=DIR,DIR,...}): E3-classic on the packs in those
 *       folders, e.g. the DRL before a rewrite, in the same rounds as E3;</li>
 *   <li>E3+words: {@code Engine.evaluate} (E3 and the findings put into words: messages,
 *       citations, sorting), which is what {@code Checker} does.</li>
 * </ul>
 * Each round gives a ratio per pass; the median over the measured rounds is printed with its
 * spread (least–most). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.renda.check.bench.RulesRatio [records] [rounds]}.
 */
public final class RulesRatio {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int WARMUP_ROUNDS = 3;

    /** One figure of a run: the median and spread of µs/record over the measured rounds. */
    public record Figure(String name, double median, double least, double most) {
    }

    /** The medians, by pass name, and the ratios (a) of the same rounds. */
    public record Result(Map<String, Figure> passes, Figure e3OverPlainV, Figure e4OverPlain, Figure e3OverPlain,
                         Figure e3OverDefaults, Figure immutableOverDefaults, Figure e3OverClassic, Figure e3OverBefore,
                         int records, int rules,
                         long checksum) {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Result r = run(n, rounds);
        print(r, rounds);
    }

    /** Prints a result as the table of docs/performance.md. */
    public static void print(Result r, int rounds) {
        System.out.printf("rules only, thread CPU time: %d records, %d rules, %d rounds (%d warm-up), checksum %d%n",
                r.records(), r.rules(), rounds, WARMUP_ROUNDS, r.checksum());
        double plainV = r.passes().get("plainV").median();
        for (Figure f : r.passes().values()) {
            System.out.printf("  %-9s %8.1f us/record  (%.1f-%.1f)   %5.1fx plainV%n", f.name(), f.median(), f.least(),
                    f.most(), f.median() / plainV);
        }
        System.out.printf("  (a) E3 / plainV = %.1fx (rounds %.1f-%.1f), E4 / plain = %.1fx (%.1f-%.1f), E3 / plain = %.1fx%n",
                r.e3OverPlainV().median(), r.e3OverPlainV().least(), r.e3OverPlainV().most(),
                r.e4OverPlain().median(), r.e4OverPlain().least(), r.e4OverPlain().most(), r.e3OverPlain().median());
        System.out.printf("  options: all (O-tuned / O-dflt) %.3f (rounds %.3f-%.3f); immutable rule base alone"
                        + " (O-imm / O-dflt) %.3f (%.3f-%.3f)%n", r.e3OverDefaults().median(), r.e3OverDefaults().least(),
                r.e3OverDefaults().most(), r.immutableOverDefaults().median(), r.immutableOverDefaults().least(),
                r.immutableOverDefaults().most());
        System.out.printf("  executable model: E3 / E3-classic %.3f (rounds %.3f-%.3f)%n", r.e3OverClassic().median(),
                r.e3OverClassic().least(), r.e3OverClassic().most());
        if (r.e3OverBefore() != null) {
            System.out.printf("  DRL lever: E3-classic / E3-before %.3f (rounds %.3f-%.3f)%n", r.e3OverBefore().median(),
                    r.e3OverBefore().least(), r.e3OverBefore().most());
        }
    }

    public static Result run(int n, int rounds) {
        Fixture fx = new Fixture(n, 42L);
        Fixture e1 = new Fixture(2, 42L, RuleVariants.NEVER_MATCH);
        Fixture e2 = new Fixture(2, 42L, RuleVariants.NEVER_FIRE);
        Fixture e4 = new Fixture(2, 42L, RuleVariants.RULE_AND_PATH);
        PlainJavaChecks plain = new PlainJavaChecks(fx.rules);
        // the options of issue 16 against Drools' defaults, in the same rounds
        DroolsOptions options = new DroolsOptions(fx);
        String beforeDirs = System.getProperty("bench.beforePacks");
        // the executable model (what the checker runs) against the classic compile of the same DRL
        Fixture classic = Fixture.classic(2, 42L);
        Fixture before = beforeDirs == null || beforeDirs.isBlank() ? null : new Fixture(2, 42L, null, beforeDirs);
        KieSessionsPool pool = e1.ruleBase.kieBase().newKieSessionsPool(2);
        Findings none = (path, eventDate, values) -> { };
        List<AnnualRecord> records = fx.records;
        Map<String, ToLongFunction<AnnualRecord>> passes = new LinkedHashMap<>();
        passes.put("plain", r -> plain.check(r, fx.parameters).findings().size());
        passes.put("plainV", r -> plain.checkWithValues(r, fx.parameters).findings().size());
        passes.put("E0", r -> {
            KieSession s = pool.newKieSession();
            try {
                s.setGlobal("findings", none);
                s.insert(r);
                return s.fireAllRules(m -> true);
            } finally {
                s.dispose();
            }
        });
        passes.put("E1", r -> e1.engine.match(r, fx.parameters).size());
        passes.put("E2", r -> e2.engine.match(r, fx.parameters).size());
        passes.put("E3", r -> fx.engine.match(r, fx.parameters).size());
        passes.put("E3-classic", r -> classic.engine.match(r, fx.parameters).size());
        if (before != null) {
            passes.put("E3-before", r -> before.engine.match(r, fx.parameters).size());
        }
        passes.put("O-dflt", r -> options.defaults(r, fx.parameters));
        passes.put("O-imm", r -> options.immutableOnly(r, fx.parameters));
        passes.put("O-tuned", r -> options.tuned(r, fx.parameters));
        passes.put("E4", r -> e4.engine.match(r, fx.parameters).size());
        passes.put("E3+words", r -> fx.engine.evaluate(r, fx.parameters, Language.ZH).findings().size());
        // plain Java is ~20x faster: repeat its passes so that each takes a measurable time
        Map<String, Integer> repeat = Map.of("plain", 10, "plainV", 10);
        Map<String, double[]> perRound = new LinkedHashMap<>();
        passes.keySet().forEach(k -> perRound.put(k, new double[rounds - WARMUP_ROUNDS]));
        double[] a3 = new double[rounds - WARMUP_ROUNDS];
        double[] a4 = new double[rounds - WARMUP_ROUNDS];
        double[] a3p = new double[rounds - WARMUP_ROUNDS];
        double[] lever = new double[rounds - WARMUP_ROUNDS];
        double[] imm = new double[rounds - WARMUP_ROUNDS];
        double[] drl = new double[rounds - WARMUP_ROUNDS];
        double[] exec = new double[rounds - WARMUP_ROUNDS];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            Map<String, Double> us = new LinkedHashMap<>();
            for (Map.Entry<String, ToLongFunction<AnnualRecord>> e : passes.entrySet()) {
                int times = repeat.getOrDefault(e.getKey(), 1);
                long t0 = CPU.getCurrentThreadCpuTime();
                for (int k = 0; k < times; k++) {
                    for (AnnualRecord r : records) {
                        sink += e.getValue().applyAsLong(r);
                    }
                }
                long t1 = CPU.getCurrentThreadCpuTime();
                us.put(e.getKey(), (t1 - t0) / 1000.0 / records.size() / times);
            }
            if (round >= WARMUP_ROUNDS) {
                int i = round - WARMUP_ROUNDS;
                us.forEach((k, v) -> perRound.get(k)[i] = v);
                a3[i] = us.get("E3") / us.get("plainV");
                a4[i] = us.get("E4") / us.get("plain");
                a3p[i] = us.get("E3") / us.get("plain");
                lever[i] = us.get("O-tuned") / us.get("O-dflt");
                imm[i] = us.get("O-imm") / us.get("O-dflt");
                exec[i] = us.get("E3") / us.get("E3-classic");
                if (before != null) {
                    drl[i] = us.get("E3-classic") / us.get("E3-before");
                }
            }
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        perRound.forEach((k, v) -> figures.put(k, figure(k, v)));
        int rules = fx.ruleIds.size();
        if (!fx.ruleBase.precompiled()) {
            throw new IllegalStateException("E3 is not the executable model: no renda/packs/kiebase.kjar for these packs");
        }
        for (Fixture f : new Fixture[] {fx, e1, e2, e4, classic}) {
            f.engine.close();
        }
        pool.shutdown();
        options.close();
        if (before != null) {
            before.engine.close();
        }
        return new Result(figures, figure("E3/plainV", a3), figure("E4/plain", a4), figure("E3/plain", a3p),
                figure("O-tuned/O-dflt", lever), figure("O-imm/O-dflt", imm), figure("E3/E3-classic", exec),
                before == null ? null : figure("E3-classic/E3-before", drl), records.size(), rules, sink);
    }

    static Figure figure(String name, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Figure(name, median, v[0], v[v.length - 1]);
    }
}
