package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing of the reader and the checker through the public {@link Checker}: random
 * and mutated records (starting from the two clean spec examples) never make {@code check} throw,
 * always yield exactly one result per record, and every result is well formed (see
 * {@link TestSupport#breach}).
 *
 * <p>The number of tries comes from {@code jqwik.tries.default}: 100 per property in the normal
 * build (junit-platform.properties), {@code -Djqwik.tries.default=100000} for the long profile
 * (docs/reliability.md).
 */
class CheckerFuzzProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] EXAMPLES = {TestSupport.example("township"), TestSupport.example("street")};

    // ---- properties ------------------------------------------------------------------------------

    /** One mutated record (tree and text mutations): one well-formed result. */
    @Property
    void mutatedRecordYieldsOneWellFormedResult(@ForAll("mutatedRecords") String json) {
        List<CheckResult> results = TestSupport.checker().check(json, "fuzz.json");
        assertThat(results).hasSize(expectedCount(json));
        assertThat(TestSupport.breach(results, "fuzz.json")).as(json.length() > 3000 ? json.substring(0, 3000) : json).isNull();
    }

    /** A batch of N tree-mutated records (still JSON): exactly N results, in order. */
    @Property
    void batchOfNYieldsNResults(@ForAll("treeMutatedBatches") List<String> records) {
        String json = "[" + String.join(",", records) + "]";
        List<CheckResult> results = TestSupport.checker().check(json, "batch.json");
        int expected = expectedCount(json);
        assertThat(results).hasSize(expected);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).index()).isEqualTo(expected == 1 && !json.startsWith("[") ? 0 : i);
        }
        assertThat(TestSupport.breach(results, "batch.json")).isNull();
    }

    /** Random bytes (and random bytes spliced into a record): never throws, one result when not JSON. */
    @Property
    void randomBytesNeverThrow(@ForAll("randomInputs") byte[] bytes) {
        List<CheckResult> results = TestSupport.checker().check(new ByteArrayInputStream(bytes), "bytes.json");
        assertThat(results).hasSize(expectedCount(bytes));
        assertThat(TestSupport.breach(results, "bytes.json")).isNull();
    }

    /** Valid-shaped variants (counts, dates, half-days varied within range) are CHECKED or cleanly REJECTED. */
    @Property
    void plausibleVariantsAreCheckedOrCleanlyRejected(@ForAll @IntRange(min = 0, max = 60) int present,
                                                       @ForAll @IntRange(min = 0, max = 60) int total,
                                                       @ForAll @IntRange(min = -1, max = 400) int dayOfYear,
                                                       @ForAll @IntRange(min = 0, max = 9) int halfDays) {
        ObjectNode root = parse(EXAMPLES[0]);
        ObjectNode s = (ObjectNode) root.get("sessions").get(0);
        s.put("deputiesPresent", present);
        s.put("deputiesTotal", total);
        s.put("halfDays", halfDays);
        String date = java.time.LocalDate.of(2024, 1, 1).plusDays(dayOfYear).toString();
        s.put("startDate", date);
        s.put("endDate", date);
        List<CheckResult> results = TestSupport.checker().check(root.toString(), "v.json");
        assertThat(results).hasSize(1);
        assertThat(TestSupport.breach(results, "v.json")).isNull();
        CheckResult r = results.get(0);
        if (r.status() == Status.CHECKED) {
            boolean quorumMissed = present * 3 < total * 2;
            assertThat(r.findings().stream().anyMatch(f -> f.ruleId().equals("SESSION-QUORUM-001")
                    && f.path().equals("/sessions/0"))).isEqualTo(quorumMissed);
        }
    }

    // ---- generators ------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> mutatedRecords() {
        return Arbitraries.randomValue(r -> {
            String base = EXAMPLES[r.nextInt(EXAMPLES.length)];
            String json = r.nextInt(5) == 0 ? base : treeMutate(base, r, 1 + r.nextInt(4));
            if (r.nextInt(3) == 0) {
                json = textMutate(json, r);
            }
            return json;
        });
    }

    @Provide
    Arbitrary<List<String>> treeMutatedBatches() {
        Arbitrary<String> one = Arbitraries.randomValue(r -> r.nextInt(4) == 0
                ? List.of("1", "\"x\"", "null", "[]", "{}", "true").get(r.nextInt(6))
                : treeMutate(EXAMPLES[r.nextInt(EXAMPLES.length)], r, r.nextInt(3)));
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> randomInputs() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> spliced = Arbitraries.randomValue(r -> {
            byte[] base = EXAMPLES[r.nextInt(2)].getBytes(StandardCharsets.UTF_8);
            int at = r.nextInt(base.length);
            byte[] noise = new byte[1 + r.nextInt(8)];
            r.nextBytes(noise);
            byte[] out = new byte[base.length + noise.length];
            System.arraycopy(base, 0, out, 0, at);
            System.arraycopy(noise, 0, out, at, noise.length);
            System.arraycopy(base, at, out, at + noise.length, base.length - at);
            return out;
        });
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+truefalsnl \\u")
                .ofMaxLength(80).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, spliced, jsonish);
    }

    // ---- mutations -------------------------------------------------------------------------------

    /** A slot in the tree: a field of an object or an item of an array. */
    private record Slot(ContainerNode<?> parent, String field, int index) {
        JsonNode get() {
            return parent.isObject() ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(field, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    static String treeMutate(String base, Random r, int count) {
        ObjectNode root = parse(base);
        for (int i = 0; i < count; i++) {
            List<Slot> slots = new ArrayList<>();
            collect(root, slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot s = slots.get(r.nextInt(slots.size()));
            mutate(root, s, r);
        }
        return write(root);
    }

    private static void collect(ContainerNode<?> node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(o, e.getKey(), -1));
                if (e.getValue() instanceof ContainerNode<?> c) {
                    collect(c, out);
                }
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                if (node.get(i) instanceof ContainerNode<?> c) {
                    collect(c, out);
                }
            }
        }
    }

    private static final String[] BAD_DATES = {"2024-02-30", "2024-13-01", "2024-00-10", "24-01-01", "2024-1-1", "",
        "2024-01-01T00:00", "٢٠٢٤-٠١-٠١", "２０２４-０１-０１", "+2024-01-01", "-0001-01-01", "99999-01-01",
        "2023-02-29", "2024-02-29", "2024/01/01", " 2024-01-01", "2024-01-01 ", "1999-12-31", "2101-01-01"};
    private static final String[] ODD_STRINGS = {"\uD800", "\uDC00x", "a\uD83D", "\u200F\u202Eabc", "😀", "\u0000",
        "a\u0000b", "\uFEFF", "\u2028\u2029", "~0/~1", "/", "~", "%", "\\", "\"", "O1", "D01", "S1", "TOWNSHIP",
        "township", "CHAIRMAN", "1.0", "2.0", "null", ""};
    private static final String[] HUGE_NUMBERS = {"1e400", "-1e400", "9223372036854775808", "-9223372036854775809",
        "2147483648", "-2147483649", "1.5", "-1", "1e2", "0.0", "-0", "100000000000000000000000000000", "1E-400",
        "0.30000000000000004", "4.9E-324", "2024.0", "2024e0"};

    private static void mutate(ObjectNode root, Slot s, Random r) {
        JsonNode v = s.get();
        switch (r.nextInt(13)) {
            case 0 -> s.remove();                                                    // field dropped
            case 1 -> s.set(F.nullNode());
            case 2 -> s.set(flipType(v, r));                                         // type flipped
            case 3 -> s.set(F.textNode(BAD_DATES[r.nextInt(BAD_DATES.length)]));    // date broken
            case 4 -> s.set(number(HUGE_NUMBERS[r.nextInt(HUGE_NUMBERS.length)]));  // huge numbers
            case 5 -> s.set(F.textNode(ODD_STRINGS[r.nextInt(ODD_STRINGS.length)])); // odd Unicode
            case 6 -> s.set(deep(1 + r.nextInt(120), r));                            // deep nesting
            case 7 -> s.set(F.numberNode(r.nextInt(80) - 5));                        // plausible counts
            case 8 -> {                                                              // unknown field
                if (s.parent() instanceof ObjectNode o) {
                    o.put("x" + r.nextInt(3), r.nextInt(3));
                } else {
                    s.set(F.objectNode());
                }
            }
            case 9 -> {                                                              // item duplicated
                if (s.parent() instanceof ArrayNode a) {
                    a.add(v.deepCopy());
                } else if (v != null) {
                    root.set("recordId", v.deepCopy());
                }
            }
            case 10 -> {                                                             // array grown
                ArrayNode a = F.arrayNode();
                int n = r.nextInt(200);
                for (int i = 0; i < n; i++) {
                    a.add(r.nextBoolean() ? F.numberNode(i) : F.textNode("D0" + (i % 12 + 1)));
                }
                s.set(a);
            }
            case 11 -> {                                                             // dates shifted
                if (v != null && v.isTextual() && v.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        s.set(F.textNode(java.time.LocalDate.parse(v.asText()).plusDays(r.nextInt(800) - 400).toString()));
                    } catch (RuntimeException e) {
                        s.set(F.textNode("2024-06-31"));
                    }
                }
            }
            default -> s.set(F.textNode("x".repeat(r.nextInt(3) == 0 ? 10_001 : r.nextInt(20))));
        }
    }

    private static JsonNode flipType(JsonNode v, Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> v != null && v.isTextual() ? F.numberNode(r.nextInt(3000)) : F.textNode(v == null ? "" : v.toString());
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.arrayNode().add(v == null ? F.nullNode() : v.deepCopy());
            case 3 -> F.objectNode().set("value", v == null ? F.nullNode() : v.deepCopy());
            case 4 -> F.numberNode(r.nextDouble() * 100);
            default -> F.textNode(v == null ? "null" : v.asText());
        };
    }

    private static JsonNode number(String literal) {
        if (literal.contains("e") || literal.contains("E") || literal.contains(".")) {
            return F.numberNode(new BigDecimal(literal));
        }
        return F.numberNode(new BigInteger(literal));
    }

    private static JsonNode deep(int depth, Random r) {
        JsonNode n = F.numberNode(1);
        for (int i = 0; i < depth; i++) {
            n = r.nextBoolean() ? F.arrayNode().add(n) : F.objectNode().set("a", n);
        }
        return n;
    }

    /** Mutations of the text: duplicate keys, truncation, lone-surrogate and NUL escapes, bad escapes. */
    static String textMutate(String json, Random r) {
        switch (r.nextInt(6)) {
            case 0 -> {                                                              // duplicate JSON key
                int at = nthIndexOf(json, '{', r);
                String[] keys = {"id", "year", "recordId", "kind", "startDate", "deputiesPresent", "body", "sessions"};
                String key = keys[r.nextInt(keys.length)];
                String value = List.of("1", "\"x\"", "null", "{}", "[]", "\"2024-01-01\"").get(r.nextInt(6));
                return json.substring(0, at + 1) + "\"" + key + "\":" + value + "," + json.substring(at + 1);
            }
            case 1 -> {                                                              // truncation
                return json.substring(0, r.nextInt(json.length()));
            }
            case 2 -> {                                                              // escapes in a string
                int at = nthIndexOf(json, '"', r);
                String[] esc = {"\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\u200f", "\\u202e", "\\x41",
                    "\\uZZZZ", "\\", "\\u", "\\ud800\\u0041"};
                return json.substring(0, at + 1) + esc[r.nextInt(esc.length)] + json.substring(at + 1);
            }
            case 3 -> {                                                              // wrapped deep
                int d = 1 + r.nextInt(100);
                return "[".repeat(d) + json + "]".repeat(d);
            }
            case 4 -> {                                                              // trailing content
                return json + List.of(" x", "{}", ",", "\u0000", " ").get(r.nextInt(5));
            }
            default -> {                                                             // a character deleted
                int at = r.nextInt(json.length());
                return json.substring(0, at) + json.substring(at + 1);
            }
        }
    }

    private static int nthIndexOf(String s, char c, Random r) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                at.add(i);
            }
        }
        return at.isEmpty() ? 0 : at.get(r.nextInt(at.size()));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serialises, writing lone surrogates as \\uXXXX escapes (as a hostile file would). */
    private static String write(JsonNode n) {
        String s = n.toString();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** How many results a text must give: N for a readable non-empty top-level array of N, else 1. */
    static int expectedCount(String json) {
        return expectedCount(json.getBytes(StandardCharsets.UTF_8));
    }

    static int expectedCount(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            JsonNode n = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (n != null && n.isArray() && !n.isEmpty() && depth(n) <= Limits.DEFAULT.maxDepth()
                    && !hasLongString(n)) {
                return n.size();
            }
        } catch (Exception e) {
            // not JSON (or not UTF-8): one REJECTED result
        }
        return 1;
    }

    private static boolean hasLongString(JsonNode n) {
        if (n.isTextual()) {
            return n.asText().codePointCount(0, n.asText().length()) > Limits.DEFAULT.maxStringLength();
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            if (it.next().getKey().length() > Limits.DEFAULT.maxStringLength()) {
                return true;
            }
        }
        for (JsonNode c : n) {
            if (hasLongString(c)) {
                return true;
            }
        }
        return false;
    }

    private static int depth(JsonNode n) {
        int d = 0;
        for (JsonNode c : n) {
            d = Math.max(d, depth(c));
        }
        return n.isContainerNode() ? d + 1 : 0;
    }
}
