package org.renda.check.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;
import org.renda.check.ParameterInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code params}: every parameter of the selected packs with its Chinese description, default,
 * range, legal basis and pack, whether the law fixes it, and (with {@code --params FILE}) the value
 * the file sets.
 */
@Command(name = "params", mixinStandardHelpOptions = true)
final class ParamsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "rulesCommand.help.format")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Checker checker;
        try {
            checker = common.build(spec);
        } catch (CheckerBuildException e) {
            return Problems.print(spec.commandLine().getErr(), e, common.language());
        }
        try (checker) {
            List<ParameterInfo> params = checker.parameterInfo();
            if (format == Format.json) {
                writeJson(params, out);
            } else {
                writeText(params, common.language(), checker.parametersSource(), out);
            }
            out.flush();
            return 0;
        }
    }

    /** "1–10", "≥ 1", "≤ 52" or "" for no bounds. */
    static String range(ParameterInfo p) {
        if (p.min() != null && p.max() != null) {
            return p.min() + "–" + p.max();
        }
        if (p.min() != null) {
            return "≥ " + p.min();
        }
        return p.max() != null ? "≤ " + p.max() : "";
    }

    private static void writeText(List<ParameterInfo> params, Language lang, String source, PrintWriter out) {
        int width = 8;
        for (ParameterInfo p : params) {
            width = Math.max(width, TextReport.width(p.name()));
        }
        out.println(Texts.get(lang, "paramsCommand.heading", params.size()));
        if (source != null) {
            out.println(Texts.get(lang, "paramsCommand.file", source));
        }
        out.println();
        out.println(TextReport.pad(Texts.get(lang, "paramsCommand.columnName"), width + 2)
                + TextReport.pad(Texts.get(lang, "paramsCommand.columnPack"), 12)
                + TextReport.pad(Texts.get(lang, "paramsCommand.columnDefault"), 10)
                + TextReport.pad(Texts.get(lang, "paramsCommand.columnRange"), 10)
                + Texts.get(lang, "paramsCommand.columnOverridable"));
        for (ParameterInfo p : params) {
            String fixed = Texts.get(lang, p.fixed() ? "paramsCommand.fixedByLaw" : "paramsCommand.overridable");
            out.println(TextReport.pad(p.name(), width + 2) + TextReport.pad(p.pack(), 12)
                    + TextReport.pad(String.valueOf(p.defaultValue()), 10) + TextReport.pad(range(p), 10) + fixed);
            out.println("    " + Texts.get(lang, "paramsCommand.meaning", p.description(),
                    "int".equals(p.type()) ? "" : Texts.get(lang, "paramsCommand.monthDay")));
            out.println("    " + Texts.get(lang, "paramsCommand.basis", p.basis()));
            if (!p.defaultFrom().equals(p.pack())) {
                out.println("    " + Texts.get(lang, "paramsCommand.defaultFrom", p.defaultFrom()));
            }
            if (p.overridden()) {
                out.println("    " + Texts.get(lang, "paramsCommand.inForce", p.value()));
            }
        }
    }

    private static void writeJson(List<ParameterInfo> params, PrintWriter out) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("parameters");
            for (ParameterInfo p : params) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("description", p.description());
                g.writeStringField("type", p.type());
                value(g, "default", p.defaultValue());
                value(g, "value", p.value());
                if (p.min() != null) {
                    g.writeNumberField("min", p.min());
                }
                if (p.max() != null) {
                    g.writeNumberField("max", p.max());
                }
                g.writeStringField("basis", p.basis());
                g.writeStringField("pack", p.pack());
                g.writeStringField("defaultFrom", p.defaultFrom());
                g.writeBooleanField("fixed", p.fixed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(sw);
    }

    private static void value(JsonGenerator g, String name, Object v) throws IOException {
        if (v instanceof Integer i) {
            g.writeNumberField(name, i);
        } else {
            g.writeStringField(name, String.valueOf(v));
        }
    }
}
