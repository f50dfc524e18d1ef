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
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convertCommand.help.in")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convertCommand.help.out")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "commonOptions.help.lang")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language l = Language.parse(lang);
        String from = extension(in);
        String to = extension(out);
        if (!Files.isRegularFile(in)) {
            err.println(Texts.get(l, "convertCommand.noSuchFile", in));
            return 2;
        }
        if (from.equals("json") && to.equals("xlsx")) {
            return toWorkbook(err, l);
        }
        if (from.equals("xlsx") && to.equals("json")) {
            return toJson(err, l);
        }
        err.println(Texts.get(l, "convertCommand.wrongExtensions", from, to));
        return 2;
    }

    private int toWorkbook(PrintWriter err, Language l) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(Texts.get(l, "convertCommand.notJson", in, e.getMessage()));
            return 1;
        }
        if (node != null && node.isArray() && node.size() == 1) {
            node = node.get(0);
        }
        if (node == null || !node.isObject()) {
            err.println(Texts.get(l, "convertCommand.notOneRecord", in));
            return 1;
        }
        String record = JSON.writeValueAsString(node);
        TemplateCommand.writeWorkbook(out, o -> Workbooks.write(record, TemplateCommand.bundledRules(l), l, o));
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
