package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;
import org.renda.check.Limits;

/**
 * {@link SchemaFastPath} never certifies a record networknt's validator finds anything in, on tens
 * of thousands of random valid and mutated records read as production reads them ({@link Mutations},
 * {@link JsonInput}); and it certifies nearly every valid one (a fast path that always declined
 * would be sound and useless). No switch in the main code: the test calls the full validator itself.
 * Size: {@code -Dschema.fastpath.records=N}.
 */
class SchemaFastPathTest {

    private static final int N = Integer.getInteger("schema.fastpath.records", 20_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordValidator validator = RecordValidator.shared();
    private final SchemaFastPath fast = validator.fastPath();

    @Test
    void compilesForTheRecordSchema() {
        assertThat(fast).as("the record schema uses only keywords the fast path knows").isNotNull();
    }

    @Test
    void certifiesOnlyWhatTheFullValidatorFindsNothingIn() throws IOException {
        Mutations m = new Mutations(20261202L);
        int valid = 0;
        int certified = 0;
        int invalid = 0;
        for (int i = 0; i < N; i++) {
            byte[] b = i % 4 == 0 ? m.bytes() : JSON.writeValueAsBytes(m.tree());
            for (JsonInput.RawRecord r : JsonInput.read("r.json", new ByteArrayInputStream(b), Limits.DEFAULT, Language.ZH)) {
                if (!r.ok() || r.node() == null || !r.node().isObject()) {
                    continue;
                }
                boolean full = validator.structural(r.node(), Language.ZH).isEmpty();
                boolean quick = fast.certainlyValid(r.node());
                if (quick) {
                    assertThat(full).as("certified, but the full validator reports %s in %s",
                            validator.structural(r.node(), Language.ZH), r.node()).isTrue();
                    certified++;
                }
                if (full) {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        assertThat(invalid).as("the mutations make invalid records").isGreaterThan(N / 4);
        assertThat(certified).as("valid records certified, of %d", valid).isGreaterThanOrEqualTo(valid * 95 / 100);
    }

    @Test
    void declinesEachKindOfStructuralError() throws IOException {
        ObjectNode base = base();
        assertThat(fast.certainlyValid(base)).isTrue();
        assertDeclined(base, r -> r.remove("year"));                                      // required
        assertDeclined(base, r -> r.put("colour", "red"));                               // additionalProperties
        assertDeclined(base, r -> r.put("year", "2024"));                                // type
        assertDeclined(base, r -> r.put("year", 1999));                                  // minimum
        assertDeclined(base, r -> r.put("year", 2101));                                  // maximum
        assertDeclined(base, r -> r.put("schemaVersion", "1.1"));                        // const
        assertDeclined(base, r -> r.put("asOfDate", "2024-02-30"));                      // format date
        assertDeclined(base, r -> r.put("asOfDate", "2024-2-3"));                        // pattern
        assertDeclined(base, r -> ((ObjectNode) r.get("body")).put("kind", "VILLAGE"));  // enum
        assertDeclined(base, r -> officer(r).remove("isDeputy"));                        // if/then (a chairman)
        assertDeclined(base, r -> officer(r).put("fullTime", "yes"));                    // then's type
        assertDeclined(base, r -> ((ArrayNode) r.get("officers")).add(3));               // items
    }

    @Test
    void datesAreDecidedAsNetworkntDecidesThem() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
        List<String> odd = List.of("2024-01-01\n", "+2024-01-01", "2024-1-01", "2024/01/01", "２０２４-01-01", "", "2024-01-0a",
                "10000-01-01", "-001-01-01");
        List<String> all = new java.util.ArrayList<>(odd);
        for (int y : new int[] {0, 1, 4, 100, 1900, 2000, 2023, 2024, 2100, 9996, 9999}) {
            for (int mo = 0; mo <= 13; mo++) {
                for (int d = 0; d <= 32; d++) {
                    all.add(String.format("%04d-%02d-%02d", y, mo, d));
                }
            }
        }
        for (String s : all) {
            boolean networknt; // com.networknt.schema.format.DateFormat: LocalDate.parse and a year of 0-9999
            try {
                int year = java.time.LocalDate.parse(s).getYear();
                networknt = year >= 0 && year <= 9999;
            } catch (java.time.format.DateTimeParseException e) {
                networknt = false;
            }
            if (SchemaFastPath.isDate(s)) {
                assertThat(networknt).as("certified date %s", s).isTrue();
            }
            if (SchemaFastPath.isDateShape(s)) {
                assertThat(pattern.matcher(s).find()).as("certified shape %s", s).isTrue();
            }
            if (!odd.contains(s)) { // exactly YYYY-MM-DD: the same answer both ways
                assertThat(SchemaFastPath.isDate(s)).as(s).isEqualTo(networknt);
            }
        }
    }

    @Test
    void leavesAnIntegerWrittenWithADecimalPointToTheFullValidator() throws IOException {
        ObjectNode r = base();
        r.put("year", new java.math.BigDecimal("2024.0"));
        assertThat(fast.certainlyValid(r)).isFalse();
        // the full validator decides (draft 2020-12 counts 2024.0 as an integer)
        assertThat(validator.structural(r, Language.ZH)).isEmpty();
    }

    @Test
    void aSchemaWithAKeywordItDoesNotKnowGetsNoFastPath() throws IOException {
        JsonNode schema = JSON.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"minLength\":2}}}");
        assertThat(SchemaFastPath.compile(schema)).isNull();
        JsonNode inIf = JSON.readTree("{\"if\":{\"properties\":{\"a\":{\"type\":\"integer\"}}},\"then\":{\"required\":[\"b\"]}}");
        assertThat(SchemaFastPath.compile(inIf)).as("an inexact keyword inside if").isNull();
        JsonNode ok = JSON.readTree("{\"type\":\"object\",\"required\":[\"a\"],\"properties\":{\"a\":{\"$ref\":\"#/$defs/s\"}},"
                + "\"$defs\":{\"s\":{\"type\":\"string\"}}}");
        SchemaFastPath p = SchemaFastPath.compile(ok);
        assertThat(p).isNotNull();
        assertThat(p.certainlyValid(JSON.readTree("{\"a\":\"x\"}"))).isTrue();
        assertThat(p.certainlyValid(JSON.readTree("{\"a\":1}"))).isFalse();
        assertThat(p.certainlyValid(JSON.readTree("{}"))).isFalse();
    }

    private static ObjectNode officer(ObjectNode r) {
        for (JsonNode o : r.get("officers")) {
            if ("CHAIRMAN".equals(o.path("role").asText())) {
                return (ObjectNode) o;
            }
        }
        throw new AssertionError("the fixture has no chairman");
    }

    private void assertDeclined(ObjectNode base, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode r = base.deepCopy();
        change.accept(r);
        assertThat(validator.structural(r, Language.ZH)).as("the full validator finds an error in %s", r).isNotEmpty();
        assertThat(fast.certainlyValid(r)).as("certified %s", r).isFalse();
    }

    private static ObjectNode base() throws IOException {
        try (var in = SchemaFastPathTest.class.getResourceAsStream("/org/renda/check/fixtures/township.json")) {
            List<JsonInput.RawRecord> rs = JsonInput.read("township.json", new ByteArrayInputStream(in.readAllBytes()),
                    Limits.DEFAULT, Language.ZH);
            return (ObjectNode) rs.get(0).node();
        }
    }
}
