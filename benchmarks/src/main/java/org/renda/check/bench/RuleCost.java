package org.renda.check.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renda.check.Language;
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
 * {@code java -cp benchmarks/target/benchmarks.jar org.renda.check.bench.RuleCost [records]}.
 * A profiling aid, not one of the five figures.
 */
public final class RuleCost {

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Fixture fx = new Fixture(n, 42L);
        ClassLoader cl = RuleCost.class.getClassLoader();
        LawLibrary laws = LawLibrary.load(cl);
        List<PackFiles> all = new ArrayList<>();
        for (String id : PackFiles.bundledIds(cl)) {
            all.add(PackFiles.fromClasspath(cl, id));
        }
        Map<String, Double> cost = new LinkedHashMap<>();
        for (PackFiles p : all) {
            for (String drl : p.drlFiles().keySet()) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                p.files().forEach((k, v) -> {
                    if (!k.endsWith(".drl") || k.equals(drl)) {
                        files.put(k, v);
                    }
                });
                List<PackFiles> one = new ArrayList<>();
                for (PackFiles q : all) {
                    one.add(q == p ? new PackFiles(p.id(), p.version(), p.title(), p.titleEn(), p.origin(),
                            p.descriptor(), files)
                            : new PackFiles(q.id(), q.version(), q.title(), q.titleEn(), q.origin(), q.descriptor(),
                                    onlyNonDrl(q.files())));
                }
                List<PackProblem> problems = new ArrayList<>();
                ParameterSet params = ParameterSet.resolve(one, Map.of(), "defaults", problems);
                RuleBase rb = RuleBase.build(one, laws, params.declarations().keySet(), problems);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(problems.toString());
                }
                Engine e = new Engine(rb, laws, 2);
                Parameters pv = params.values();
                double best = Double.MAX_VALUE;
                for (int round = 0; round < 5; round++) {
                    long t0 = System.nanoTime();
                    for (AnnualRecord r : fx.records) {
                        e.evaluate(r, pv, Language.ZH);
                    }
                    double us = (System.nanoTime() - t0) / 1000.0 / fx.records.size();
                    if (round >= 2) {
                        best = Math.min(best, us);
                    }
                }
                e.close();
                cost.put(drl.replace(".drl", ""), best);
                System.out.printf("%-28s %9.1f us/record%n", drl.replace(".drl", ""), best);
            }
        }
        System.out.println("---- sorted");
        cost.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(en -> System.out.printf("%-28s %9.1f%n", en.getKey(), en.getValue()));
        System.out.printf("sum %.1f us/record%n", cost.values().stream().mapToDouble(Double::doubleValue).sum());
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
