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

    enum Format { text, json, html, docx }

    /** Which DOCX: the 通报 (bulletin) or the 讲评会 review pack. */
    enum Docx { bulletin, review }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    Jobs jobs = new Jobs();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|docx",
            description = "报告格式，默认 text；docx 须配合 --out / report format (default text; docx needs --out)")
    Format format;

    @Option(names = "--docx", defaultValue = "bulletin", paramLabel = "bulletin|review",
            description = "DOCX 的种类：bulletin 通报（默认），review 讲评会材料 / which DOCX: the bulletin (default) or the review pack")
    Docx docx;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            description = "上次检查的 JSON 报告：标出新增、仍未整改、已整改的问题 / a previous JSON report: marks findings new, persisting, resolved")
    Path baseline;

    @Option(names = "--county", paramLabel = "NAME",
            description = "只报告该县（市、区）的记录 / report only the records of this county")
    String county;

    @Option(names = "--issuer", paramLabel = "NAME", defaultValue = "（发文机关）",
            description = "通报的发文机关（DOCX） / the issuing office of the bulletin (DOCX)")
    String issuer;

    @Option(names = "--rectify-by", paramLabel = "YYYY-MM-DD",
            description = "通报中的整改期限，默认今天起 30 日 / the rectification deadline in the bulletin (default: 30 days from today)")
    java.time.LocalDate rectifyBy;

    @Option(names = "--out", paramLabel = "FILE", description = "报告写入文件（原子写入），而非标准输出 / write the report to FILE (atomically)")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "记录文件（.json：一条记录或记录数组）或目录")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean en = common.language() == org.renda.check.Language.EN;
        jobs.validate(spec, common.language());
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                // A path that is not there is a usage error, not an empty (clean) batch.
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), en
                        ? "no such file or folder: " + p : "文件或目录不存在：" + p);
            }
            files.addAll(RecordFiles.expand(p));
        }
        if (files.stream().noneMatch(java.nio.file.Files::isReadable)) {
            err.println(en ? "renda-check: no record file found (*.json, *.xlsx) in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    : "renda-check: 未找到任何记录文件（*.json、*.xlsx）：" + String.join("、", paths.stream().map(Path::toString).toList())
                    + (files.isEmpty() ? "" : "（" + files.size() + " 个文件都无法读取）"));
            return 2;
        }
        Checker checker;
        try {
            checker = common.build();
        } catch (CheckerBuildException e) {
            return Problems.print(err, e, common.language());
        }
        Scoring scoring;
        try {
            scoring = Scoring.fromParams(common.params).bind(checker.rules(org.renda.check.Language.ZH));
        } catch (IOException | IllegalArgumentException e) {
            checker.close();
            err.println("renda-check: " + common.params + ": " + (e instanceof Scoring.Invalid i ? i.message(common.language()) : e.getMessage()));
            return 2;
        }
        Baseline before = null;
        if (baseline != null) {
            try {
                before = Baseline.load(baseline, common.language());
            } catch (Baseline.NotAReport e) {
                checker.close();
                err.println("renda-check: --baseline " + baseline + ": " + e.getMessage());
                return 2;
            }
        }
        if (format == Format.docx && out == null) {
            checker.close();
            err.println(common.language() == org.renda.check.Language.EN
                    ? "renda-check: --format docx writes a file: add --out FILE.docx"
                    : "renda-check: --format docx 输出的是文件，请加 --out 文件名.docx");
            return 2;
        }
        Review review = new Review(scoring, before, common.language());
        try (checker; AtomicOutput atomic = out == null ? null : new AtomicOutput(out)) {
            OutputStream stream = atomic == null ? new NonClosing(((Main) spec.root().userObject()).reportStream()) : atomic.stream();
            Progress progress = Progress.forTerminal(err, files.size(), common.language());
            Summary summary;
            switch (format) {
                case json -> summary = RankedJsonReport.write(checker, review, stream,
                        sink -> each(checker, jobs, files, progress, filtered(sink)));
                case text -> {
                    PrintWriter pw = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                    TextReport report = new TextReport(pw, common.language(), review, new ReportHeader(checker, common.language()));
                    each(checker, jobs, files, progress, filtered(report::record));
                    report.finish();
                    pw.flush();
                    summary = report.stats().summary;
                }
                case docx -> {
                    List<CheckResult> all = new ArrayList<>();
                    each(checker, jobs, files, progress, filtered(all::add));
                    summary = DocxReport.write(checker, review, all, docx == Docx.review, issuer,
                            rectifyBy != null ? rectifyBy : java.time.LocalDate.now().plusDays(30), stream);
                }
                default -> {
                    List<CheckResult> all = new ArrayList<>();
                    each(checker, jobs, files, progress, filtered(all::add));
                    PrintWriter pw = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                    summary = HtmlPage.write(checker, common.language(), review, all, pw);
                    pw.flush();
                }
            }
            review.warnings().forEach(w -> err.println("renda-check: " + w));
            stream.flush();
            progress.done();
            if (atomic != null) {
                atomic.commit();
                err.println(en ? "renda-check: report written to " + out.toAbsolutePath() + " (" + summary.records() + " records)"
                        : "renda-check: 报告已写入 " + out.toAbsolutePath() + "（" + summary.records() + " 条记录）");
            }
            return RecordFiles.exitStatus(summary);
        }
    }

    /** The sink, for the records of {@code --county} only (a record whose county cannot be read is kept). */
    private java.util.function.Consumer<CheckResult> filtered(java.util.function.Consumer<CheckResult> sink) {
        if (county == null) {
            return sink;
        }
        return r -> {
            if (r.body() == null || r.body().county() == null || county.equals(r.body().county())) {
                sink.accept(r);
            }
        };
    }

    /** Checks the files, {@code --jobs} at a time, and hands the results to the sink in input order. */
    private static void each(Checker checker, Jobs jobs, List<Path> files, Progress progress,
                             java.util.function.Consumer<CheckResult> sink) {
        jobs.each(files, f -> checker.check(f, f.toString()), r -> {
            sink.accept(r);
            progress.record();
        }, progress::file);
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
