package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.JsonReportWriter;
import org.renda.check.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check [options] PATH...}: checks record files and folders and writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查记录文件或目录（递归读取 *.json），输出报告。%nChecks record files or folders (read recursively for *.json) and writes a report.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html",
            description = "报告格式，默认 text / report format (default text)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "报告写入文件（原子写入），而非标准输出 / write the report to FILE (atomically)")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "记录文件（.json：一条记录或记录数组）或目录")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Checker checker;
        try {
            checker = common.build();
        } catch (CheckerBuildException e) {
            return Problems.print(err, e, common.language());
        }
        Scoring scoring;
        try {
            scoring = Scoring.fromParams(common.params);
        } catch (IOException | IllegalArgumentException e) {
            checker.close();
            err.println("renda-check: " + common.params + ": " + e.getMessage());
            return 2;
        }
        try (checker; AtomicOutput atomic = out == null ? null : new AtomicOutput(out)) {
            OutputStream stream = atomic == null ? new NonClosing(((Main) spec.root().userObject()).reportStream()) : atomic.stream();
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                files.addAll(Checker.expand(p));
            }
            Progress progress = Progress.forTerminal(err, files.size(), common.language());
            Summary summary;
            switch (format) {
                case json -> {
                    try (JsonReportWriter w = JsonReportWriter.open(stream, checker)) {
                        each(checker, files, progress, w::write);
                        summary = w.summary();
                    }
                }
                case text -> {
                    PrintWriter pw = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                    TextReport report = new TextReport(pw, common.language(), scoring);
                    each(checker, files, progress, report::record);
                    report.finish();
                    pw.flush();
                    summary = report.stats().summary;
                }
                default -> {
                    List<CheckResult> all = new ArrayList<>();
                    each(checker, files, progress, all::add);
                    PrintWriter pw = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                    summary = HtmlPage.write(checker, common.language(), scoring, all, pw);
                    pw.flush();
                }
            }
            stream.flush();
            progress.done();
            if (atomic != null) {
                atomic.commit();
            }
            return summary.exitStatus();
        }
    }

    private static void each(Checker checker, List<Path> files, Progress progress,
                             java.util.function.Consumer<CheckResult> sink) {
        for (Path f : files) {
            for (CheckResult r : checker.check(f, f.toString())) {
                sink.accept(r);
                progress.record();
            }
            progress.file();
        }
    }

    /** Standard output must stay open after the report. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
