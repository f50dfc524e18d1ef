package org.renda.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the JSON report of {@code report-format.md} as results arrive, so a batch of any size
 * is written in constant memory:
 *
 * <pre>{@code
 * try (JsonReportWriter w = JsonReportWriter.open(out, checker)) {
 *     for (Path file : files) {
 *         checker.check(file).forEach(w::write);
 *     }
 * }   // close() writes the summary
 * }</pre>
 *
 * Not thread-safe: write results from one thread, in input order. {@link #close()} does not close
 * the stream.
 */
public final class JsonReportWriter implements AutoCloseable {

    /** The tool's name and version as reported. */
    public static final String TOOL = "renda-check";
    /** The library's version, from the build ({@link Checker#libraryVersion()}). */
    public static final String VERSION = Checker.libraryVersion();

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

    /**
     * Fields a caller adds to a result and to each of its findings (a score and a rank, say), written
     * after the standard ones. Values may be null, a {@link String}, {@link Number}, {@link Boolean},
     * a {@link java.util.List} or a {@link Map} of such values (keys as strings); anything else is
     * written as its {@code toString()}.
     */
    public interface Extras {
        /** Extra fields of the result (in iteration order); empty for none. */
        Map<String, ?> result();

        /** Extra fields of one of the result's findings; empty for none. */
        Map<String, ?> finding(Finding f);
    }

    /** Writes one result. */
    public void write(CheckResult r) {
        write(r, null);
    }

    /** Writes one result with extra fields (null for none). */
    public void write(CheckResult r, Extras extras) {
        summary.add(r);
        try {
            g.writeStartObject();
            field(SOURCE, r.source());
            g.writeFieldName(INDEX);
            g.writeNumber(r.index());
            field(RECORD_ID, r.recordId());
            repeated(STATUS, r.status().name());
            g.writeFieldName(FINDINGS);
            g.writeStartArray();
            for (Finding f : r.findings()) {
                g.writeStartObject();
                repeated(RULE_ID, f.ruleId());
                repeated(PACK, f.pack());
                repeated(SEVERITY, f.severity().name());
                repeated(TITLE, f.title());
                field(MESSAGE, f.message());
                g.writeFieldName(BASIS);
                g.writeStartArray();
                for (Citation c : f.basis()) {
                    g.writeStartObject();
                    repeated(LAW, c.law());
                    repeated(VERSION_FIELD, c.version());
                    repeated(ARTICLE, c.article());
                    if (c.articleText() != null) {
                        repeated(TEXT, c.articleText());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                field(PATH, f.path());
                repeated(REMEDY, f.remedy());
                field(FINGERPRINT, f.fingerprint());
                if (extras != null) {
                    fields(extras.finding(f));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName(NOT_CHECKED);
            g.writeStartArray();
            for (NotChecked n : r.notChecked()) {
                g.writeStartObject();
                repeated(RULE_ID, n.ruleId());
                repeated(REASON, n.reason());
                repeated(CAUSE, n.cause() == null ? null : n.cause().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName(ERRORS);
            g.writeStartArray();
            for (InputError e : r.errors()) {
                g.writeStartObject();
                field(PATH, e.path());
                if (e.cell() != null) {
                    field(CELL, e.cell());
                }
                field(MESSAGE, e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!r.notes().isEmpty()) {
                g.writeFieldName(NOTES);
                g.writeStartArray();
                for (String note : r.notes()) {
                    g.writeString(note);
                }
                g.writeEndArray();
            }
            if (r.body() != null) {
                g.writeFieldName(BODY);
                g.writeStartObject();
                repeated(KIND, r.body().kind());
                repeated(NAME, r.body().name());
                repeated(COUNTY, r.body().county());
                if (r.body().year() != null) {
                    g.writeFieldName(YEAR);
                    g.writeNumber(r.body().year());
                }
                if (r.body().asOfDate() != null) {
                    repeated(AS_OF_DATE, r.body().asOfDate());
                }
                g.writeFieldName(SECTIONS);
                g.writeStartArray();
                for (String section : r.body().sections()) {
                    g.writeString(section);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            if (extras != null) {
                fields(extras.result());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Field names of a result, encoded once.
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString INDEX = new SerializedString("index");
    private static final SerializedString RECORD_ID = new SerializedString("recordId");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString FINDINGS = new SerializedString("findings");
    private static final SerializedString RULE_ID = new SerializedString("ruleId");
    private static final SerializedString PACK = new SerializedString("pack");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString BASIS = new SerializedString("basis");
    private static final SerializedString LAW = new SerializedString("law");
    private static final SerializedString VERSION_FIELD = new SerializedString("version");
    private static final SerializedString ARTICLE = new SerializedString("article");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString CELL = new SerializedString("cell");
    private static final SerializedString REMEDY = new SerializedString("remedy");
    private static final SerializedString NOT_CHECKED = new SerializedString("notChecked");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString ERRORS = new SerializedString("errors");
    private static final SerializedString NOTES = new SerializedString("notes");
    private static final SerializedString BODY = new SerializedString("body");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString COUNTY = new SerializedString("county");
    private static final SerializedString YEAR = new SerializedString("year");
    private static final SerializedString AS_OF_DATE = new SerializedString("asOfDate");
    private static final SerializedString SECTIONS = new SerializedString("sections");
    private static final SerializedString FINGERPRINT = new SerializedString("fingerprint");
    private static final SerializedString CAUSE = new SerializedString("cause");

    /** At most this many distinct repeated values are kept encoded (constant memory for any batch). */
    private static final int MAX_ENCODED = 4096;

    /**
     * Values that recur from finding to finding (titles, remedies, citations, reasons, ids),
     * each encoded to quoted UTF-8 once. Only values without surrogates are kept: Jackson writes
     * those to the same bytes either way (JsonReportWriterEncodingTest); a surrogate pair would be
     * escaped by the generator but encoded as four bytes by {@code SerializedString}.
     */
    private final Map<String, SerializedString> encoded = new HashMap<>();

    /** A string field as {@code writeStringField} writes it (null as null). */
    private void field(SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /** A string field whose value is likely to recur, written from its cached encoding. */
    private void repeated(SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        SerializedString s = value == null ? null : encoded.get(value);
        if (s == null && value != null && encoded.size() < MAX_ENCODED && plain(value)) {
            s = new SerializedString(value);
            encoded.put(value, s);
        }
        if (s != null) {
            g.writeString(s);
        } else {
            g.writeString(value);
        }
    }

    private void fields(Map<String, ?> extra) throws IOException {
        if (extra == null) {
            return;
        }
        for (Map.Entry<String, ?> e : extra.entrySet()) {
            g.writeFieldName(e.getKey());
            value(e.getValue());
        }
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof java.math.BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object x : it) {
                value(x);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }

    static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Passes everything written so far on to the stream and flushes it (so that a caller counting
     * the stream's bytes knows where the last result ends).
     */
    public void flush() {
        try {
            g.flush();
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
