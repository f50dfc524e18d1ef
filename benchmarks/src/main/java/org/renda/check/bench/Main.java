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
 * The targets of issue 16, measured in one run, each as a ratio of two things measured in the same
 * minutes, and printed with the spread of the rounds:
 * <ol type="a">
 *   <li>rules only: {@link RulesRatio} (E0–E4, plain Java with values; thread CPU, interleaved);
 *       target E3 ≤ 6 × plain Java with values;</li>
 *   <li>20,000 records, whole process: {@code check --format json} with README's command (the launcher;
 *       {@code java -jar} for comparison) vs a Jackson parse-only process
 *       over the same files ({@link WholeProcess}); target throughput ≥ 0.6 × parse-only;</li>
 *   <li>the bundled sample, whole process, README's command; target ≤ 2.5 × parse-only;</li>
 *   <li>one record, cold start, README's command (the launcher; {@code java -jar} for
 *       comparison); target ≤ 2.5 × a one-record parse-only process;</li>
 *   <li>1,000,000 records at {@code -Xmx256m} ({@link StreamCheck}, own JVM): heap flat.</li>
 * </ol>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--rules N] [--rounds N] [--big N] [--whole-rounds N]
 *      [--cold N] [--stream N] [--cli-jar PATH] [--launcher PATH] [--jmh] [--skip-threads]
 * </pre>
 * {@code --jmh} adds the JMH benchmarks of issue #5 ({@link Bench}); plain JMH is still available:
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main Bench.rules}.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean jmh = false;
        boolean threads = true;
        int rulesRecords = 1000;
        int rounds = 9;
        int big = 20_000;
        int wholeRounds = 3;
        int cold = 5;
        long stream = 1_000_000L;
        String cliJar = "examples/target/renda-check.jar";
        String launcher = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    quick = true;
                    rounds = 5;
                    big = 2_000;
                    wholeRounds = 1;
                    cold = 2;
                    stream = 20_000;
                }
                case "--jmh" -> jmh = true;
                case "--skip-threads" -> threads = false;
                case "--rules" -> rulesRecords = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--big" -> big = Integer.parseInt(args[++i]);
                case "--whole-rounds" -> wholeRounds = Integer.parseInt(args[++i]);
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
        RulesRatio.Result a = RulesRatio.run(rulesRecords, rounds);
        WholeProcess.Pair b = null;
        WholeProcess.Pair bJar = null;
        WholeProcess.Pair c = null;
        WholeProcess.Pair d = null;
        WholeProcess.Pair cJar = null;
        WholeProcess.Pair dJar = null;
        if (new java.io.File(cliJar).isFile()) {
            Path bigDir = java.nio.file.Files.createTempDirectory("renda-bench-records");
            WriteRecords.write(bigDir, big, 100, 7L);
            // the README's first command is the launcher (sh examples/bin/renda-check check FOLDER); java -jar beside it
            String l = launcher != null ? launcher : ColdStart.defaultLauncher(cliJar);
            boolean haveLauncher = new java.io.File(l).isFile();
            List<String> json = List.of("check", "--format", "json");
            if (haveLauncher) {
                b = WholeProcess.measureLauncher(big + " records, check --format json, README's command (launcher)", l, cliJar,
                        json, List.of(bigDir), wholeRounds);
                bJar = WholeProcess.measure(big + " records, check --format json, java -jar", cliJar, json, List.of(bigDir),
                        wholeRounds);
            } else {
                b = WholeProcess.measure(big + " records, check --format json, java -jar (no launcher found)", cliJar, json,
                        List.of(bigDir), wholeRounds);
            }
            deleteTree(bigDir);
            Path sample = WholeProcess.sample(cliJar);
            if (haveLauncher) {
                c = WholeProcess.measureLauncher("sample " + sample.getFileName() + ", README's command (launcher " + l + ")",
                        l, cliJar, List.of(sample), Math.max(wholeRounds, 3));
                cJar = WholeProcess.measure("sample " + sample.getFileName() + ", java -jar", cliJar, List.of("check"),
                        List.of(sample), Math.max(wholeRounds, 3));
            } else {
                c = WholeProcess.measure("sample " + sample.getFileName() + ", java -jar (no launcher found)", cliJar,
                        List.of("check"), List.of(sample), Math.max(wholeRounds, 3));
            }
            if (cold > 0) {
                Path one = java.nio.file.Files.createTempFile("one", ".json");
                java.nio.file.Files.write(one, RecordGen.example(RecordGen.TOWNSHIP));
                if (haveLauncher) {
                    d = WholeProcess.measureLauncher("one record, README's command (launcher " + l + ")", l, cliJar,
                            List.of(one), cold);
                    dJar = WholeProcess.measure("one record, java -jar", cliJar, List.of("check"), List.of(one), cold);
                } else {
                    d = WholeProcess.measure("one record, java -jar (no launcher found)", cliJar, List.of("check"),
                            List.of(one), cold);
                }
                java.nio.file.Files.deleteIfExists(one);
            }
        }
        String streamLine = stream > 0 ? streamInChildJvm(stream) : "STREAM skipped";
        String threadsLine = threads ? ThreadScaling.run(quick ? 1000 : 2000, quick ? 5 : 7) : "THREADS skipped";

        System.out.println();
        System.out.println("== renda-check performance summary, issue 16 (every ratio is from this run) ==");
        if (quick) {
            System.out.println("(--quick: few rounds and small inputs, to see that everything runs; use the full run for the figures)");
        }
        System.out.printf("machine: %d cores, %s %s, load average at the end %.1f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        RulesRatio.print(a, rounds);
        System.out.printf("(a) rules only: E3 = %.1fx plain Java with values (rounds %.1f-%.1f)       target <= 6x    %s%n",
                a.e3OverPlainV().median(), a.e3OverPlainV().least(), a.e3OverPlainV().most(), met(a.e3OverPlainV().median() <= 6));
        if (b != null) {
            System.out.printf("(b) %s: %.1f s vs parse-only %.1f s -> throughput %.2fx parse-only (rounds %.2f-%.2f)"
                            + "   target >= 0.6x   %s%n", b.label(), b.checkSeconds(), b.parseSeconds(), 1 / b.ratio().median(),
                    1 / b.ratio().most(), 1 / b.ratio().least(), met(1 / b.ratio().median() >= 0.6));
            System.out.printf("(c) %s: %.2f s vs parse-only %.2f s -> %.2fx (rounds %.2f-%.2f)   target <= 2.5x   %s%n",
                    c.label(), c.checkSeconds(), c.parseSeconds(), c.ratio().median(), c.ratio().least(), c.ratio().most(),
                    met(c.ratio().median() <= 2.5));
        } else {
            System.out.println("(b)(c)(d) skipped: " + cliJar + " not found (build examples first)");
        }
        if (d != null) {
            System.out.printf("(d) %s: %.2f s vs parse-only %.2f s -> %.2fx (rounds %.2f-%.2f)   target <= 2.5x   %s%n",
                    d.label(), d.checkSeconds(), d.parseSeconds(), d.ratio().median(), d.ratio().least(), d.ratio().most(),
                    met(d.ratio().median() <= 2.5));
        }
        if (bJar != null) {
            System.out.printf("    %s: %.1f s vs parse-only %.1f s -> throughput %.2fx parse-only (rounds %.2f-%.2f)%n",
                    bJar.label(), bJar.checkSeconds(), bJar.parseSeconds(), 1 / bJar.ratio().median(),
                    1 / bJar.ratio().most(), 1 / bJar.ratio().least());
        }
        for (WholeProcess.Pair other : new WholeProcess.Pair[] {cJar, dJar}) {
            if (other != null) {
                System.out.printf("    %s: %.2f s vs parse-only %.2f s -> %.2fx (rounds %.2f-%.2f)%n", other.label(),
                        other.checkSeconds(), other.parseSeconds(), other.ratio().median(),
                        other.ratio().least(), other.ratio().most());
            }
        }
        System.out.println("(e) " + streamLine);
        System.out.println("    two threads vs one, one warmed JVM: " + threadsLine);
        if (jmh) {
            System.out.println("JMH (issue #5 benchmarks, wall clock):");
            System.out.println(row("rulesPlain", score) + row("rulesDrools", score) + row("rulesDrools2t", score)
                    + row("rulesDroolsRendered", score)
                    + row("checkEndToEnd", score) + row("checkEndToEnd2t", score) + row("parseOnlyJackson", score)
                    + row("partReadStrict", score) + row("partValidate", score) + row("partMap", score)
                    + row("partWriteJson", score));
        }
    }

    private static String met(boolean ok) {
        return ok ? "MET" : "NOT MET";
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
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
