package org.renda.check.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.RuleInfo;
import org.renda.check.workbook.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code template}: writes the blank workbook a township or street fills for one year. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "生成空白的年度履职记录工作簿（.xlsx），供乡镇人大或街道人大工委填写。%n"
                + "Writes the blank workbook (.xlsx) a township congress or street committee fills for one year.")
final class TemplateCommand implements Callable<Integer> {

    enum Kind { TOWNSHIP, STREET }

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "TOWNSHIP|STREET",
            description = "单位类型：TOWNSHIP 乡镇人大，STREET 街道人大工委 / the kind of body")
    Kind kind;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度 / the year the record covers")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / the workbook to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (year < 2000 || year > 2100) {
            spec.commandLine().getErr().println("renda-check template: 年度应在 2000 至 2100 之间 / the year must be 2000-2100: " + year);
            return 2;
        }
        writeWorkbook(out, o -> Workbooks.template(kind.name(), year, bundledRules(), o));
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
    static List<RuleInfo> bundledRules() {
        try (Checker checker = Checker.builder().build()) {
            return checker.rules();
        } catch (CheckerBuildException e) {
            return List.of();
        }
    }
}
