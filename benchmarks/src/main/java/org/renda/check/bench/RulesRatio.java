package org.renda.check.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.renda.check.Language;
import org.renda.check.model.AnnualRecord;

/**
 * Figure (a) measured a second way, for a machine too busy for wall-clock JMH numbers: thread CPU
 * time per record of plain Java, Drools matching, and Drools matching + rendering, over the same
 * records, passes interleaved (plain, Drools, rendered, plain, …), the least of the measured
 * passes kept. Run: {@code java -cp benchmarks/target/benchmarks.jar org.renda.check.bench.RulesRatio [records] [rounds]}.
 */
public final class RulesRatio {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Fixture fx = new Fixture(n, 42L);
        PlainJavaChecks plain = new PlainJavaChecks(fx.rules);
        double bestPlain = Double.MAX_VALUE;
        double bestDrools = Double.MAX_VALUE;
        double bestRendered = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int k = 0; k < 10; k++) {
                for (AnnualRecord r : fx.records) {
                    sink += plain.check(r, fx.parameters).findings().size();
                }
            }
            long t1 = CPU.getCurrentThreadCpuTime();
            for (AnnualRecord r : fx.records) {
                sink += fx.engine.match(r, fx.parameters).size();
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            for (AnnualRecord r : fx.records) {
                sink += fx.engine.evaluate(r, fx.parameters, Language.ZH).findings().size();
            }
            long t3 = CPU.getCurrentThreadCpuTime();
            if (round >= 2) {
                bestPlain = Math.min(bestPlain, (t1 - t0) / 1000.0 / n / 10);
                bestDrools = Math.min(bestDrools, (t2 - t1) / 1000.0 / n);
                bestRendered = Math.min(bestRendered, (t3 - t2) / 1000.0 / n);
            }
        }
        System.out.printf("records %d, rules %d, rounds %d (first 2 are warm-up), checksum %d%n", n, fx.ruleIds.size(),
                rounds, sink);
        System.out.printf("plain Java          %8.1f us CPU/record%n", bestPlain);
        System.out.printf("Drools match        %8.1f us CPU/record   %.1fx plain%n", bestDrools, bestDrools / bestPlain);
        System.out.printf("Drools + rendering  %8.1f us CPU/record   %.1fx plain%n", bestRendered, bestRendered / bestPlain);
        fx.engine.close();
    }
}
