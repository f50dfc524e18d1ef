package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.PackTester;
import org.renda.check.RecordFormat;
import org.renda.check.RuleInfo;
import org.renda.check.internal.JsonPatch;

/**
 * Chinese text a person reads names no program name (issue 14 part 2): no field name of the record
 * format ({@code repliedDate}, {@code fullTime}, …) and no enum constant ({@code
 * LAW_ENFORCEMENT_INSPECTION}, …) in a rule's Chinese title, message template (every branch) or
 * remedy, in the findings every fixture that fires renders, or in the messages of a record with
 * structural and semantic errors. Rule IDs, dates and numbers are not words of the format and pass.
 * The rendered findings are also checked in English for a placeholder left unfilled.
 */
class NoProgramNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(?:-[A-Z]+)*-\\d{3}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DRL_TEXT = Pattern.compile("^\\s*@(title|message|remedy)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)",
            Pattern.MULTILINE);

    /** Checkers with a case's parameter overrides, by the overrides. */
    private static final Map<Map<String, Object>, Checker> WITH_PARAMS = new HashMap<>();

    @AfterAll
    static void close() {
        WITH_PARAMS.values().forEach(Checker::close);
    }

    /** Every field name and enum constant of the record format (the booleans' "true"/"false" aside). */
    static Set<String> programNames() {
        Set<String> out = new TreeSet<>();
        for (RecordFormat.ObjectType t : RecordFormat.get().types()) {
            for (RecordFormat.Field f : t.fields()) {
                out.add(f.name());
                if (f.kind() == RecordFormat.Kind.ENUM) {
                    f.choices().forEach(c -> out.add(c.value()));
                }
            }
        }
        return out;
    }

    /** The program names found in a Chinese text (rule IDs removed first). */
    static List<String> namesIn(String text) {
        Set<String> names = programNames();
        List<String> hits = new ArrayList<>();
        Matcher m = WORD.matcher(RULE_ID.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (names.contains(m.group())) {
                hits.add(m.group());
            }
        }
        return hits;
    }

    @Test
    void theScanFindsWhatTheOldTextsSaid() {
        // the test can fail: the texts of 1.1.0 that issue 14 quoted are caught
        assertThat(namesIn("已答复的，补录 repliedDate。")).containsExactly("repliedDate");
        assertThat(namesIn(stripTemplate("{year}年没有开展执法检查（LAW_ENFORCEMENT_INSPECTION）活动。"))).containsExactly("LAW_ENFORCEMENT_INSPECTION");
        assertThat(namesIn("逾期或缺失：opinionsForwardedDate、feedbackDate。"))
                .containsExactly("opinionsForwardedDate", "feedbackDate");
        assertThat(namesIn("（earmarkedCongressFunds = false）")).containsExactly("earmarkedCongressFunds");
        assertThat(namesIn("[SUGG-REPLY-001] 代表建议 G1 于 2024-04-01 交办，第2季度（Q2）")).isEmpty();
        assertThat(stripTemplate("{repliedDate, select, null {截至 {asOfDate} 尚未答复} other {实际于 {repliedDate} 答复}}"))
                .doesNotContain("select", "null", "other", "asOfDate", "repliedDate").contains("截至", "尚未答复", "实际于", "答复");
    }

    /** A template without its argument syntax (names, formats, branch keys), leaving the literal text of every branch. */
    static String stripTemplate(String template) {
        return template.replaceAll("\\{[A-Za-z_][A-Za-z0-9_]*", "")
                .replaceAll(",\\s*(select|fields)\\s*,?", "")
                .replaceAll("[A-Za-z0-9_.-]+\\s*(?=\\{)", "")
                .replace("{", " ");
    }

    @Test
    void chineseTitlesTemplatesAndRemediesNameNoFieldOrEnumConstant() throws Exception {
        List<String> problems = new ArrayList<>();
        int texts = 0;
        for (RuleInfo r : BundledCheckers.zh().rules()) {
            String drl = Catalogue.resource("renda/packs/" + r.source());
            assertThat(drl).as(r.source()).isNotNull();
            Matcher m = DRL_TEXT.matcher(drl);
            while (m.find()) {
                texts++;
                List<String> hits = namesIn(stripTemplate(m.group(2)));
                if (!hits.isEmpty()) {
                    problems.add(r.id() + " @" + m.group(1) + ": " + hits);
                }
            }
        }
        assertThat(texts).as("Chinese texts read").isGreaterThanOrEqualTo(3 * 65);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFindingTheFixturesRenderReadsWithoutProgramNames() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> rulesRendered = new LinkedHashSet<>();
        int findings = 0;
        for (RuleInfo r : BundledCheckers.zh().rules()) {
            String cases = Catalogue.resource("renda/packs/" + r.source().replace(".drl", ".cases.json"));
            assertThat(cases).as(r.id() + " has fixtures").isNotNull();
            int i = 0;
            for (JsonNode c : JSON.readTree(cases).path("cases")) {
                String where = r.id() + " /cases/" + i++ + " (" + c.path("name").asText() + ")";
                if (!c.path("expect").isArray() || c.path("expect").isEmpty()) {
                    continue; // silent, notChecked and due-only cases render no finding
                }
                String record = JSON.writeValueAsString(recordOf(c));
                for (Language lang : Language.values()) {
                    CheckResult result = checker(c, lang).check(record, where).get(0);
                    assertThat(result.errors()).as(where).isEmpty();
                    for (Finding f : result.findings()) {
                        if (!f.ruleId().equals(r.id())) {
                            continue;
                        }
                        findings++;
                        rulesRendered.add(f.ruleId());
                        String text = f.title() + "\n" + f.message() + "\n" + f.remedy();
                        if (text.contains("{") || text.contains("}")) {
                            problems.add(where + " " + lang + ": placeholder left in " + text);
                        }
                        if (lang == Language.ZH && !namesIn(text).isEmpty()) {
                            problems.add(where + ": " + namesIn(text) + " in " + text);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rulesRendered).as("every rule has a fixture that fires").hasSize(BundledCheckers.zh().rules().size());
        assertThat(findings).isGreaterThan(2 * 65);
    }

    private static JsonNode recordOf(JsonNode c) throws Exception {
        if (c.has("record")) {
            return c.get("record");
        }
        String base = c.path("base").asText("township");
        assertThat(PackTester.BASES).contains(base);
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/" + base + ".json")) {
            return JsonPatch.apply(JSON.readTree(in), c.get("patch"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Checker checker(JsonNode c, Language lang) throws Exception {
        if (!c.has("params")) {
            return lang == Language.EN ? BundledCheckers.en() : BundledCheckers.zh();
        }
        Map<String, Object> params = new HashMap<>(JSON.convertValue(c.get("params"), Map.class));
        Map<String, Object> key = new HashMap<>(params);
        key.put("?lang", lang.name());
        Checker k = WITH_PARAMS.get(key);
        if (k == null) {
            k = Checker.builder().language(lang).parameters(params).build();
            WITH_PARAMS.put(key, k);
        }
        return k;
    }

    private static ObjectNode township() throws Exception {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static List<InputError> errorsOf(ObjectNode record) throws Exception {
        CheckResult r = BundledCheckers.zh().check(JSON.writeValueAsString(record), "r.json").get(0);
        assertThat(r.errors()).isNotEmpty();
        return r.errors();
    }

    private static void assertReadable(List<InputError> errors, String pointer, String... fragments) {
        InputError e = errors.stream().filter(x -> x.path().equals(pointer)).findFirst().orElseThrow(
                () -> new AssertionError("no error at " + pointer + " in " + errors));
        assertThat(namesIn(e.message())).as(e.message()).isEmpty();
        assertThat(e.message()).contains(fragments);
    }

    @Test
    void structuralErrorsNameTheFieldByItsChineseLabel() throws Exception {
        ObjectNode r = township();
        ((ObjectNode) r.path("sessions").get(0)).remove("startDate");
        ((ObjectNode) r.path("body")).put("kind", "VILLAGE");
        ((ObjectNode) r.path("officers").get(0)).remove("fullTime");
        ((ObjectNode) r.path("officers").get(1)).remove("isDeputy");
        ((ObjectNode) r.withArray("activities").addObject()).put("id", "A99").put("type", "STATION_RECEPTION")
                .put("date", "2024-05-01");
        List<InputError> e = errorsOf(r);
        assertReadable(e, "/sessions/0/startDate", "缺少必填字段“开幕日期”");
        assertReadable(e, "/body/kind", "“单位类型”应为以下之一：乡镇人大、街道人大工委", "\"VILLAGE\"");
        assertReadable(e, "/officers/0/fullTime", "缺少必填字段“是否专职”", "（“职务”为主席时必填）");
        assertReadable(e, "/officers/1/isDeputy", "缺少必填字段“是否人大代表”", "（“职务”为主席或副主席时必填）");
        assertReadable(e, "/activities/17/stationId", "缺少必填字段“联络站编号”", "（“活动类型”为代表进站接待群众时必填）");
    }

    @Test
    void semanticErrorsNameTheFieldsByTheirChineseLabels() throws Exception {
        ObjectNode r = township();
        ObjectNode s = (ObjectNode) r.path("sessions").get(0);
        s.put("deputiesPresent", s.path("deputiesTotal").intValue() + 1);
        ((ObjectNode) r.path("suggestions").get(0)).put("sessionId", "S9");
        r.put("asOfDate", "2023-12-31");
        List<InputError> e = errorsOf(r);
        assertReadable(e, "/asOfDate", "截止日期 2023-12-31 早于记录年度 2024 的 1 月 1 日");
        r.put("asOfDate", "2024-12-31");
        e = errorsOf(r);
        assertReadable(e, "/sessions/0/deputiesPresent", "多于“代表总数”");
        assertReadable(e, "/suggestions/0/sessionId", "\"S9\"", "人民代表大会会议中没有此编号");
    }
}
