package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renda.check.RecordFormat;

/**
 * A cheap, conservative pre-check of a record against the record schema. Internal.
 *
 * <p>It interprets the schema's JSON directly (the same file networknt compiles) and answers
 * {@link #VALID} only when the instance certainly satisfies the schema, so that the full networknt
 * validation — which would produce no message — can be skipped. Whenever it is not sure (a keyword
 * it does not know, a non-integral number where an integer is expected, a date string that is not
 * plain {@code yyyy-MM-dd}, …) it answers {@link #UNKNOWN}, and {@link #INVALID} only where the
 * failure is certain (needed to evaluate {@code if}). {@link RecordValidator} runs networknt for
 * every record that is not VALID, so messages are always networknt's.
 *
 * <p>Supported keywords: {@code type}, {@code properties}, {@code additionalProperties},
 * {@code required}, {@code items} (a schema), {@code enum} and {@code const} of strings and null,
 * {@code minimum}/{@code maximum} with integral bounds, {@code format: date}, the date
 * {@code pattern}, local {@code $ref}, {@code allOf}, {@code if}/{@code then}/{@code else}; the
 * annotations {@code $schema $id $defs title description $comment examples default} are ignored.
 */
final class SchemaPrecheck {

    static final int INVALID = 0;
    static final int VALID = 1;
    static final int UNKNOWN = 2;

