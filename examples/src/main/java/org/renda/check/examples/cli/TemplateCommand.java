package org.renda.check.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;
import org.renda.check.RuleInfo;
import org.renda.check.workbook.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code template}: writes the blank workbook a township or street fills for one year. */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    enum Kind { TOWNSHIP, STREET }

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "TOWNSHIP|STREET",
            descriptionKey = "templateCommand.help.kind")
    Kind kind;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "templateCommand.help.year")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "templateCommand.help.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (year < 2000 || year > 2100) {
            spec.commandLine().getErr().println(Texts.get(Language.ZH, "templateCommand.yearOutOfRange", year));
            return 2;
        }
        writeWorkbook(out, o -> Workbooks.template(kind.name(), year, bundledRules(Language.ZH), o));
        return 0;
    }

    /** Something that writes a workbook to a stream. */
    interface WorkbookBody {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** Writes a workbook atomically (temporary file, then rename). */
    static void writeWorkbook(Path out, WorkbookBody body) throws IOException {
        try (AtomicOutput o = new AtomicOutput(out)) {
            body.write(o.stream());
            o.commit();
        }
    }

    /** The bundled rules, whose legal basis the 填表说明 sheet lists per section (none when a pack does not load). */
    static List<RuleInfo> bundledRules(Language lang) {
        try (Checker checker = Checker.builder().language(lang).build()) {
            return checker.rules(lang);
        } catch (CheckerBuildException e) {
            return List.of();
        }
    }
}
