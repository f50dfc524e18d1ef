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
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "列出规则包的全部参数：说明、默认值、取值范围、法律依据、所属规则包、是否由法律规定。%nLists every parameter: description, default, range, legal basis, pack, whether the law fixes it.")
final class ParamsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "输出格式 / output format")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Checker checker;
        try {
            checker = common.build();
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
        boolean en = lang == Language.EN;
        int width = 8;
        for (ParameterInfo p : params) {
            width = Math.max(width, TextReport.width(p.name()));
        }
        out.println(en ? "Parameters (" + params.size() + "); a file passed with --params overrides those the law does not fix"
                : "参数（共 " + params.size() + " 个）；未由法律规定的参数可用 --params 文件覆盖");
        if (source != null) {
            out.println((en ? "Parameter file: " : "参数文件：") + source);
        }
        out.println();
        out.println(TextReport.pad(en ? "name" : "参数", width + 2) + TextReport.pad(en ? "pack" : "规则包", 12)
                + TextReport.pad(en ? "default" : "默认值", 10) + TextReport.pad(en ? "range" : "范围", 10)
                + (en ? "overridable" : "可否覆盖"));
        for (ParameterInfo p : params) {
            String fixed = p.fixed() ? (en ? "no, fixed by law" : "否（法律规定）") : (en ? "yes" : "可覆盖");
            out.println(TextReport.pad(p.name(), width + 2) + TextReport.pad(p.pack(), 12)
                    + TextReport.pad(String.valueOf(p.defaultValue()), 10) + TextReport.pad(range(p), 10) + fixed);
            out.println("    " + (en ? "meaning: " : "说明：") + p.description()
                    + ("int".equals(p.type()) ? "" : en ? " (month-day \"MM-DD\")" : "（月-日，写作 \"MM-DD\"）"));
            out.println("    " + (en ? "basis: " : "依据：") + p.basis());
            if (!p.defaultFrom().equals(p.pack())) {
                out.println("    " + (en ? "default set by pack " : "默认值由上层规则包 ") + p.defaultFrom() + (en ? "" : " 设定"));
            }
            if (p.overridden()) {
                out.println("    " + (en ? "in force: " : "实际使用：") + p.value());
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
