package org.renda.check;

import org.renda.check.internal.Msg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Record format 1.0 as its published JSON Schema defines it (the one definition of the format):
 * the sections, each object's fields with their Chinese and English titles and descriptions,
 * types, whether required, and the labels of enum values. The field guide
 * ({@code docs/record-format.md}), the workbook and the Chinese labels in messages are all read
 * from here, so none of them is a second copy of the format.
 *
 * <p>The labels live in the schema as annotations: {@code title} and {@code description} (Chinese),
 * {@code x-titleEn} and {@code x-descriptionEn} (English), {@code x-enumLabels} (for each enum
 * value, or {@code "true"}/{@code "false"} of a boolean, its {@code zh} and {@code en} label).
 * Validation ignores them. Immutable; {@link #get()} reads the schema once.
 */
public final class RecordFormat {

    /** Class-path location of the published schema of record format 1.0. */
    public static final String SCHEMA_RESOURCE = "/org/renda/check/record-1.0.schema.json";

    /** The schema's own annotation keywords (validation ignores them; the validator declares them to networknt). */
    public static final List<String> LABEL_KEYWORDS = List.of("x-titleEn", "x-descriptionEn", "x-enumLabels", "x-bodyKinds");

    /** What a field holds. */
    public enum Kind {
        /** a fixed string (the format version) */
        CONST,
        /** free text */
        STRING,
        /** a calendar date {@code YYYY-MM-DD} */
        DATE,
        /** an integer */
        INTEGER,
        /** a decimal number */
        NUMBER,
        /** true or false */
        BOOLEAN,
        /** one of {@link Field#choices()} */
        ENUM,
        /** an object ({@link Field#object()}) */
        OBJECT,
        /** a list of objects ({@link Field#object()}) */
        OBJECT_LIST,
        /** a list of strings */
        STRING_LIST
    }

    /** An enum value (or {@code "true"}/{@code "false"} of a boolean) with its labels. */
    public record Choice(String value, String zh, String en) {
        public String label(Language lang) {
            return lang == Language.EN ? en : zh;
        }
    }

    /**
     * One field of an object.
     *
     * @param name          the field name in JSON
     * @param kind          what it holds
     * @param required      whether the schema requires it always (conditions are in the description)
     * @param nullable      whether {@code null} is allowed (the same as absent)
     * @param title         Chinese title
     * @param titleEn       English title
     * @param description   Chinese meaning, or "" when the title says it all
     * @param descriptionEn English meaning, or ""
     * @param choices       enum values with labels (ENUM), true/false labels (BOOLEAN), else empty
     * @param object        the object type of an OBJECT or OBJECT_LIST field, else null
     * @param minimum       the least integer allowed, or null
     * @param constValue    the value of a CONST field, else null
     * @param bodyKinds     the body kinds ({@code TOWNSHIP}, {@code STREET}) a section is kept by
     *                      ({@code x-bodyKinds}); empty = both
     */
    public record Field(String name, Kind kind, boolean required, boolean nullable, String title, String titleEn,
                        String description, String descriptionEn, List<Choice> choices, ObjectType object,
                        Long minimum, String constValue, List<String> bodyKinds) {

        public Field {
            choices = List.copyOf(choices);
            bodyKinds = List.copyOf(bodyKinds);
        }

        /** Whether a body of this kind keeps this section (every field but a few sections: both kinds). */
        public boolean appliesTo(String bodyKind) {
            return bodyKinds.isEmpty() || bodyKinds.contains(bodyKind);
        }

        public String title(Language lang) {
            return lang == Language.EN ? titleEn : title;
        }

        /** The choice with this value, or null. */
        public Choice choice(String value) {
            for (Choice c : choices) {
                if (c.value().equals(value)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** An object type of the format (a {@code $defs} entry, or the record itself as {@code "record"}). */
    public record ObjectType(String name, String title, String titleEn, List<Field> fields) {

        public ObjectType {
            fields = Collections.unmodifiableList(fields); // filled once while the schema is read
        }

        public String title(Language lang) {
            return lang == Language.EN ? titleEn : title;
        }

        /** The field of this name, or null. */
        public Field field(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    private static final class Holder {
        static final RecordFormat INSTANCE = read();
    }

    private final JsonNode schema;
    private final ObjectType root;
    private final Map<String, ObjectType> types;
    /** labels by the sorted set of an enum's values (an enum type of the model is found by its values) */
    private final Map<Set<String>, List<Choice>> labelsByValues;

    private RecordFormat(JsonNode schema) {
        this.schema = schema;
        Map<String, ObjectType> byName = new LinkedHashMap<>();
        Map<Set<String>, List<Choice>> byValues = new HashMap<>();
        this.root = objectType("record", schema, byName, byValues);
        this.types = Collections.unmodifiableMap(byName);
        this.labelsByValues = Map.copyOf(byValues);
    }

    /** The format, read from the bundled schema once. */
    public static RecordFormat get() {
        return Holder.INSTANCE;
    }

    private static RecordFormat read() {
        try (InputStream in = RecordFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            return new RecordFormat(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** The record as an object type: its fields are the top-level fields. */
    public ObjectType root() {
        return root;
    }

    /** The sections: top-level fields that are lists or objects ({@code term}, {@code officers}, …), in schema order. */
    public List<Field> sections() {
        List<Field> out = new ArrayList<>();
        for (Field f : root.fields()) {
            if (f.kind() == Kind.OBJECT_LIST || (f.kind() == Kind.OBJECT && !f.required())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Every object type, the record first, then in the order they are first reached. */
    public List<ObjectType> types() {
        return List.copyOf(types.values());
    }

    /** The title of the whole format (Chinese or English). */
    public String title(Language lang) {
        return lang == Language.EN ? text(schema, "x-titleEn") : text(schema, "title");
    }

    /** The description of the whole format (Chinese or English). */
    public String description(Language lang) {
        return lang == Language.EN ? text(schema, "x-descriptionEn") : text(schema, "description");
    }

    /**
     * The label of a place in a record, e.g. {@code /suggestions/3/repliedDate} → "代表建议 第4条 答复日期"
     * ({@code "suggestions #4 replied"} in English). A segment the format does not know is shown as it is;
     * {@code ""} is "记录" / "record".
     */
    public String label(String pointer, Language lang) {
        if (pointer == null || pointer.isEmpty()) {
            return Msg.get(lang, "recordFormat.record");
        }
        StringBuilder sb = new StringBuilder();
        ObjectType type = root;
        Field list = null;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String seg = raw.replace("~1", "/").replace("~0", "~");
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (list != null && isIndex(seg)) {
                long n = Long.parseLong(seg) + 1;
                sb.append(Msg.get(lang, "recordFormat.itemNumber", n));
                type = list.object();
                list = null;
                continue;
            }
            list = null;
            Field f = type == null ? null : type.field(seg);
            if (f == null) {
                sb.append(seg);
                type = null;
                continue;
            }
            sb.append(f.title(lang));
            type = f.object();
            if (f.kind() == Kind.OBJECT_LIST || f.kind() == Kind.STRING_LIST) {
                list = f;
            }
        }
        return sb.toString();
    }

    /**
     * The label of a value of one of the model's enum types (found by its set of values), or null when
     * the format gives it none.
     */
    public String label(Enum<?> value, Language lang) {
        Set<String> names = new HashSet<>();
        for (Enum<?> c : value.getDeclaringClass().getEnumConstants()) {
            names.add(c.name());
        }
        List<Choice> choices = labelsByValues.get(names);
        if (choices != null) {
            for (Choice c : choices) {
                if (c.value().equals(value.name())) {
                    return c.label(lang);
                }
            }
        }
        return null;
    }

    private static boolean isIndex(String seg) {
        if (seg.isEmpty() || seg.length() > 9) {
            return false;
        }
        for (int i = 0; i < seg.length(); i++) {
            if (seg.charAt(i) < '0' || seg.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ---- reading the schema ----

    private ObjectType objectType(String name, JsonNode node, Map<String, ObjectType> byName,
                                  Map<Set<String>, List<Choice>> byValues) {
        List<Field> fields = new ArrayList<>();
        ObjectType t = new ObjectType(name, text(node, "title"), text(node, "x-titleEn"), fields);
        byName.put(name, t);
        Set<String> required = new HashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.add(field(e.getKey(), e.getValue(), required.contains(e.getKey()), byName, byValues));
        }
        return t;
    }

    private Field field(String name, JsonNode decl, boolean required, Map<String, ObjectType> byName,
                        Map<Set<String>, List<Choice>> byValues) {
        String refName = refName(decl);
        JsonNode def = refName == null ? decl : schema.path("$defs").path(refName);
        Set<String> types = new TreeSet<>();
        JsonNode type = def.get("type");
        if (type != null && type.isArray()) {
            type.forEach(x -> types.add(x.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        boolean nullable = types.contains("null");
        Kind kind;
        ObjectType object = null;
        List<Choice> choices = choices(decl, def);
        String constValue = null;
        if (def.has("const")) {
            kind = Kind.CONST;
            constValue = def.get("const").asText();
        } else if (def.has("enum")) {
            kind = Kind.ENUM;
            Set<String> values = new HashSet<>();
            for (JsonNode v : def.get("enum")) {
                if (v.isNull()) {
                    nullable = true;
                } else {
                    values.add(v.asText());
                }
            }
            if (!choices.isEmpty()) {
                List<Choice> before = byValues.putIfAbsent(values, choices);
                if (before != null && !before.equals(choices)) {
                    throw new IllegalStateException("two enums with values " + values + " have different labels");
                }
            }
        } else if ("date".equals(text(def, "format"))) {
            kind = Kind.DATE;
        } else if (types.contains("array")) {
            JsonNode items = def.path("items");
            String itemRef = refName(items);
            if (itemRef != null) {
                kind = Kind.OBJECT_LIST;
                object = typeOf(itemRef, byName, byValues);
            } else {
                kind = Kind.STRING_LIST;
            }
        } else if (types.contains("object")) {
            kind = Kind.OBJECT;
            object = typeOf(refName, byName, byValues);
        } else if (types.contains("integer")) {
            kind = Kind.INTEGER;
        } else if (types.contains("number")) {
            kind = Kind.NUMBER;
        } else if (types.contains("boolean")) {
            kind = Kind.BOOLEAN;
            if (choices.isEmpty()) {
                // a boolean the schema gives no labels for is 是/否 (yes/no)
                choices = List.of(new Choice("true", Msg.get(Language.ZH, "recordFormat.yes"), Msg.get(Language.EN, "recordFormat.yes")),
                        new Choice("false", Msg.get(Language.ZH, "recordFormat.no"), Msg.get(Language.EN, "recordFormat.no")));
            }
        } else {
            kind = Kind.STRING;
        }
        Long minimum = def.has("minimum") && def.get("minimum").canConvertToLong() && def.get("minimum").longValue() >= 0
                ? def.get("minimum").longValue() : null;
        List<String> kinds = new ArrayList<>();
        decl.path("x-bodyKinds").forEach(k -> kinds.add(k.asText()));
        return new Field(name, kind, required, nullable, annotation(decl, def, "title"), annotation(decl, def, "x-titleEn"),
                annotation(decl, def, "description"), annotation(decl, def, "x-descriptionEn"), choices, object,
                minimum, constValue, kinds);
    }

    private ObjectType typeOf(String defName, Map<String, ObjectType> byName, Map<Set<String>, List<Choice>> byValues) {
        ObjectType known = byName.get(defName);
        return known != null ? known : objectType(defName, schema.path("$defs").path(defName), byName, byValues);
    }

    private static List<Choice> choices(JsonNode decl, JsonNode def) {
        JsonNode labels = decl.has("x-enumLabels") ? decl.get("x-enumLabels") : def.path("x-enumLabels");
        List<Choice> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(new Choice(e.getKey(), text(e.getValue(), "zh"), text(e.getValue(), "en")));
        }
        return out;
    }

    /** An annotation of a field: the field's own (beside a {@code $ref}), else its definition's. */
    private static String annotation(JsonNode decl, JsonNode def, String key) {
        String own = text(decl, key);
        return !own.isEmpty() ? own : text(def, key);
    }

    private static String refName(JsonNode n) {
        String ref = text(n, "$ref");
        return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : null;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
