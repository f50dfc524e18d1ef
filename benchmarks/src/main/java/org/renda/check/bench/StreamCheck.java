package org.renda.check.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.JsonReportWriter;

/**
 * (d) A long stream of records checked in constant memory: {@code N} records (default 1,000,000),
 * made on the fly by cycling over 1,000 generated records (never stored: each is read from its own
 * byte stream, checked, written to a JSON report on a null stream and dropped), by {@code T}
 * threads (default 2) sharing one checker. Run it with a small heap, e.g. {@code -Xmx256m}.
 * Prints throughput and the used heap (sampled every 2,000 records): the maximum, and the maximum
 * within each tenth of the run, which must stay flat.
 *
 * <pre>java -Xmx256m -cp benchmarks.jar org.renda.check.bench.StreamCheck [N] [T]</pre>
 */
public final class StreamCheck {

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<byte[]> pool = new ArrayList<>();
        RecordGen gen = new RecordGen(7L);
        pool.add(RecordGen.example(RecordGen.TOWNSHIP));
        pool.add(RecordGen.example(RecordGen.STREET));
        while (pool.size() < 1000) {
            pool.add(gen.next());
        }
        AtomicLong done = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        long[] maxUsed = {0, 0};
        List<String> afterGc = new ArrayList<>();
        try (Checker checker = Checkers.build();
             JsonReportWriter writer = JsonReportWriter.open(OutputStream.nullOutputStream(), checker)) {
            long t0 = System.nanoTime();
            long tenth = Math.max(1, n / 10);
            Runnable work = () -> {
                long k;
                while ((k = done.getAndIncrement()) < n) {
                    byte[] b = pool.get((int) (k % pool.size()));
                    List<CheckResult> rs = checker.check(new ByteArrayInputStream(b), "stream-" + k + ".json");
                    synchronized (writer) {
                        for (CheckResult r : rs) {
                            writer.write(r);
                            findings.addAndGet(r.findings().size());
                        }
                    }
                    if (k % 2000 == 0) {
                        Runtime rt = Runtime.getRuntime();
                        long used = rt.totalMemory() - rt.freeMemory();
                        synchronized (maxUsed) {
                            maxUsed[0] = Math.max(maxUsed[0], used);
                            maxUsed[1] = Math.max(maxUsed[1], used);
                        }
                    }
                    if (k > 0 && k % tenth == 0) {
                        // the highest used heap sampled in the tenth that just ended: must stay flat
                        synchronized (maxUsed) {
                            afterGc.add(String.format("%d%%:%.0fMB", k * 100 / n, maxUsed[1] / 1e6));
                            maxUsed[1] = 0;
                        }
                    }
                }
            };
            List<Thread> ts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(work, "stream-" + i);
                t.start();
                ts.add(t);
            }
            for (Thread t : ts) {
                t.join();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("STREAM records=%d threads=%d seconds=%.1f rec/s=%.0f findings=%d maxHeap=%.0fMB "
                            + "maxUsedSampled=%.0fMB maxUsedPerTenth=[%s]%n",
                    n, threads, secs, n / secs, findings.get(), Runtime.getRuntime().maxMemory() / 1e6,
                    maxUsed[0] / 1e6, String.join(" ", afterGc));
        }
    }
}
