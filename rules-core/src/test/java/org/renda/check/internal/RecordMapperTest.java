package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Organ;
import org.renda.check.model.Section;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one walk of the tree: the mapper keeps every date it reads with its JSON Pointer (the
 * semantic checks use them), so it must read every date field of the format.
 */
class RecordMapperTest {

    private static final ObjectMapper OM = new ObjectMapper();
    private static final List<String> FIXTURES = List.of("township", "street", "township-2025", "township-midyear");

    static ObjectNode fixture(String name) {
        try (InputStream in = RecordMapperTest.class.getResourceAsStream("/org/renda/check/fixtures/" + name + ".json")) {
            return (ObjectNode) OM.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the format's date fields, in any object. */
    private static Set<String> dateFieldNames() {
        Set<String> names = new TreeSet<>();
        for (RecordFormat.ObjectType t : RecordFormat.get().types()) {
            for (RecordFormat.Field f : t.fields()) {
                if (f.kind() == RecordFormat.Kind.DATE) {
                    names.add(f.name());
                }
            }
        }
        return names;
    }

    /** The pointers of every date field present in a tree (the test's own walk, by the format's names). */
    private static void datePointers(JsonNode n, String p, Set<String> dateNames, Set<String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (dateNames.contains(e.getKey()) && e.getValue().isTextual()) {
                    out.add(p + "/" + e.getKey());
                } else {
                    datePointers(e.getValue(), p + "/" + e.getKey(), dateNames, out);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                datePointers(n.get(i), p + "/" + i, dateNames, out);
            }
        }
    }

    /** Adds the date fields the fixtures leave out: an officer's and a post's term, a deputy's status date. */
    private static void withEveryDate(ObjectNode r) {
        ObjectNode officer = (ObjectNode) r.at("/officers/0");
        officer.put("from", "2021-01-05").put("to", "2026-01-04");
        officer.putArray("otherPosts").addObject().put("title", "x").put("organ", Organ.values()[0].name())
                .put("from", "2021-02-01").put("to", "2022-02-01");
        ((ObjectNode) r.at("/deputies/0")).put("statusDate", "2025-03-01");
    }

    @Test
    void everyDateOfTheRecordIsReadWithItsPointer() {
        Set<String> names = dateFieldNames();
        Set<String> seenNames = new TreeSet<>();
        for (String name : FIXTURES) {
            ObjectNode r = fixture(name);
            if (name.equals("township")) {
                withEveryDate(r);
            }
            Set<String> expected = new TreeSet<>();
            datePointers(r, "", names, expected);
            RecordMapper.Mapping m = RecordMapper.read(r);
            Set<String> read = new TreeSet<>();
            m.dates().forEach(d -> read.add(d.pointer()));
            assertThat(read).as(name).isEqualTo(expected);
            assertThat(m.badDates()).as(name).isEmpty();
            for (RecordMapper.Dated d : m.dates()) {
                assertThat(d.date().toString()).isEqualTo(r.at(d.pointer()).textValue());
            }
            expected.forEach(p -> seenNames.add(p.substring(p.lastIndexOf('/') + 1)));
        }
        // the fixtures exercise every date field of the format, so the comparison above covers them all
        assertThat(seenNames).isEqualTo(names);
    }

    @Test
    void aDateThatDoesNotExistGivesTheSchemasMessageAtItsPointer() {
        ObjectNode r = fixture("township");
        ((ObjectNode) r.at("/sessions/0")).put("endDate", "2025-02-30");
        ((ObjectNode) r.at("/sessions/0/agenda/0")).put("publishedDate", "2025-04-31");
        // the schema's date format says it first (structure) ...
        List<InputError> structural = RecordValidator.shared().validate(r, Language.ZH);
        // ... and the mapping walk keeps it, should a date string pass the schema that does not exist
        RecordMapper.Mapping m = RecordMapper.read(r);
        assertThat(m.badDates()).extracting(RecordMapper.BadDate::pointer)
                .containsExactlyInAnyOrder("/sessions/0/endDate", "/sessions/0/agenda/0/publishedDate");
        assertThat(m.record().sessions().get(0).endDate()).isNull();
        List<InputError> semantic = new SemanticChecks(m, Language.ZH).run().stream()
                .filter(e -> e.message().startsWith("应为日期")).toList();
        assertThat(semantic).containsExactlyInAnyOrderElementsOf(structural);
        assertThat(semantic).extracting(InputError::message)
                .contains("应为日期 YYYY-MM-DD，实为 \"2025-02-30\"（不存在的日期）");
    }

    /**
     * The mapper reads each model type by its components' names: every section's model type, and
     * every object and list inside it, reads exactly the fields the format gives that object.
     */
    @Test
    void theModelReadsExactlyTheFormatsFields() throws Exception {
        int compared = 0;
        for (Section section : Section.values()) {
            RecordFormat.Field f = RecordFormat.get().root().field(section.jsonName());
            RecordComponent c = java.util.Arrays.stream(AnnualRecord.class.getRecordComponents())
                    .filter(x -> x.getName().equals(section.jsonName())).findFirst().orElseThrow();
            Class<?> type = c.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] : c.getType();
            compared += compare("/" + section.jsonName(), RecordMapper.Shape.of(type), f.object());
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static int compare(String where, RecordMapper.Shape<?> shape, RecordFormat.ObjectType format) {
        Map<String, Class<?>> fields = shape.fields();
        assertThat(fields.keySet()).as(where)
                .containsExactlyInAnyOrderElementsOf(format.fields().stream().map(RecordFormat.Field::name).toList());
        int n = fields.size();
        for (RecordFormat.Field f : format.fields()) {
            if (f.object() != null) {
                assertThat(fields.get(f.name())).as(where + "/" + f.name()).isNotNull();
                n += compare(where + "/" + f.name(), RecordMapper.Shape.of(fields.get(f.name())), f.object());
            }
        }
        return n;
    }

    @Test
    void aValidRecordIsMappedOnceByTheValidator() {
        ObjectNode r = fixture("township");
        RecordValidator.Validated v = RecordValidator.shared().read(r, Language.EN);
        assertThat(v.errors()).isEmpty();
        assertThat(v.record()).isEqualTo(RecordMapper.map(r));
        ((ObjectNode) r.at("/sessions/0")).put("deputiesPresent", 10_000);
        RecordValidator.Validated bad = RecordValidator.shared().read(r, Language.EN);
        assertThat(bad.record()).isNull();
        assertThat(bad.errors()).extracting(InputError::path).contains("/sessions/0/deputiesPresent");
    }
}
