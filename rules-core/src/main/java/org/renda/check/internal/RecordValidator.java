package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.model.AnnualRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Validates one record (record format 1.0) and reports every input error, each with its JSON
 * Pointer and a message that says what was expected and what was found (Chinese, or English for
 * {@link Language#EN}). <b>Internal API</b>: not part of the public contract of renda-check.
 *
 * <p>Built once (the schema is loaded and its {@linkplain SchemaFastPath fast path} compiled in the
 * constructor, see {@link #shared()}; networknt's compiled schema when a record first needs it),
 * then thread-safe: {@link #validate} keeps no state between calls.
 *
 * <h2>What is checked</h2>
 * <ol>
 *   <li><b>Version</b>: a {@code schemaVersion} string other than a supported one ({@code "1.0"})
 *       gives that single error and nothing else (a record of an unknown format is not
 *       validated against the 1.0 schema).</li>
 *   <li><b>Structure</b>, against the published JSON Schema
 *       {@code /org/renda/check/record-1.0.schema.json} (draft 2020-12, via networknt
 *       json-schema-validator; a record {@link SchemaFastPath} certifies is not walked again): required fields, unknown fields, types, enum values, malformed
 *       or impossible dates, counts ≥ 0, {@code halfDays} ≥ 1, {@code year} 2000–2100, and the
 *       conditional requirements: {@code isDeputy} for CHAIRMAN and VICE_CHAIRMAN,
 *       {@code fullTime} for CHAIRMAN, {@code fiscalYear} for the budget agenda types,
 *       {@code signatories} for DEPUTY_MOTION, {@code vote.method} for ELECTION and
 *       LIVELIHOOD_PROJECTS_VOTE (when a vote is given), {@code stationId} for
 *       STATION_RECEPTION. {@code null} is the same as absent: optional fields accept null, and
 *       a null required field is reported as a missing required field. At most one error per
 *       pointer is reported (the most fundamental one). A missing field's error points at the
 *       field itself ({@code /sessions/0/startDate}), an unknown field's at that field.</li>
 *   <li><b>Semantics</b> ({@link SemanticChecks}), only when the structure is valid, over the fact
 *       model the record is then mapped to ({@link RecordMapper}, one walk of the tree): {@code asOfDate} before 1 January
 *       of {@code year}; any date after the effective {@code asOfDate} (absent = 31 December of
 *       {@code year}) except the {@code from}/{@code to} of officers and their posts; sessions
 *       ({@code startDate}), presidium and committee meetings, reports to the county, activities
 *       and normative documents ({@code issuedDate}) dated outside {@code year} (a
 *       BUDGET_CONSULTATION activity may be dated in {@code year − 1}; suggestions and other
 *       dates are not bound to the year); {@code endDate} before {@code startDate};
 *       {@code deputiesPresent} &gt; {@code deputiesTotal}; a vote's for + against + abstain &gt;
 *       the session's {@code deputiesPresent}; {@code membersPresent} &gt; {@code membersTotal};
 *       duplicate {@code id}s within officers, deputies, sessions, the agenda of one session,
 *       budget adjustments, activities, stations, suggestions and normative documents;
 *       references to undefined ids ({@code sessionId}, {@code approvedAtSession} → sessions;
 *       {@code absences[].deputyId}, {@code deputyIds} of activities and suggestions → deputies;
 *       {@code stationId} → stations).</li>
 * </ol>
 * <b>References into an absent section</b> (e.g. an activity naming deputies while
 * {@code deputies} is absent or null) are <em>not</em> errors: an absent section means "not
 * reported" (record format, reading rule 1), not "none", and the rules that need that section are
 * reported as not checked. Rejecting such a record would make a partial report impossible. An
 * empty section declares "none" and defines no id, so every reference into it is undefined.
 *
 * <h2>What is not checked here</h2>
 * Uniqueness of {@code recordId} within a batch (a batch-level check), file-level problems (see
 * {@link JsonInput}), and anything that is a finding of the rules rather than an input error.
 *
 * <p>Errors are returned sorted by pointer (array indexes compared numerically), then message.
 */
public final class RecordValidator {

    /** Class-path location of the published schema of record format 1.0. */
    public static final String SCHEMA_RESOURCE = RecordFormat.SCHEMA_RESOURCE;

    /**
     * The first year a record may cover (rule catalogue 1.1): the packs cover events from
     * 2021-01-01, the day 民法典, whose period rules every deadline uses, took effect.
     */
    public static final int FIRST_YEAR = 2021;

    /** The supported {@code schemaVersion} values. */
    public static final Set<String> SUPPORTED_VERSIONS = Set.of("1.0");

    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    /** The shared instance, built at most once: by {@link #prepareShared()}'s thread or by the first caller. */
    private static final FutureTask<RecordValidator> SHARED = new FutureTask<>(RecordValidator::new);
    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private final JsonNode schemaJson;
    /** networknt's compiled schema; see {@link #networknt()}. */
    private volatile JsonSchema schema;
    /** The quick "certainly valid" answer compiled from the same schema; null if the schema outgrew it. */
    private final SchemaFastPath fastPath;

    /**
     * Loads and compiles the schema.
     *
     * @throws IllegalStateException when the schema resource is missing or broken (a packaging bug)
     */
    public RecordValidator() {
        try (InputStream in = RecordValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            schemaJson = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
        fastPath = SchemaFastPath.compile(schemaJson);
        if (fastPath == null) {
            networknt(); // every record needs it: compile it now
        }
    }

    /**
     * networknt's compiled schema, built on first use: a batch whose records the fast path all
     * certifies never needs it (issue #16, cold start: compiling it took ~0.2 s of a core).
     */
    private JsonSchema networknt() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = compileNetworknt(schemaJson);
                    schema = s;
                }
            }
        }
        return s;
    }

    private static JsonSchema compileNetworknt(JsonNode schemaJson) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)      // default is LEGACY ($.a.b)
                .formatAssertionsEnabled(true)         // 2020-12 treats format as annotation by default
                .locale(Locale.ROOT)
                .build();
        // The schema's label annotations (x-titleEn, …) are declared as annotations: networknt would
        // otherwise log a warning for each unknown keyword. They never change a validation result.
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(RecordFormat.LABEL_KEYWORDS.stream().map(AnnotationKeyword::new).toList())
                .build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta))
                .getSchema(schemaJson, config);
        schema.initializeValidators(); // resolve all $refs now, so that validate() does no lazy loading
        return schema;
    }

    /** The fast path of the structural check (for tests); null when the schema uses a keyword it does not know. */
    SchemaFastPath fastPath() {
        return fastPath;
    }

    /**
     * Starts building the {@linkplain #shared() shared instance} on a daemon thread, so that it
     * is ready when first needed (issue #5, cold start: compiling the schema takes 0.2 s, done while
     * the rules load). Only the first call starts a thread; the thread ends once the instance is
     * built. Never throws: if no thread can be started, {@link #shared()} builds it.
     */
    public static void prepareShared() {
        if (SHARED.isDone() || !PREPARING.compareAndSet(false, true)) {
            return;
        }
        try {
            Thread t = new Thread(SHARED, "renda-check-schema");
            t.setDaemon(true);
            t.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            // not started: the first caller of shared() builds it
        }
    }

    /**
     * The instance shared by all callers; built on first use, or waits for the thread
     * {@link #prepareShared()} started.
     *
     * @throws IllegalStateException as the constructor, to every caller, when the schema is broken
     */
    public static RecordValidator shared() {
        SHARED.run(); // builds it in this thread, unless another thread is building or has built it
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return SHARED.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The record's {@code recordId} when present and a string, else null (so that a rejected
     * record keeps its id in the report).
     */
    public static String recordIdOf(JsonNode record) {
        if (record == null || !record.isObject()) {
            return null;
        }
        JsonNode id = record.get("recordId");
        return id != null && id.isTextual() ? id.textValue() : null;
    }

    /**
     * Validates one record. Never throws for bad input.
     *
     * @param record the record (the {@code node} of a {@link JsonInput.RawRecord})
     * @param lang   the language of the messages (null = Chinese)
     * @return every input error found, sorted by pointer; empty when the record is valid
     */
    public List<InputError> validate(JsonNode record, Language lang) {
        return read(record, lang).errors();
    }

    /**
     * A record validated and, when its structure is valid, mapped to the fact model: the tree is
     * walked once for that (the semantic checks run over the model).
     *
     * @param errors every input error, sorted by pointer; empty when the record is valid
     * @param record the record's facts when {@code errors} is empty, else null
     */
    public record Validated(List<InputError> errors, AnnualRecord record) {
    }

    /** As {@link #validate}, also giving the facts of a valid record. Never throws for bad input. */
    public Validated read(JsonNode record, Language lang) {
        Language l = lang == null ? Language.ZH : lang;
        if (record == null || !record.isObject()) {
            return rejected(List.of(new InputError("", Msg.get(l, "validator.expectedObject", Msg.found(record, l)))));
        }
        JsonNode version = record.get("schemaVersion");
        if (version != null && version.isTextual() && !SUPPORTED_VERSIONS.contains(version.textValue())) {
            return rejected(List.of(new InputError("/schemaVersion", Msg.get(l, "validator.unsupportedVersion",
                    Msg.shortText(version), String.join(Msg.get(l, "list.separator"), new TreeSet<>(SUPPORTED_VERSIONS))))));
        }
        JsonNode year = record.get("year");
        if (year != null && year.isIntegralNumber() && year.canConvertToInt() && year.intValue() < FIRST_YEAR) {
            // rule catalogue 1.1: the packs cover events from 2021-01-01 (民法典); one error, nothing else
            return rejected(List.of(new InputError("/year", Msg.get(l, "validator.before2021"))));
        }
        List<InputError> errors;
        AnnualRecord facts = null;
        try {
            // a record the fast path certifies is one networknt would find nothing in (SchemaFastPath)
            errors = fastPath != null && fastPath.certainlyValid(record) ? List.of() : structural(record, l);
            if (errors.isEmpty()) {
                RecordMapper.Mapping mapping = RecordMapper.read(record);
                errors = new SemanticChecks(mapping, l).run();
                facts = mapping.record();
            }
        } catch (RuntimeException e) {
            // safety net: bad input must never escape as an exception
            errors = List.of(new InputError("", Msg.get(l, "validator.cannotValidate", e)));
        }
        if (errors.isEmpty()) {
            return new Validated(List.of(), facts);
        }
        List<InputError> sorted = new ArrayList<>(errors);
        sorted.sort(ORDER);
        return rejected(sorted);
    }

    private static Validated rejected(List<InputError> errors) {
        return new Validated(List.copyOf(errors), null);
    }

    // ---------------------------------------------------------------------------------------------
    // structure

    /** networknt's messages turned into input errors, one per pointer (package-private for the fast path's test). */
    List<InputError> structural(JsonNode record, Language l) {
        Map<String, Integer> rank = new HashMap<>();
        Map<String, String> byPath = new LinkedHashMap<>();
        for (ValidationMessage m : networknt().validate(record)) {
            String path = pointer(m.getInstanceLocation());
            String type = m.getType();
            if (("required".equals(type) || "additionalProperties".equals(type)) && m.getProperty() != null) {
                path = path + "/" + Msg.escape(m.getProperty());
            }
            JsonNode found = record.at(path);
            int r;
            String msg;
            boolean inObject = path.lastIndexOf('/') >= 0 && record.at(path.substring(0, path.lastIndexOf('/'))).isObject();
            String field = path.isEmpty() ? "" : unescape(path.substring(path.lastIndexOf('/') + 1));
            boolean conditional = m.getEvaluationPath() != null && m.getEvaluationPath().toString().contains("/then/");
            if ("required".equals(type) || (inObject && found.isNull())) {
                r = 0;
                msg = missing(path, field, found.isNull(), conditional ? conditionText(m, path, l) : "", l);
            } else if ("additionalProperties".equals(type)) {
                r = 1;
                msg = unknown(field, m, l);
            } else if ("type".equals(type)) {
                r = 1;
                msg = Msg.get(l, "validator.expectedType", expectedTypes(m, l), Msg.found(found, l));
            } else if ("enum".equals(type)) {
                r = 2;
                List<String> values = new ArrayList<>();
                for (JsonNode v : keyword(m)) {
                    if (!v.isNull()) {
                        values.add(v.isTextual() ? v.textValue() : v.toString());
                    }
                }
                // Chinese: the field's title and the values' labels; English: the values as written in JSON
                msg = l == Language.EN ? Msg.get(l, "validator.expectedOneOf", "",
                        String.join(Msg.get(l, "list.separator"), values), Msg.shortText(found))
                        : Msg.get(l, "validator.expectedOneOf", Msg.quotedTitle(path),
                                String.join(Msg.get(l, "list.separator"), Msg.choiceLabels(path, values)), Msg.shortText(found));
            } else if ("const".equals(type)) {
                r = 2;
                msg = Msg.get(l, "validator.expectedConst", keyword(m), Msg.shortText(found));
            } else if (("format".equals(type) || "pattern".equals(type)) && found.isTextual()
                    && ("format".equals(type) || DATE.pattern().equals(keyword(m).asText()))) {
                r = 3;
                boolean shapeOk = plausibleDate(found.textValue()); // e.g. 2024-02-30, not 2024-13-01
                msg = shapeOk ? Msg.get(l, "semantic.noSuchDate", Msg.shortText(found))
                        : Msg.get(l, "validator.expectedDate", Msg.shortText(found));
            } else if ("minimum".equals(type)) {
                r = 4;
                msg = Msg.get(l, "validator.expectedAtLeast", keyword(m).asText(), Msg.shortText(found));
            } else if ("maximum".equals(type)) {
                r = 4;
                msg = Msg.get(l, "validator.expectedAtMost", keyword(m).asText(), Msg.shortText(found));
            } else {
                r = 5;
                msg = Msg.get(l, "validator.doesNotMatchFormat", m.getMessage());
            }
            Integer old = rank.get(path);
            if (old == null || r < old) {
                rank.put(path, r);
                byPath.put(path, msg);
            }
        }
        List<InputError> out = new ArrayList<>();
        byPath.forEach((p, msg) -> out.add(new InputError(p, msg)));
        return out;
    }

    /** True for YYYY-MM-DD with month 01–12 and day 01–31 (which may still not exist). */
    private static boolean plausibleDate(String s) {
        if (!DATE.matcher(s).matches()) {
            return false;
        }
        int month = Integer.parseInt(s.substring(5, 7));
        int day = Integer.parseInt(s.substring(8, 10));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** "缺少必填字段“开幕日期”" (the field by its Chinese title; English keeps the JSON name), a condition, a null. */
    private static String missing(String path, String field, boolean isNull, String when, Language l) {
        String nul = isNull ? Msg.get(l, "validator.nullCountsAsAbsent") : "";
        // the field as a person reads it: its Chinese title in quotes, or its JSON name in English
        return Msg.get(l, "validator.missingField", l == Language.EN ? field : Msg.quotedTitle(path)) + when + nul;
    }

    /**
     * The condition of a conditional requirement, read from the schema's {@code if} beside the
     * {@code then} that failed: "（“职务”为主席或副主席时必填）" / " (required when role is CHAIRMAN or
     * VICE_CHAIRMAN)"; "" when the {@code if} is not one property with {@code const} or {@code enum}.
     */
    private String conditionText(ValidationMessage m, String path, Language l) {
        JsonNodePath ev = m.getEvaluationPath();
        int thenAt = -1;
        for (int i = 0; i < ev.getNameCount(); i++) {
            if ("then".equals(ev.getName(i))) {
                thenAt = i;
            }
        }
        JsonNode rule = thenAt < 0 ? null : schemaAt(ev, ev.getNameCount() - thenAt);
        JsonNode props = rule == null ? null : rule.path("if").path("properties");
        if (props == null || !props.isObject() || props.size() != 1) {
            return "";
        }
        String prop = props.fieldNames().next();
        JsonNode c = props.get(prop);
        List<String> values = new ArrayList<>();
        if (c.has("const")) {
            values.add(c.get("const").asText());
        } else {
            c.path("enum").forEach(v -> values.add(v.asText()));
        }
        if (values.isEmpty()) {
            return "";
        }
        // the object the "if" reads: the missing field's object, one level up per "properties" after "then"
        String object = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        for (int i = thenAt + 1; i < ev.getNameCount(); i++) {
            if ("properties".equals(ev.getName(i)) && object.lastIndexOf('/') >= 0) {
                object = object.substring(0, object.lastIndexOf('/'));
            }
        }
        String where = object + "/" + Msg.escape(prop);
        // Chinese: the field's title and the values' labels; English: the JSON name and values
        return l == Language.EN ? Msg.get(l, "validator.requiredWhen", prop,
                Msg.or(values, Msg.get(l, "list.separator"), Msg.get(l, "validator.or")))
                : Msg.get(l, "validator.requiredWhen", Msg.quotedTitle(where), Msg.or(Msg.choiceLabels(where, values),
                        Msg.get(l, "list.separator"), Msg.get(l, "validator.or")));
    }

    private String unknown(String field, ValidationMessage m, Language l) {
        String suggestion = null;
        JsonNode objectSchema = schemaAt(m.getEvaluationPath(), 1);
        JsonNode props = objectSchema == null ? null : objectSchema.get("properties");
        if (props != null) {
            int best = 3;
            for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
                String known = it.next();
                int d = known.equalsIgnoreCase(field) ? 0 : distance(known.toLowerCase(Locale.ROOT), field.toLowerCase(Locale.ROOT));
                if (d < best) {
                    best = d;
                    suggestion = known;
                }
            }
        }
        if (suggestion != null) {
            // Chinese also names the suggested field by its title
            String title = l == Language.EN ? ""
                    : Msg.quotedTitle(pointer(m.getInstanceLocation()) + "/" + Msg.escape(suggestion));
            return Msg.get(l, "validator.unknownFieldDidYouMean", field, suggestion, title);
        }
        return Msg.get(l, "validator.unknownField", field);
    }

    private String expectedTypes(ValidationMessage m, Language l) {
        JsonNode kw = keyword(m);
        List<String> names = new ArrayList<>();
        if (kw.isArray()) {
            for (JsonNode t : kw) {
                if (!"null".equals(t.asText())) {
                    names.add(Msg.schemaType(t.asText(), l));
                }
            }
        } else if (kw.isTextual()) {
            names.add(Msg.schemaType(kw.asText(), l));
        } else {
            Object[] args = m.getArguments();
            names.add(args != null && args.length > 1 ? String.valueOf(args[1]) : "?");
        }
        return String.join(Msg.get(l, "validator.or"), names);
    }

    /** The schema keyword that failed, found by walking the evaluation path through the schema. */
    private JsonNode keyword(ValidationMessage m) {
        JsonNode n = schemaAt(m.getEvaluationPath(), 0);
        return n == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : n;
    }

    /** Walks an evaluation path (following local {@code $ref}s), dropping its last {@code drop} segments. */
    private JsonNode schemaAt(JsonNodePath evaluationPath, int drop) {
        if (evaluationPath == null) {
            return null;
        }
        JsonNode cur = schemaJson;
        for (int i = 0; i < evaluationPath.getNameCount() - drop && cur != null; i++) {
            String seg = evaluationPath.getName(i);
            if ("$ref".equals(seg)) {
                JsonNode ref = cur.get("$ref");
                cur = ref != null && ref.asText().startsWith("#") ? schemaJson.at(ref.asText().substring(1)) : null;
            } else if (cur.isArray()) {
                cur = cur.get(Integer.parseInt(seg));
            } else {
                cur = cur.get(seg);
            }
        }
        return cur == null || cur.isMissingNode() ? null : cur;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A networknt path as a JSON Pointer (also the cases format's). */
    static String pointer(JsonNodePath p) {
        if (p == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.getNameCount(); i++) {
            Object e = p.getElement(i);
            sb.append('/').append(e instanceof Integer ? e.toString() : Msg.escape(String.valueOf(e)));
        }
        return sb.toString();
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Pointer order with numeric comparison of array indexes, then message. */
    static final Comparator<InputError> ORDER = (a, b) -> {
        int c = comparePointers(a.path(), b.path());
        return c != 0 ? c : a.message().compareTo(b.message());
    };

    /** JSON Pointers in document order (numeric segments numerically): the engine's order. */
    static int comparePointers(String a, String b) {
        return JsonPointers.compare(a, b);
    }
}