    private static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description",
            "$comment", "examples", "default");

    private static final int T_OBJECT = 1;
    private static final int T_ARRAY = 2;
    private static final int T_STRING = 4;
    private static final int T_BOOLEAN = 8;
    private static final int T_NULL = 16;
    private static final int T_INTEGER = 32;
    private static final int T_NUMBER = 64;

    private final Node root;

    SchemaPrecheck(JsonNode schema) {
        this.root = new Compiler(schema).compile(schema);
    }

    /** {@link #VALID}, {@link #INVALID} or {@link #UNKNOWN} for the instance. */
    int check(JsonNode instance) {
        return root.check(instance);
    }

    /** One compiled (sub)schema. */
    private static final class Node {
        boolean unsupported;
        int types;
        Map<String, Node> properties;
        boolean noAdditional;
        Node additional;
        String[] required;
        Node items;
        Node ref;
        Node[] allOf;
        Node ifNode;
        Node thenNode;
        Node elseNode;
        /** enum/const values (strings; null allowed when {@link #nullAllowed}); null = no such keyword. */
        Set<String> values;
        boolean nullAllowed;
        boolean date;
        boolean hasMin;
        long min;
        boolean hasMax;
        long max;

        int check(JsonNode n) {
            if (unsupported) {
                return UNKNOWN;
            }
            int r = VALID;
            if (types != 0) {
                r = and(r, type(n));
                if (r == INVALID) {
                    return INVALID;
                }
            }
            if (values != null) {
                int v;
                if (n.isTextual()) {
                    v = values.contains(n.textValue()) ? VALID : INVALID;
                } else if (n.isNull()) {
                    v = nullAllowed ? VALID : INVALID;
                } else {
                    v = UNKNOWN;
                }
                r = and(r, v);
                if (r == INVALID) {
                    return INVALID;
                }
            }
            if (date && n.isTextual() && !Dates.isPlainDate(n.textValue())) {
                r = UNKNOWN;
            }
            if ((hasMin || hasMax) && n.isNumber()) {
                if (n.canConvertToLong() && n.isIntegralNumber()) {
                    long x = n.longValue();
                    if ((hasMin && x < min) || (hasMax && x > max)) {
                        return INVALID;
                    }
                } else {
                    r = UNKNOWN;
                }
            }
            if (n.isObject()) {
                if (required != null) {
                    for (String f : required) {
                        if (!n.has(f)) {
                            return INVALID;
                        }
                    }
                }
                if (properties != null || noAdditional || additional != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        Node sub = properties == null ? null : properties.get(e.getKey());
                        if (sub == null) {
                            if (noAdditional) {
                                return INVALID;
                            }
                            sub = additional;
                        }
                        if (sub != null) {
                            r = and(r, sub.check(e.getValue()));
                            if (r == INVALID) {
                                return INVALID;
                            }
                        }
                    }
                }
            }
            if (items != null && n.isArray()) {
                for (int i = 0, size = n.size(); i < size; i++) {
                    r = and(r, items.check(n.get(i)));
                    if (r == INVALID) {
                        return INVALID;
                    }
                }
            }
            if (ref != null) {
                r = and(r, ref.check(n));
                if (r == INVALID) {
                    return INVALID;
                }
            }
            if (allOf != null) {
                for (Node a : allOf) {
                    r = and(r, a.check(n));
                    if (r == INVALID) {
                        return INVALID;
                    }
                }
            }
            if (ifNode != null) {
                int c = ifNode.check(n);
                Node branch = c == VALID ? thenNode : c == INVALID ? elseNode : null;
                if (c == UNKNOWN) {
                    r = UNKNOWN;
                } else if (branch != null) {
                    r = and(r, branch.check(n));
                }
            }
            return r;
        }

        private int type(JsonNode n) {
            int t;
            if (n.isObject()) {
                t = T_OBJECT;
            } else if (n.isArray()) {
                t = T_ARRAY;
            } else if (n.isTextual()) {
                t = T_STRING;
            } else if (n.isBoolean()) {
                t = T_BOOLEAN;
            } else if (n.isNull()) {
                t = T_NULL;
            } else if (n.isIntegralNumber()) {
                t = T_INTEGER | T_NUMBER;
            } else if (n.isNumber()) {
                // 1.0 may count as an integer (draft 6+): leave that to networknt
                return (types & T_NUMBER) != 0 ? VALID : (types & T_INTEGER) != 0 ? UNKNOWN : INVALID;
            } else {
                return UNKNOWN;
            }
            return (types & t) != 0 ? VALID : INVALID;
        }

        private static int and(int a, int b) {
            return a == INVALID || b == INVALID ? INVALID : a == UNKNOWN || b == UNKNOWN ? UNKNOWN : VALID;
        }
    }

    /** Compiles schema JSON to {@link Node}s; a local {@code $ref} is compiled once (cycles allowed). */
    private static final class Compiler {
        private final JsonNode rootJson;
        private final Map<String, Node> refs = new HashMap<>();

        Compiler(JsonNode rootJson) {
            this.rootJson = rootJson;
        }

        Node compile(JsonNode s) {
            Node node = new Node();
            fill(node, s);
            return node;
        }

        private void fill(Node node, JsonNode s) {
            if (s.isBoolean()) {
                node.unsupported = !s.booleanValue(); // true accepts all; false: leave to networknt
                return;
            }
            if (!s.isObject()) {
                node.unsupported = true;
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                    case "type" -> node.types = types(node, v);
                    case "properties" -> {
                        node.properties = new HashMap<>();
                        for (Iterator<Map.Entry<String, JsonNode>> p = v.fields(); p.hasNext(); ) {
                            Map.Entry<String, JsonNode> pe = p.next();
                            node.properties.put(pe.getKey(), compile(pe.getValue()));
                        }
                    }
                    case "additionalProperties" -> {
                        if (v.isBoolean()) {
                            node.noAdditional = !v.booleanValue();
                        } else {
                            node.additional = compile(v);
                        }
                    }
                    case "required" -> {
                        List<String> req = new ArrayList<>();
                        v.forEach(x -> req.add(x.asText()));
                        node.required = req.toArray(new String[0]);
                    }
                    case "items" -> {
                        if (v.isArray()) {
                            node.unsupported = true;
                        } else {
                            node.items = compile(v);
                        }
                    }
                    case "enum" -> values(node, v);
                    case "const" -> values(node, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(v));
                    case "format" -> {
                        if ("date".equals(v.asText())) {
                            node.date = true;
                        } else {
                            node.unsupported = true;
                        }
                    }
                    case "pattern" -> {
                        if (DATE_PATTERN.equals(v.asText())) {
                            node.date = true;
                        } else {
                            node.unsupported = true;
                        }
                    }
                    case "minimum" -> {
                        node.hasMin = integral(node, v);
                        node.min = v.longValue();
                    }
                    case "maximum" -> {
                        node.hasMax = integral(node, v);
                        node.max = v.longValue();
                    }
                    case "$ref" -> node.ref = ref(node, v.asText());
                    case "allOf" -> {
                        List<Node> all = new ArrayList<>();
                        v.forEach(x -> all.add(compile(x)));
                        node.allOf = all.toArray(new Node[0]);
                    }
                    case "if" -> node.ifNode = compile(v);
                    case "then" -> node.thenNode = compile(v);
                    case "else" -> node.elseNode = compile(v);
                    default -> {
                        if (!ANNOTATIONS.contains(e.getKey()) && !RecordFormat.LABEL_KEYWORDS.contains(e.getKey())) {
                            node.unsupported = true;
                        }
                    }
                }
            }
        }

        private Node ref(Node from, String ref) {
            if (!ref.startsWith("#")) {
                from.unsupported = true;
                return null;
            }
            Node target = refs.get(ref);
            if (target == null) {
                JsonNode s = rootJson.at(ref.substring(1));
                target = new Node();
                refs.put(ref, target); // before filling: a $ref cycle finds it
                if (s.isMissingNode()) {
                    target.unsupported = true;
                } else {
                    fill(target, s);
                }
            }
            return target;
        }

        /** True for a bound that fits a long; otherwise the node is left to networknt. */
        private static boolean integral(Node node, JsonNode bound) {
            boolean ok = bound.isIntegralNumber() && bound.canConvertToLong();
            node.unsupported |= !ok;
            return ok;
        }

        private static int types(Node node, JsonNode v) {
            int mask = 0;
            for (JsonNode t : v.isArray() ? v : List.of(v)) {
                switch (t.asText()) {
                    case "object" -> mask |= T_OBJECT;
                    case "array" -> mask |= T_ARRAY;
                    case "string" -> mask |= T_STRING;
                    case "boolean" -> mask |= T_BOOLEAN;
                    case "null" -> mask |= T_NULL;
                    case "integer" -> mask |= T_INTEGER;
                    case "number" -> mask |= T_NUMBER;
                    default -> node.unsupported = true;
                }
            }
            if (mask == 0) {
                node.unsupported = true;
            }
            return mask;
        }

        private static void values(Node node, JsonNode list) {
            java.util.HashSet<String> set = new java.util.HashSet<>();
            for (JsonNode x : list) {
                if (x.isTextual()) {
                    set.add(x.textValue());
                } else if (x.isNull()) {
                    node.nullAllowed = true;
                } else {
                    node.unsupported = true;
                }
            }
            if (node.values != null) { // enum and const together: leave to networknt
                node.unsupported = true;
            }
            node.values = set;
        }
    }
}
