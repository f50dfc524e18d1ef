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
@Command(name = "due", mixinStandardHelpOptions = true,
        description = "月初提示：列出所选月份到期、已逾期、年度待办和每月（季）常规的履职事项。%n"
                + "The duties that fall due in a month, per township and per county, from the same rules.")
final class DueCommand implements Callable<Integer> {

    enum Format { text, json, html, ics }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    Jobs jobs = new Jobs();

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "提示的月份，如 2025-06 / the month, e.g. 2025-06")
    String month;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|ics",
            description = "输出格式，默认 text / output format (default text)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "写入文件（原子写入），而非标准输出 / write to FILE (atomically)")
    Path out;

    @Option(names = "--calendar", paramLabel = "FILE.yaml",
            description = "县里自己的安排（YAML：items 下每项 date、title、who） / the county's own items (YAML)")
    Path calendar;

    @Option(names = "--alarm-days", defaultValue = "3", paramLabel = "N",
            description = "ics 提醒提前的天数，默认 3 / days before a due date the ics reminder fires (default 3)")
    int alarmDays;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "记录文件（.json）或目录 / record files or folders")
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
            err.println("renda-check due: " + (Texts.get(lang, "dueCommand.monthMustYyyyMmE")) + month);
            return 2;
        }
        if (alarmDays < 0 || alarmDays > 60) {
            err.println("renda-check due: " + (Texts.get(lang, "dueCommand.alarmDaysMustGot")) + alarmDays);
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
            checker = common.build();
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
