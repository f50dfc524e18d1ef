package org.renda.check.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets (b), (c), (d) of issue 16: a whole {@code renda-check check} process (JVM start to
 * report written) against a whole Jackson parse-only process ({@link ParseOnly}) over the same
 * files, the two run alternately {@code rounds} times so that both see the same load; each pair
 * gives a ratio, and the median and spread of the ratios are reported.
 */
final class WholeProcess {

    /** One target's result: the medians in seconds and the ratios of the pairs. */
    record Pair(String label, double checkSeconds, double parseSeconds, RulesRatio.Figure ratio) {
    }

    private WholeProcess() {
    }

    /**
     * Times {@code java -jar cliJar ARGS... paths} (report to a discarded stream) against
     * {@code ParseOnly paths}; the ratio is check time / parse time.
     */
    static Pair measure(String label, String cliJar, List<String> checkArgs, List<Path> paths, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> check = new ArrayList<>(List.of(java, "-jar", cliJar));
        check.addAll(checkArgs);
        return measure(label, new ProcessBuilder(check), paths, rounds);
    }

    /** As {@link #measure(String, String, List, List, int)} with the launcher script ({@code check PATH...}). */
    static Pair measureLauncher(String label, String launcher, String cliJar, List<Path> paths, int rounds) throws Exception {
        return measureLauncher(label, launcher, cliJar, List.of("check"), paths, rounds);
    }

    /** As {@link #measure(String, String, List, List, int)} with the launcher script ({@code ARGS... PATH...}). */
    static Pair measureLauncher(String label, String launcher, String cliJar, List<String> checkArgs, List<Path> paths,
            int rounds) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher));
        command.addAll(checkArgs);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("RENDA_CHECK_JAR", new File(cliJar).getAbsolutePath());
        pb.environment().remove("JAVA_OPTS");
        return measure(label, pb, paths, rounds);
    }

    private static Pair measure(String label, ProcessBuilder checkProcess, List<Path> paths, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> check = checkProcess.command();
        List<String> parse = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), ParseOnly.class.getName()));
        for (Path p : paths) {
            check.add(p.toString());
            parse.add(p.toString());
        }
        double[] ratios = new double[rounds];
        double[] checks = new double[rounds];
        double[] parses = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            checks[i] = time(checkProcess, true);
            parses[i] = time(new ProcessBuilder(parse), false);
            ratios[i] = checks[i] / parses[i];
        }
        return new Pair(label, RulesRatio.figure("check", checks).median(), RulesRatio.figure("parse", parses).median(),
                RulesRatio.figure(label, ratios));
    }

    /** Wall seconds of one process; fails when it does not end with exit status 0 or 1 (findings). */
    private static double time(ProcessBuilder pb, boolean isCheck) throws Exception {
        List<String> cmd = pb.command();
        Path out = Files.createTempFile("renda-bench", ".out");
        try {
            long t0 = System.nanoTime();
            Process p = pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int rc = p.waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            if (rc != 0 && !(isCheck && rc == 1) || Files.size(out) == 0) {
                throw new IllegalStateException(String.join(" ", cmd) + ": exit " + rc + ", output " + Files.size(out) + " bytes");
            }
            return s;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The bundled sample: the first folder under {@code examples/records} of the jar's module. */
    static Path sample(String cliJar) {
        Path records = Path.of(cliJar).toAbsolutePath().getParent().getParent().resolve("records");
        File[] dirs = records.toFile().listFiles(File::isDirectory);
        if (dirs == null || dirs.length == 0) {
            throw new IllegalStateException("no sample folder under " + records);
        }
        java.util.Arrays.sort(dirs);
        return dirs[0].toPath();
    }
}
