package org.renda.check.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.JsonReportWriter;

/**
 * (e) One thread against two, in one warmed-up JVM: the same N records checked end to end
 * (read, validate, evaluate, JSON report to a null stream) by one thread, then split between two
 * threads sharing the checker, alternately, several rounds; the figure is the median of the
 * per-round ratios of wall times. Done so because the JMH forks of {@link Bench} each warm up
 * alone, and on 2 cores the JIT compiler threads compete with two busy benchmark threads, so the
 * two-thread fork is measured before it is warm.
 *
 * <pre>java -cp benchmarks.jar org.renda.check.bench.ThreadScaling [records per pass] [rounds]</pre>
 */
public final class ThreadScaling {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.out.println(run(n, rounds));
    }

    /** "THREADS …" summary line. */
    static String run(int n, int rounds) throws Exception {
        Fixture fx = new Fixture(1000, 42L);
        Checker checker = Checkers.build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ThreadLocal<JsonReportWriter> writer = ThreadLocal.withInitial(
                    () -> JsonReportWriter.open(OutputStream.nullOutputStream(), checker));
            IntConsumer one = i -> {
                JsonReportWriter w = writer.get();
                byte[] b = fx.json.get(i % fx.json.size());
                for (CheckResult r : checker.check(new ByteArrayInputStream(b), "r.json")) {
                    w.write(r);
                }
            };
            // warm-up: both shapes, long enough for the compiler to finish with both threads busy
            // (at least 6 pairs of passes and 30 s: Drools' code is large and C2 needs a free core)
            long warmEnd = System.nanoTime() + 30_000_000_000L;
            for (int k = 0; k < 6 || System.nanoTime() < warmEnd; k++) {
                pass(pool, one, n, 2);
                pass(pool, one, n, 1);
            }
            List<Double> ratios = new ArrayList<>();
            List<Double> t1s = new ArrayList<>();
            List<Double> t2s = new ArrayList<>();
            for (int k = 0; k < rounds; k++) {
                double t1 = pass(pool, one, n, 1);
                double t2 = pass(pool, one, n, 2);
                t1s.add(t1);
                t2s.add(t2);
                ratios.add(t1 / t2);
            }
            Collections.sort(ratios);
            Collections.sort(t1s);
            Collections.sort(t2s);
            return String.format("THREADS end to end, %d records per pass, %d rounds: one thread %.0f rec/s, two threads %.0f rec/s"
                            + " (medians); two/one = %.2fx (median of per-round ratios, range %.2f-%.2f)",
                    n, rounds, n / t1s.get(rounds / 2), n / t2s.get(rounds / 2), ratios.get(rounds / 2),
                    ratios.get(0), ratios.get(rounds - 1));
        } finally {
            pool.shutdown();
            checker.close();
            fx.engine.close();
        }
    }

    /** Checks records 0..n-1 with the given number of threads; wall seconds. */
    private static double pass(ExecutorService pool, IntConsumer one, int n, int threads) throws Exception {
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = n * t / threads;
            int to = n * (t + 1) / threads;
            fs.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    one.accept(i);
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
