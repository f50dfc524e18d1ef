package org.renda.check.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (c) One-record cold start, JVM start to report written, N times each and interleaved (run i of
 * every variant, then run i + 1), so that both see the same machine load:
 * <ul>
 *   <li>{@code java -jar renda-check.jar check --format json one.json};</li>
 *   <li>the launcher {@code examples/bin/renda-check check --format json one.json} (class-data
 *       archive + C1 for small jobs; its first run makes the archive when the build did not).</li>
 * </ul>
 *
 * <pre>java -cp benchmarks.jar org.renda.check.bench.ColdStart [examples/target/renda-check.jar] [N] [launcher]</pre>
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "examples/target/renda-check.jar";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String launcher = args.length > 2 ? args[2] : defaultLauncher(jar);
        run(jar, launcher, n).forEach((label, line) -> System.out.println(label + ": " + line));
    }

    /** {@code bin/renda-check} of the examples module the jar was built in ({@code examples/target/x.jar}). */
    static String defaultLauncher(String jar) {
        Path parent = Path.of(jar).toAbsolutePath().getParent();
        return parent == null || parent.getParent() == null ? "examples/bin/renda-check"
                : parent.getParent().resolve("bin/renda-check").toString();
    }

    /**
     * "COLD median=… s runs=[…]" (or why it could not run) for {@code java -jar} and, when the
     * launcher exists, for the launcher, keyed by a label saying which.
     */
    static Map<String, String> run(String jar, String launcher, int n) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String jarLabel = "java -jar";
        String launcherLabel = "launcher " + launcher + " (AppCDS + C1)";
        if (!new File(jar).isFile()) {
            out.put(jarLabel, "COLD skipped: " + jar + " not found (build examples first)");
            return out;
        }
        boolean withLauncher = launcher != null && new File(launcher).isFile();
        Path one = Files.createTempFile("one", ".json");
        Files.write(one, RecordGen.example(RecordGen.TOWNSHIP));
        Path report = Files.createTempFile("report", ".json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> check = List.of("check", "--format", "json", one.toString());
        List<Double> plain = new ArrayList<>();
        List<Double> launched = new ArrayList<>();
        String failed = null;
        try {
            for (int i = 0; i < n && failed == null; i++) {
                List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar));
                cmd.addAll(check);
                failed = time(new ProcessBuilder(cmd), report, plain);
                if (withLauncher && failed == null) {
                    cmd = new ArrayList<>(List.of("sh", launcher));
                    cmd.addAll(check);
                    ProcessBuilder pb = new ProcessBuilder(cmd);
                    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
                    pb.environment().put("RENDA_CHECK_JAR", new File(jar).getAbsolutePath());
                    pb.environment().remove("JAVA_OPTS");
                    failed = time(pb, report, launched);
                }
            }
        } finally {
            Files.deleteIfExists(one);
            Files.deleteIfExists(report);
        }
        if (failed != null) {
            out.put(jarLabel, failed);
            return out;
        }
        out.put(jarLabel, summary(plain));
        if (withLauncher) {
            out.put(launcherLabel, summary(launched));
        }
        return out;
    }

    /** Runs one command, adds its wall time; null, or why it failed. */
    private static String time(ProcessBuilder pb, Path report, List<Double> times) throws Exception {
        long t0 = System.nanoTime();
        Process p = pb.redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int rc = p.waitFor();
        times.add((System.nanoTime() - t0) / 1e9);
        if (Files.size(report) == 0 || !Files.readString(report).contains("\"results\"")) {
            return "COLD failed: " + String.join(" ", pb.command()) + ": exit " + rc + ", no report written";
        }
        return null;
    }

    private static String summary(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        List<String> shown = new ArrayList<>();
        times.forEach(t -> shown.add(String.format("%.2f", t)));
        return String.format("COLD median=%.2f s min=%.2f s max=%.2f s runs=%s", median, sorted.get(0),
                sorted.get(sorted.size() - 1), shown);
    }
}
