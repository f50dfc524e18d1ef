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
@Command(name = "check", mixinStandardHelpOptions = true)
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
            descriptionKey = "checkCommand.help.format")
    Format format;

    @Option(names = "--docx", defaultValue = "bulletin", paramLabel = "bulletin|review",
            descriptionKey = "checkCommand.help.docx")
    Docx docx;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            descriptionKey = "checkCommand.help.baseline")
    Path baseline;

    @Option(names = "--county", paramLabel = "NAME",
            descriptionKey = "checkCommand.help.county")
    String county;

    /** {@code --issuer}; without it the bulletin leaves a placeholder in the report's language. */
    @Option(names = "--issuer", paramLabel = "NAME", descriptionKey = "checkCommand.help.issuer")
    String issuer;

    @Option(names = "--rectify-by", paramLabel = "YYYY-MM-DD",
            descriptionKey = "checkCommand.help.rectifyBy")
    java.time.LocalDate rectifyBy;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "checkCommand.help.out")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "checkCommand.help.paths")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        org.renda.check.Language lang = common.language();
        jobs.validate(spec, common.language());
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                // A path that is not there is a usage error, not an empty (clean) batch.
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), Texts.get(lang, "checkCommand.noSuchPath", p));
            }
            files.addAll(RecordFiles.expand(p));
        }
        if (files.stream().noneMatch(java.nio.file.Files::isReadable)) {
            err.println(Texts.get(lang, "checkCommand.noRecordFiles", UsageErrors.join(lang, paths.stream().map(Path::toString).toList()),
                    files.isEmpty() ? "" : Texts.get(lang, "checkCommand.noneReadable", files.size())));
            return 2;
        }
        Checker checker;
        try {
            checker = common.build(spec);
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
            err.println(Texts.get(lang, "checkCommand.docxNeedsOut"));
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
                    summary = DocxReport.write(checker, review, all, docx == Docx.review,
                            issuer != null ? issuer : Texts.get(lang, "checkCommand.issuerPlaceholder"),
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
                err.println(Texts.get(lang, "checkCommand.reportWritten", out.toAbsolutePath(), summary.records()));
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
