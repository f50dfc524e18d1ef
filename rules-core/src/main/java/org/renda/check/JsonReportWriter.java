package org.renda.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the JSON report of {@code report-format.md} as results arrive, so a batch of any size
 * is written in constant memory:
 *
 * <pre>{@code
 * try (JsonReportWriter w = JsonReportWriter.open(out, checker)) {
 *     checker.checkAll(paths, w::write);
 * }   // close() writes the summary
 * }</pre>
 *
 * Not thread-safe: write results from one thread, in input order. {@link #close()} does not close
 * the stream.
 */
public final class JsonReportWriter implements AutoCloseable {

    /** The tool's name and version as reported. */
    public static final String TOOL = "renda-check";
    public static final String VERSION = "1.0.0";

    private final JsonGenerator g;
    private final Summary summary = new Summary();
    private boolean closed;

    private JsonReportWriter(JsonGenerator g) {
        this.g = g;
    }

    /** Starts a report: tool, packs, parameters, then an open results array. */
    public static JsonReportWriter open(OutputStream out, Checker checker) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", TOOL);
            g.writeStringField("version", VERSION);
            g.writeEndObject();
            g.writeArrayFieldStart("packs");
            for (PackInfo p : checker.packs()) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeStringField("version", p.version());
                g.writeNumberField("rules", p.rules());
                g.writeStringField("title", p.title());
                g.writeStringField("sha256", p.sha256());
                g.writeStringField("origin", p.origin());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("parameters");
            for (Map.Entry<String, Object> e : checker.parameters().entrySet()) {
                if (e.getValue() instanceof Integer i) {
                    g.writeNumberField(e.getKey(), i);
                } else {
                    g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            g.writeEndObject();
            g.writeStringField("language", checker.language().name().toLowerCase(java.util.Locale.ROOT));
            g.writeArrayFieldStart("results");
            return new JsonReportWriter(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one result. */
    public void write(CheckResult r) {
        summary.add(r);
        try {
            g.writeStartObject();
            g.writeStringField("source", r.source());
            g.writeNumberField("index", r.index());
            g.writeStringField("recordId", r.recordId());
            g.writeStringField("status", r.status().name());
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.ruleId());
                g.writeStringField("pack", f.pack());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("title", f.title());
                g.writeStringField("message", f.message());
                g.writeArrayFieldStart("basis");
                for (Citation c : f.basis()) {
                    g.writeStartObject();
                    g.writeStringField("law", c.law());
                    g.writeStringField("version", c.version());
                    g.writeStringField("article", c.article());
                    if (c.articleText() != null) {
                        g.writeStringField("text", c.articleText());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("path", f.path());
                g.writeStringField("remedy", f.remedy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notChecked");
            for (NotChecked n : r.notChecked()) {
                g.writeStartObject();
                g.writeStringField("ruleId", n.ruleId());
                g.writeStringField("reason", n.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (InputError e : r.errors()) {
                g.writeStartObject();
                g.writeStringField("path", e.path());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (r.body() != null) {
                g.writeObjectFieldStart("body");
                g.writeStringField("kind", r.body().kind());
                g.writeStringField("name", r.body().name());
                g.writeStringField("county", r.body().county());
                if (r.body().year() != null) {
                    g.writeNumberField("year", r.body().year());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts so far. */
    public Summary summary() {
        return summary;
    }

    /** Ends the results array and writes the summary. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("records", summary.records());
            g.writeNumberField("checked", summary.checked());
            g.writeNumberField("rejected", summary.rejected());
            g.writeObjectFieldStart("findings");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), summary.findings(s));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
