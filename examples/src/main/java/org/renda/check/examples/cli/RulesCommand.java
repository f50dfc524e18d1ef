package org.renda.check.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;
import org.renda.check.PackInfo;
import org.renda.check.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rules}: lists the catalogue (id, pack, severity, title, basis). */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

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
            if (format == Format.json) {
                writeJson(checker, out);
                return 0;
            }
            Language lang = common.language();
            for (PackInfo p : checker.packs()) {
                out.println(Texts.get(lang, "rulesCommand.pack", p.id(), p.version(), p.title(), p.rules()));
            }
            out.println();
            for (RuleInfo r : checker.rules()) {
                out.printf("%-28s %-9s %-8s %s%n%38s%s: %s%n", r.id(), r.pack(), r.severity(), r.title(), "",
                        Texts.get(lang, "rulesCommand.basis"), r.basis());
            }
            out.println();
            out.println(Texts.get(lang, "rulesCommand.total", checker.rules().size()));
            out.flush();
            return 0;
        }
    }

    private static void writeJson(Checker checker, PrintWriter out) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("packs");
            for (PackInfo p : checker.packs()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("version", p.version());
                g.writeStringField("title", p.title());
                g.writeNumberField("rules", p.rules());
                g.writeStringField("sha256", p.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : checker.rules()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("pack", r.pack());
                g.writeStringField("severity", r.severity().name());
                g.writeStringField("title", r.title());
                g.writeStringField("basis", r.basis());
                g.writeArrayFieldStart("appliesTo");
                for (String a : r.appliesTo().stream().sorted().toList()) {
                    g.writeString(a);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("needs");
                for (String n : r.needs()) {
                    g.writeString(n);
                }
                g.writeEndArray();
                g.writeBooleanField("yearComplete", r.yearComplete());
                g.writeStringField("since", r.since());
                g.writeStringField("remedy", r.remedy());
                g.writeStringField("source", r.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(sw);
        out.flush();
    }
}
