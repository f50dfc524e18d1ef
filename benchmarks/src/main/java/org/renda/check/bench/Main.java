package org.renda.check.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the five performance figures of issue #5 in one go and prints a summary with ratios
 * measured in the same run:
 * <ol type="a">
 *   <li>rules only: Drools engine vs {@link PlainJavaChecks} on the same pre-mapped facts;</li>
 *   <li>end to end (read, validate, evaluate, write JSON) vs a Jackson parse-only pass;</li>
 *   <li>one-record cold start of the CLI, {@code java -jar} and the launcher {@code bin/renda-check}
 *       (median of N spawned JVMs each, interleaved);</li>
 *   <li>a 1,000,000-record stream under {@code -Xmx256m} (separate JVM);</li>
 *   <li>two threads vs one, same checker shared.</li>
 * </ol>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--cold N] [--stream N] [--cli-jar PATH] [--launcher PATH] [--skip-jmh] [--skip-threads]
 * </pre>
 * Plain JMH is still available: {@code java -cp benchmarks.jar org.openjdk.jmh.Main Bench.rules}.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean jmh = true;
        boolean threads = true;
        int cold = 5;
        long stream = 1_000_000L;
        String cliJar = "examples/target/renda-check.jar";
        String launcher = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--skip-jmh" -> jmh = false;
                case "--skip-threads" -> threads = false;
                case "--cold" -> cold = Integer.parseInt(args[++i]);
                case "--stream" -> stream = Long.parseLong(args[++i]);
                case "--cli-jar" -> cliJar = args[++i];
                case "--launcher" -> launcher = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Map<String, double[]> score = new HashMap<>();
        if (jmh) {
            ChainedOptionsBuilder o = new OptionsBuilder().include(Bench.class.getName() + "\\.")
                    .forks(1).jvmArgsAppend("-Xmx1g")
                    .warmupIterations(quick ? 2 : 8).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                    .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2));
            String dirs = System.getProperty("renda.packDirs");
            if (dirs != null) {
                o.jvmArgsAppend("-Drenda.packDirs=" + dirs);
            }
            Collection<RunResult> results = new Runner(o.build()).run();
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                name = name.substring(name.lastIndexOf('.') + 1);
                score.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
            }
        }
        Map<String, String> coldLines = cold > 0
                ? ColdStart.run(cliJar, launcher != null ? launcher : ColdStart.defaultLauncher(cliJar), cold)
                : Map.of("cold start", "COLD skipped");
        String streamLine = stream > 0 ? streamInChildJvm(stream) : "STREAM skipped";
        String threadsLine = threads ? ThreadScaling.run(quick ? 1000 : 2000, quick ? 5 : 7) : "THREADS skipped";

        System.out.println();
        System.out.println("== renda-check performance summary (ratios are from this run) ==");
        if (quick) {
            System.out.println("(--quick: JMH warms up 2 x 1 s, too short for Drools' code to be fully compiled; use these"
                    + " figures to see that everything runs, and the full run for the figures)");
        }
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        if (jmh) {
            System.out.println(row("rulesPlain", score) + row("rulesDrools", score) + row("rulesDrools2t", score)
                    + row("rulesDroolsRendered", score)
                    + row("checkEndToEnd", score) + row("checkEndToEnd2t", score) + row("parseOnlyJackson", score)
                    + row("partReadStrict", score) + row("partValidate", score) + row("partMap", score)
                    + row("partWriteJson", score));
            double plain = s(score, "rulesPlain");
            double drools = s(score, "rulesDrools");
            double e2e = s(score, "checkEndToEnd");
            double parse = s(score, "parseOnlyJackson");
            System.out.printf("(a) rules only: Drools is %.1fx slower than plain Java       target <= 5x   %s%n",
                    plain / drools, plain / drools <= 5 ? "MET" : "NOT MET");
            System.out.printf("    (with the findings also put into words: messages, citations, sorting: %.1fx)%n",
                    plain / s(score, "rulesDroolsRendered"));
            System.out.printf("(b) end to end = %.1f%% of Jackson parse-only throughput    target >= 50%%  %s%n",
                    100 * e2e / parse, e2e / parse >= 0.5 ? "MET" : "NOT MET");
            System.out.printf("    per-record cost shares (1/throughput): strict read %.0f%%, validate %.0f%%, map %.0f%%,"
                            + " rules %.0f%%, write %.0f%%%n",
                    share(score, "partReadStrict", e2e), share(score, "partValidate", e2e), share(score, "partMap", e2e),
                    share(score, "rulesDroolsRendered", e2e), share(score, "partWriteJson", e2e));
            System.out.printf("(e) JMH forks, two threads: rules %.2fx, end to end %.2fx one thread (each fork warms up alone;"
                            + " see the next line)   %s%n",
                    s(score, "rulesDrools2t") / drools, s(score, "checkEndToEnd2t") / e2e,
                    s(score, "checkEndToEnd2t") / e2e >= 1.7 ? "MET" : "NOT MET");
        }
        System.out.println("(e) " + threadsLine + "   target >= 1.7x");
        coldLines.forEach((label, line) -> System.out.println("(c) " + label + ": " + line + "   target <= 1.0 s"));
        System.out.println("(d) " + streamLine);
    }

    private static double s(Map<String, double[]> score, String name) {
        double[] v = score.get(name);
        return v == null ? Double.NaN : v[0];
    }

    private static double share(Map<String, double[]> score, String part, double whole) {
        return 100 * whole / s(score, part);
    }

    private static String row(String name, Map<String, double[]> score) {
        double[] v = score.get(name);
        return v == null ? "" : String.format("  %-18s %12.0f rec/s  ± %.0f%n", name, v[0], v[1]);
    }

    /** Runs {@link StreamCheck} in a JVM of its own with a 256 MB heap and returns its summary line. */
    static String streamInChildJvm(long n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m"));
        String dirs = System.getProperty("renda.packDirs");
        if (dirs != null) {
            cmd.add("-Drenda.packDirs=" + dirs);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StreamCheck.class.getName(), Long.toString(n)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = "STREAM failed";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                System.out.println(line);
                if (line.startsWith("STREAM")) {
                    last = line;
                }
            }
        }
        int rc = p.waitFor();
        return rc == 0 ? last + " (-Xmx256m, completed)" : "STREAM failed: exit " + rc + " " + last;
    }
}
