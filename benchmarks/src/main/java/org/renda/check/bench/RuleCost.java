package org.renda.check.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renda.check.PackProblem;
import org.renda.check.internal.Engine;
import org.renda.check.internal.LawLibrary;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.ParameterSet;
import org.renda.check.internal.RuleBase;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;

/**
 * Where the rules-only time goes: each bundled rule alone in its own rule base, timed over the same
 * records as the benchmark (µs per record, best of three passes after a warm-up). Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.renda.check.bench.RuleCost [records [ID...]]}.
 * A profiling aid, not one of the five figures.
 */
public final class RuleCost {

    /** Thread CPU time, not wall time: on a shared 2-core machine it is far less disturbed by other jobs. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        // further arguments: rule IDs to time (default all), or ID=file.drl to time that file too,
        // as "ID'", in place of the bundled one (an A/B of a rewrite in one run)
        java.util.Set<String> only = new java.util.HashSet<>();
        Map<String, byte[]> alternatives = new LinkedHashMap<>();
        for (String a : java.util.Arrays.asList(args).subList(Math.min(1, args.length), args.length)) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                alternatives.put(a.substring(0, eq), java.nio.file.Files.readAllBytes(java.nio.file.Path.of(a.substring(eq + 1))));
                only.add(a.substring(0, eq));
            } else {
                only.add(a);
            }
        }
        Fixture fx = new Fixture(n, 42L);
        ClassLoader cl = RuleCost.class.getClassLoader();
        LawLibrary laws = LawLibrary.load(cl);
        List<PackFiles> all = new ArrayList<>();
        for (String id : PackFiles.bundledIds(cl)) {
            all.add(PackFiles.fromClasspath(cl, id));
        }
        Map<String, Double> cost = new LinkedHashMap<>();
        Map<String, Engine> engines = new LinkedHashMap<>();
        Map<String, Parameters> values = new LinkedHashMap<>();
        for (PackFiles p : all) {
            for (String drl : p.drlFiles().keySet()) {
                if (!only.isEmpty() && !only.contains(drl.replace(".drl", ""))) {
                    continue;
                }
                String id = drl.replace(".drl", "");
                engines.put(id, oneRule(all, p, drl, p.files().get(drl), laws, values, id));
                if (alternatives.containsKey(id)) {
                    engines.put(id + "'", oneRule(all, p, drl, alternatives.get(id), laws, values, id + "'"));
                }
            }
        }
        // interleaved: every round times one pass of every rule, so a burst of load elsewhere
        // touches all rules alike; the minimum over the measured rounds is kept
        for (int round = 0; round < 8; round++) {
            for (Map.Entry<String, Engine> en : engines.entrySet()) {
                Parameters pv = values.get(en.getKey());
                long t0 = CPU.getCurrentThreadCpuTime();
                for (AnnualRecord r : fx.records) {
                    en.getValue().match(r, pv);
                }
                double us = (CPU.getCurrentThreadCpuTime() - t0) / 1000.0 / fx.records.size();
                if (round >= 2) {
                    cost.merge(en.getKey(), us, Math::min);
                }
            }
        }
        engines.values().forEach(Engine::close);
        cost.forEach((id, us) -> System.out.printf("%-28s %9.1f us/record%n", id, us));
        System.out.println("---- sorted");
        cost.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(en -> System.out.printf("%-28s %9.1f%n", en.getKey(), en.getValue()));
        System.out.printf("sum %.1f us/record%n", cost.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /** An engine with only this rule file (with the given text) of pack {@code p}, the other packs' parameters kept. */
    private static Engine oneRule(List<PackFiles> all, PackFiles p, String drl, byte[] text, LawLibrary laws,
                                  Map<String, Parameters> values, String name) {
        Map<String, byte[]> files = onlyNonDrl(p.files());
        files.put(drl, text);
        List<PackFiles> one = new ArrayList<>();
        for (PackFiles q : all) {
            one.add(new PackFiles(q.id(), q.version(), q.title(), q.titleEn(), q.origin(), q.descriptor(),
                    q == p ? files : onlyNonDrl(q.files())));
        }
        List<PackProblem> problems = new ArrayList<>();
        ParameterSet params = ParameterSet.resolve(one, Map.of(), "defaults", problems);
        RuleBase rb = RuleBase.build(one, laws, params.declarations().keySet(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        values.put(name, params.values());
        return new Engine(rb, laws, 2);
    }

    private static Map<String, byte[]> onlyNonDrl(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((k, v) -> {
            if (!k.endsWith(".drl")) {
                out.put(k, v);
            }
        });
        return out;
    }
}
