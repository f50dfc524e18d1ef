package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.DueResult;
import org.renda.check.Language;
import org.renda.check.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code due --month YYYY-MM [options] PATH...}: the month's duty list (月初提示) of every record,
 * per township and per county, from the same rules as {@code check}.
 */
@Command(name = "due", mixinStandardHelpOptions = true)
final class DueCommand implements Callable<Integer> {

    enum Format { text, json, html, ics }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    Jobs jobs = new Jobs();

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", descriptionKey = "dueCommand.help.month")
    String month;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|ics",
            descriptionKey = "dueCommand.help.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "dueCommand.help.out")
    Path out;

    @Option(names = "--calendar", paramLabel = "FILE.yaml",
            descriptionKey = "dueCommand.help.calendar")
    Path calendar;

    @Option(names = "--alarm-days", defaultValue = "3", paramLabel = "N",
            descriptionKey = "dueCommand.help.alarmDays")
    int alarmDays;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "dueCommand.help.paths")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language lang = common.language();
        jobs.validate(spec, lang);
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            err.println(Texts.get(lang, "dueCommand.badMonth", month));
            return 2;
        }
        if (alarmDays < 0 || alarmDays > 60) {
            err.println(Texts.get(lang, "dueCommand.badAlarmDays", alarmDays));
            return 2;
        }
        CountyCalendar county;
        try {
            county = calendar == null ? CountyCalendar.NONE : CountyCalendar.read(calendar, lang);
        } catch (CountyCalendar.CalendarException e) {
            err.println("renda-check due: " + e.getMessage());
            return 2;
        }
        Checker checker;
        try {
            checker = common.build(spec);
        } catch (CheckerBuildException e) {
            return Problems.print(err, e, lang);
        }
        try (checker; AtomicOutput atomic = out == null ? null : new AtomicOutput(out)) {
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                files.addAll(RecordFiles.expand(p));
            }
            Progress progress = Progress.forTerminal(err, files.size(), lang);
            List<DueResult> results = new ArrayList<>();
            jobs.each(files, f -> checker.due(f, f.toString(), ym), r -> {
                results.add(r);
                progress.record();
            }, progress::file);
            DueReport report = new DueReport(ym, lang, results, county.inMonth(ym), checker.rules());
            OutputStream stream = atomic == null ? ((Main) spec.root().userObject()).reportStream() : atomic.stream();
            PrintWriter pw = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            switch (format) {
                case json -> report.json(pw);
                case html -> report.html(pw);
                case ics -> DueIcs.write(report, alarmDays, pw);
                default -> report.text(pw);
            }
            pw.flush();
            stream.flush();
            progress.done();
            if (atomic != null) {
                atomic.commit();
            }
            return results.stream().anyMatch(r -> r.status() == Status.REJECTED) ? 1 : 0;
        }
    }
}
