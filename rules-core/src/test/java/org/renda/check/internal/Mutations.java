package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.io.InputStream;

/**
 * Seeded random records for the old-vs-new equivalence tests of the input side: valid records
 * (the fixture bases, two of them the spec examples, with random valid variations), then 0–3 random tree mutations each (wrong
 * types, removed or null fields, unknown fields, unknown or other enum values, bad and odd dates,
 * odd numbers, duplicated array items, deep nesting), and, as bytes, text mutations (duplicate
 * keys, BOM, whitespace, truncation, junk, invalid UTF-8, batches).
 */
final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] DATES = {"2024-02-30", "2023-02-29", "2024-02-29", "2024-13-01", "2024-00-10",
            "2024-1-1", "20240101", "2024-01-01\n", "2024-01-01T00:00", "０２４-01-01", "0000-01-01", "9999-12-31",
            "1999-12-31", "2025-01-01", "2023-12-31", "+2024-01-01", "", " 2024-01-01", "2024/01/01", "2024-06-31"};
    private static final String[] STRINGS = {"", "x", "CHAIRMAN", "VICE_CHAIRMAN", "REGULAR", "ADOPTED", "BUDGET",
            "DEPUTY_MOTION", "ELECTION", "STATION_RECEPTION", "TOWNSHIP", "STREET", "SERVING", "chairman", "1.0", "2.0",
            "d1", "s1", "st1", "a1", "镇人大", "\"quoted\"", "a/b~c", "\u0000", "😀"};

    private final SplittableRandom rnd;
    private final List<ObjectNode> bases = new ArrayList<>();

    Mutations(long seed) {
        this.rnd = new SplittableRandom(seed);
        for (String r : new String[]{"/org/renda/check/fixtures/township.json", "/org/renda/check/fixtures/street.json",
                "/org/renda/check/fixtures/township-midyear.json", "/org/renda/check/fixtures/township-2025.json"}) {
            try (InputStream in = Mutations.class.getResourceAsStream(r)) {
                bases.add((ObjectNode) JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A valid record: a base as is, or with array items dropped from its sections (every section's
     * items are optional), so that sizes and combinations vary.
     */
    ObjectNode valid() {
        ObjectNode r = bases.get(rnd.nextInt(bases.size())).deepCopy();
        if (rnd.nextInt(3) > 0) {
            Iterator<Map.Entry<String, JsonNode>> fields = r.fields();
            while (fields.hasNext()) {
                JsonNode v = fields.next().getValue();
                if (v.isArray() && v.size() > 1 && rnd.nextBoolean()) {
                    ((ArrayNode) v).remove(rnd.nextInt(v.size()));
                }
            }
        }
        return r;
    }

    /** A valid record with 0–3 tree mutations (about a quarter stay unmutated). */
    ObjectNode tree() {
        ObjectNode r = valid();
        int n = rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            mutate(r);
        }
        return r;
    }

    /** A tree-mutated record as bytes, then with a text mutation one time in three. */
    byte[] bytes() {
        byte[] b = write(tree());
        return rnd.nextInt(3) == 0 ? textMutation(b) : b;
    }

    private static byte[] write(JsonNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tree mutations ----------------------------------------------------------------------------

    private void mutate(ObjectNode root) {
        List<Object[]> places = new ArrayList<>(); // {container, key or index}
        collect(root, places);
        if (places.isEmpty()) {
            return;
        }
        Object[] at = places.get(rnd.nextInt(places.size()));
        JsonNode container = (JsonNode) at[0];
        JsonNode old = container.isObject() ? container.get((String) at[1]) : container.get((Integer) at[1]);
        int kind = rnd.nextInt(14);
        if (kind == 0 && container.isObject()) {
            ((ObjectNode) container).remove((String) at[1]);
            return;
        }
        if (kind == 1 && container.isObject()) {
            String key = (String) at[1];
            String typo = switch (rnd.nextInt(4)) {
                case 0 -> key + "s";
                case 1 -> key.toUpperCase();
                case 2 -> key.length() > 2 ? key.substring(1) : "zz";
                default -> "unknownField" + rnd.nextInt(3);
            };
            ((ObjectNode) container).set(typo, old.deepCopy());
            return;
        }
        if (kind == 2 && container.isArray() && old != null) {
            ((ArrayNode) container).add(old.deepCopy()); // duplicate ids
            return;
        }
        set(container, at[1], replacement(old));
    }

    private JsonNode replacement(JsonNode old) {
        return switch (rnd.nextInt(12)) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode(DATES[rnd.nextInt(DATES.length)]);
            case 2 -> F.textNode(STRINGS[rnd.nextInt(STRINGS.length)]);
            case 3 -> F.numberNode(new int[]{-1, 0, 1, 2, 5, 1999, 2000, 2100, 2101, Integer.MAX_VALUE}[rnd.nextInt(10)]);
            case 4 -> switch (rnd.nextInt(5)) {
                case 0 -> F.numberNode(new BigDecimal("1.0"));
                case 1 -> F.numberNode(new BigDecimal("2.5"));
                case 2 -> F.numberNode(2147483648L);
                case 3 -> F.numberNode(new BigInteger("123456789012345678901234567890"));
                default -> F.numberNode(new BigDecimal("2024"));
            };
            case 5 -> F.booleanNode(rnd.nextBoolean());
            case 6 -> F.objectNode();
            case 7 -> F.arrayNode();
            case 8 -> {
                JsonNode deep = F.numberNode(1);
                for (int i = 0, d = rnd.nextInt(70); i < d; i++) {
                    deep = rnd.nextBoolean() ? F.arrayNode().add(deep) : F.objectNode().set("x", deep);
                }
                yield deep;
            }
            case 9 -> old == null ? F.nullNode() : old.isTextual() ? F.numberNode(7) : F.textNode(old.toString());
            case 10 -> old != null && old.isArray() ? F.arrayNode().add(old) : F.arrayNode().add(old == null ? F.nullNode() : old);
            default -> old != null && old.isTextual() ? F.textNode(old.textValue() + "X") : F.textNode("X");
        };
    }

    private static void set(JsonNode container, Object key, JsonNode value) {
        if (container.isObject()) {
            ((ObjectNode) container).set((String) key, value);
        } else {
            ((ArrayNode) container).set((Integer) key, value);
        }
    }

    private static void collect(JsonNode n, List<Object[]> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Object[]{n, e.getKey()});
                collect(e.getValue(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(new Object[]{n, i});
                collect(n.get(i), out);
            }
        }
    }

    // ---- text mutations ----------------------------------------------------------------------------

    private byte[] textMutation(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        switch (rnd.nextInt(12)) {
            case 0 -> { // duplicate key: repeat the first field of some object
                int at = s.indexOf('{', rnd.nextInt(Math.max(1, s.length())));
                int colon = at < 0 ? -1 : s.indexOf(':', at);
                int end = colon < 0 ? -1 : s.indexOf(',', colon);
                if (at >= 0 && end > 0) {
                    String field = s.substring(at + 1, end);
                    s = s.substring(0, at + 1) + field + "," + s.substring(at + 1);
                }
            }
            case 1 -> s = "\uFEFF" + s;
            case 2 -> s = " \n\t" + s + "\r\n ";
            case 3 -> s = s.substring(0, rnd.nextInt(s.length()));
            case 4 -> s = s + (rnd.nextBoolean() ? " {}" : "x");
            case 5 -> s = "[" + s + "," + s + "]";
            case 6 -> s = "[" + s + ",1,null,\"x\"]";
            case 7 -> {
                int at = rnd.nextInt(s.length());
                s = s.substring(0, at) + "\"\u4e2d\u6587\u00e9\"" + s.substring(at);
            }
            case 8 -> s = rnd.nextBoolean() ? "[]" : rnd.nextBoolean() ? "   " : "\"text\"";
            case 9 -> {
                byte[] out = s.getBytes(StandardCharsets.UTF_8);
                out[rnd.nextInt(out.length)] = (byte) (0x80 + rnd.nextInt(128)); // maybe invalid UTF-8
                return out;
            }
            case 10 -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0, d = 60 + rnd.nextInt(20); i < d; i++) {
                    sb.append('[');
                }
                s = sb + s + "]".repeat(sb.length());
            }
            default -> {
                int at = rnd.nextInt(s.length());
                s = s.substring(0, at) + "\u00a0\u3000\u2028".charAt(rnd.nextInt(3)) + s.substring(at);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
