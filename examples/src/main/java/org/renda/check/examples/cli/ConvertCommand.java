package org.renda.check.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader.Read;
import org.renda.check.workbook.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code convert IN OUT}: a record from JSON to a workbook, or from a workbook to JSON, by the files' extensions. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "按扩展名转换一条记录：JSON → 工作簿（.xlsx），或工作簿 → JSON。%n"
                + "Converts one record by the files' extensions: JSON to a workbook (.xlsx), or a workbook to JSON.")
final class ConvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "输入：.json 或 .xlsx / input")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "输出：.xlsx 或 .json / output")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "语言 / language: zh (default) or en")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language l = Language.parse(lang);
        boolean en = l == Language.EN;
        String from = extension(in);
        String to = extension(out);
        if (!Files.isRegularFile(in)) {
            err.println("renda-check convert: " + (en ? "no such file: " : "文件不存在：") + in);
            return 2;
        }
        if (from.equals("json") && to.equals("xlsx")) {
            return toWorkbook(err, en);
        }
        if (from.equals("xlsx") && to.equals("json")) {
            return toJson(err, l);
        }
        err.println("renda-check convert: " + (en ? "converts .json to .xlsx or .xlsx to .json, not ." + from + " to ." + to
                : "只能把 .json 转为 .xlsx，或把 .xlsx 转为 .json，不能从 ." + from + " 转为 ." + to));
        return 2;
    }

    private int toWorkbook(PrintWriter err, boolean en) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("renda-check convert: " + in + (en ? ": not JSON: " : "：不是有效的 JSON：") + e.getMessage());
            return 1;
        }
        if (node != null && node.isArray() && node.size() == 1) {
            node = node.get(0);
        }
        if (node == null || !node.isObject()) {
            err.println("renda-check convert: " + in + (en ? ": a workbook holds one record; the file must be one JSON object"
                    : "：一个工作簿只能写一条记录，文件应为一个 JSON 对象"));
            return 1;
        }
        String record = JSON.writeValueAsString(node);
        TemplateCommand.writeWorkbook(out, o -> Workbooks.write(record, TemplateCommand.bundledRules(), o));
        return 0;
    }

    private int toJson(PrintWriter err, Language l) throws IOException {
        Read read = Workbooks.read(in, Limits.DEFAULT, l);
        if (!read.errors().isEmpty() || read.json() == null) {
            for (InputError e : read.errors()) {
                String where = e.cellLabel(l);
                err.println(in + (where == null ? "" : "  " + where) + "  " + e.message());
            }
            return 1;
        }
        try (AtomicOutput o = new AtomicOutput(out)) {
            o.stream().write(JSON.writeValueAsBytes(JSON.readTree(read.json())));
            o.stream().write('\n');
            o.commit();
        }
        return 0;
    }

    private static String extension(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
