package org.renda.check.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * (c) One-record cold start: spawns {@code java -jar renda-check.jar check --format json one.json}
 * N times (JVM start to report written) and reports the median wall time.
 *
 * <pre>java -cp benchmarks.jar org.renda.check.bench.ColdStart [examples/target/renda-check.jar] [N]</pre>
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "examples/target/renda-check.jar";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println(run(jar, n, List.of()));
    }

    /** "COLD median=… s runs=[…]" or a line saying why it could not run. */
    static String run(String jar, int n, List<String> jvmArgs) throws Exception {
        if (!new File(jar).isFile()) {
            return "COLD skipped: " + jar + " not found (build examples first)";
        }
        Path one = Files.createTempFile("one", ".json");
        Files.write(one, RecordGen.example(RecordGen.TOWNSHIP));
        Path out = Files.createTempFile("report", ".json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                List<String> cmd = new ArrayList<>(List.of(java));
                cmd.addAll(jvmArgs);
                cmd.addAll(List.of("-jar", jar, "check", "--format", "json", one.toString()));
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int rc = p.waitFor();
                times.add((System.nanoTime() - t0) / 1e9);
                if (Files.size(out) == 0 || !Files.readString(out).contains("\"results\"")) {
                    return "COLD failed: exit " + rc + ", no report written";
                }
            }
        } finally {
            Files.deleteIfExists(one);
            Files.deleteIfExists(out);
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        List<String> shown = new ArrayList<>();
        times.forEach(t -> shown.add(String.format("%.2f", t)));
        return String.format("COLD median=%.2f s min=%.2f s runs=%s", median, sorted.get(0), shown);
    }
}
