package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.renda.check.RecordFormat;

/**
 * A quick answer to "is this record certainly valid against the record schema?" (快速结构校验),
 * compiled from the same schema file as the full validator, so that a valid record is not walked
 * by networknt's validator as well (issue #16: that walk was about a quarter of a batch's time).
 *
 * <p>The answer is <em>sound</em>, not complete: {@link #certainlyValid} returns true only when
 * networknt's validator (draft 2020-12, format assertions on) would report nothing; it may return
 * false for a valid record (an integer written {@code 1.0}, for one), and then the full validator
 * runs as before and decides. So the messages of an invalid record are always networknt's, and the
 * fast path can only make a valid record cheaper.
 *
 * <p>It knows the keywords the record schema uses: {@code type}, {@code enum} and {@code const}
 * of strings (and null), {@code properties}, {@code required}, {@code additionalProperties}
 * (false or true), {@code items}, {@code minimum}, {@code maximum}, {@code allOf}, {@code if} /
 * {@code then} / {@code else}, {@code format: date}, {@code pattern} and {@code $ref} to
 * {@code #/$defs/…}; annotations (titles, descriptions, the {@linkplain RecordFormat#LABEL_KEYWORDS
 * label keywords}) are skipped. A schema with any other keyword gives no fast path at all
 * ({@link #compile} returns null) rather than a wrong one. Inside {@code if}, where a wrong "false"
 * would skip a {@code then}, only keywords whose answer is exact in both directions are allowed.
 *
 * <p>Immutable after {@link #compile}; safe for any number of threads.
 */
final class SchemaFastPath {

    /** One compiled schema: true only when the instance certainly satisfies it. */
    private interface Check {
        boolean test(JsonNode n);
    }

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "default", "examples",
            "deprecated", "readOnly", "writeOnly");

    /** The record schema's pattern for dates, decided without a regex. */
    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    private final Check root;

    private SchemaFastPath(Check root) {
        this.root = root;
    }

    /** True only when the full validator would find nothing wrong with {@code record}. */
    boolean certainlyValid(JsonNode record) {
        try {
            return root.test(record);
        } catch (RuntimeException e) {
            return false; // e.g. a number the checks cannot compare: the full validator decides
        }
    }

    /**
     * Compiles the record schema; null when it uses a keyword (or a form of one) this class does
     * not know, in which case every record goes to the full validator.
     */
    static SchemaFastPath compile(JsonNode schema) {
        try {
            Compiler c = new Compiler(schema);
            Check root = c.schema(schema, false, true);
            c.link();
            return new SchemaFastPath(root);
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Thrown while compiling: the schema uses something the fast path does not decide. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A {@code $ref}, linked to its target once every definition is compiled. */
    private static final class Ref implements Check {
        Check target;

        @Override
        public boolean test(JsonNode n) {
            return target.test(n);
        }
    }

    private static final class Compiler {
        private final JsonNode defs;
        private final Map<String, Ref> refs = new HashMap<>();
        private final Map<String, Check> compiled = new HashMap<>();

        Compiler(JsonNode root) {
            this.defs = root.path("$defs");
        }

        void link() throws Unsupported {
            // compiling a definition may reach further ones: loop until every reference has its target
            while (true) {
                List<String> pending = new ArrayList<>();
                for (Map.Entry<String, Ref> e : refs.entrySet()) {
                    if (e.getValue().target == null) {
                        pending.add(e.getKey());
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                for (String name : pending) {
                    JsonNode def = defs.get(name);
                    if (def == null) {
                        throw new Unsupported("$ref to a missing definition " + name);
                    }
                    Check c = compiled.get(name);
                    if (c == null) {
                        c = schema(def, false, false);
                        compiled.put(name, c);
                    }
                    refs.get(name).target = c;
                }
            }
        }

        /**
         * @param exact inside {@code if}: the check must be exact (true exactly when networknt says valid)
         * @param root  the schema's root object (where {@code $schema}, {@code $id} and {@code $defs} may stand)
         */
        Check schema(JsonNode s, boolean exact, boolean root) throws Unsupported {
            if (!s.isObject()) {
                throw new Unsupported("a schema that is not an object");
            }
            List<Check> checks = new ArrayList<>();
            Map<String, Check> properties = null;
            boolean closed = false;
            Check ifCheck = null;
            Check thenCheck = null;
            Check elseCheck = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (ANNOTATIONS.contains(k) || RecordFormat.LABEL_KEYWORDS.contains(k)) {
                    continue;
                }
                switch (k) {
                    case "$schema", "$id", "$defs" -> {
                        if (!root) {
                            throw new Unsupported(k + " below the root");
                        }
                    }
                    case "type" -> checks.add(type(v, exact));
                    case "enum" -> checks.add(enumOf(v));
                    case "const" -> {
                        if (!v.isTextual()) {
                            throw new Unsupported("a const that is not a string");
                        }
                        String c = v.textValue();
                        checks.add(n -> n.isTextual() && n.textValue().equals(c));
                    }
                    case "required" -> {
                        List<String> names = strings(v, "required");
                        checks.add(n -> {
                            if (!n.isObject()) {
                                return true;
                            }
                            for (String name : names) {
                                if (n.get(name) == null) {
                                    return false;
                                }
                            }
                            return true;
                        });
                    }
                    case "properties" -> {
                        if (!v.isObject()) {
                            throw new Unsupported("properties that is not an object");
                        }
                        properties = new LinkedHashMap<>();
                        for (Iterator<Map.Entry<String, JsonNode>> p = v.fields(); p.hasNext();) {
                            Map.Entry<String, JsonNode> pe = p.next();
                            properties.put(pe.getKey(), schema(pe.getValue(), exact, false));
                        }
                    }
                    case "additionalProperties" -> {
                        if (!v.isBoolean()) {
                            throw new Unsupported("additionalProperties that is a schema");
                        }
                        closed = !v.booleanValue();
                    }
                    case "items" -> {
                        Check item = schema(v, exact, false);
                        checks.add(n -> {
                            if (!n.isArray()) {
                                return true;
                            }
                            for (JsonNode x : n) {
                                if (!item.test(x)) {
                                    return false;
                                }
                            }
                            return true;
                        });
                    }
                    case "minimum", "maximum" -> {
                        if (exact || !v.isNumber()) {
                            throw new Unsupported(k);
                        }
                        BigDecimal bound = v.decimalValue();
                        boolean min = k.equals("minimum");
                        checks.add(n -> {
                            if (!n.isNumber()) {
                                return true;
                            }
                            int cmp = n.decimalValue().compareTo(bound);
                            return min ? cmp >= 0 : cmp <= 0;
                        });
                    }
                    case "allOf" -> {
                        if (!v.isArray()) {
                            throw new Unsupported("allOf that is not an array");
                        }
                        for (JsonNode sub : v) {
                            checks.add(schema(sub, exact, false));
                        }
                    }
                    case "if" -> ifCheck = schema(v, true, false);
                    case "then" -> thenCheck = schema(v, exact, false);
                    case "else" -> elseCheck = schema(v, exact, false);
                    case "format" -> {
                        if (exact || !"date".equals(v.asText(null))) {
                            throw new Unsupported("format " + v);
                        }
                        checks.add(n -> !n.isTextual() || isDate(n.textValue()));
                    }
                    case "pattern" -> {
                        if (exact || !v.isTextual()) {
                            throw new Unsupported("pattern");
                        }
                        if (DATE_PATTERN.equals(v.textValue())) {
                            // the schema's date pattern, without a regex: stricter than it ("…\n" is left to networknt)
                            checks.add(n -> !n.isTextual() || isDateShape(n.textValue()));
                        } else {
                            Pattern p = Pattern.compile(v.textValue());
                            checks.add(n -> !n.isTextual() || p.matcher(n.textValue()).find());
                        }
                    }
                    case "$ref" -> {
                        String ref = v.asText("");
                        if (exact || !ref.startsWith("#/$defs/") || ref.indexOf('/', 8) >= 0 || ref.contains("~")
                                || ref.contains("%")) {
                            throw new Unsupported("$ref " + ref);
                        }
                        checks.add(refs.computeIfAbsent(ref.substring(8), x -> new Ref()));
                    }
                    default -> throw new Unsupported("keyword " + k);
                }
            }
            if (ifCheck == null && (thenCheck != null || elseCheck != null)) {
                // then/else without if are ignored by the validator; keep them out rather than guess
                throw new Unsupported("then or else without if");
            }
            if (ifCheck != null) {
                Check i = ifCheck;
                Check t = thenCheck;
                Check f = elseCheck;
                checks.add(n -> i.test(n) ? t == null || t.test(n) : f == null || f.test(n));
            }
            if (properties != null || closed) {
                Map<String, Check> props = properties == null ? Map.of() : properties;
                boolean noOthers = closed;
                checks.add(n -> {
                    if (!n.isObject()) {
                        return true;
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> f = it.next();
                        Check c = props.get(f.getKey());
                        if (c == null ? noOthers : !c.test(f.getValue())) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            Check[] all = checks.toArray(new Check[0]);
            return n -> {
                for (Check c : all) {
                    if (!c.test(n)) {
                        return false;
                    }
                }
                return true;
            };
        }

        /** {@code type}: one name or several. "integer" counts only integral numbers (1.0 goes to the full validator). */
        private static Check type(JsonNode v, boolean exact) throws Unsupported {
            List<String> names = v.isTextual() ? List.of(v.textValue()) : strings(v, "type");
            List<Check> any = new ArrayList<>();
            for (String t : names) {
                any.add(switch (t) {
                    case "object" -> JsonNode::isObject;
                    case "array" -> JsonNode::isArray;
                    case "string" -> JsonNode::isTextual;
                    case "boolean" -> JsonNode::isBoolean;
                    case "null" -> JsonNode::isNull;
                    case "integer" -> {
                        if (exact) {
                            throw new Unsupported("type integer inside if");
                        }
                        yield JsonNode::isIntegralNumber;
                    }
                    case "number" -> {
                        if (exact) {
                            throw new Unsupported("type number inside if");
                        }
                        yield JsonNode::isNumber;
                    }
                    default -> throw new Unsupported("type " + t);
                });
            }
            Check[] all = any.toArray(new Check[0]);
            return n -> {
                for (Check c : all) {
                    if (c.test(n)) {
                        return true;
                    }
                }
                return false;
            };
        }

        /** {@code enum} of strings, and null. */
        private static Check enumOf(JsonNode v) throws Unsupported {
            if (!v.isArray()) {
                throw new Unsupported("enum that is not an array");
            }
            Set<String> values = new HashSet<>();
            boolean nullAllowed = false;
            for (JsonNode x : v) {
                if (x.isNull()) {
                    nullAllowed = true;
                } else if (x.isTextual()) {
                    values.add(x.textValue());
                } else {
                    throw new Unsupported("an enum value that is not a string");
                }
            }
            boolean withNull = nullAllowed;
            return n -> n.isTextual() ? values.contains(n.textValue()) : withNull && n.isNull();
        }

        private static List<String> strings(JsonNode v, String keyword) throws Unsupported {
            if (!v.isArray()) {
                throw new Unsupported(keyword + " that is not an array");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode x : v) {
                if (!x.isTextual()) {
                    throw new Unsupported(keyword + " with a value that is not a string");
                }
                out.add(x.textValue());
            }
            return List.copyOf(out);
        }
    }

    /**
     * {@code format: date}. networknt's test is {@link java.time.LocalDate#parse} with a year of
     * 0–9999; this one, without a parser, is stricter: exactly {@code YYYY-MM-DD} in ASCII digits,
     * naming a day that exists (every such string passes networknt's test; anything else is left to it).
     */
    static boolean isDate(String s) {
        if (!isDateShape(s)) {
            return false;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** Exactly {@code DDDD-DD-DD}, ASCII digits: what {@code ^\d{4}-\d{2}-\d{2}$} matches, less a final line break. */
    static boolean isDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
