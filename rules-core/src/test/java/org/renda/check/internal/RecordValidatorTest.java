package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renda.check.InputError;
import org.renda.check.Language;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class RecordValidatorTest {

    private static final ObjectMapper OM = new ObjectMapper();
    private final RecordValidator validator = RecordValidator.shared();

    static ObjectNode example(String name) {
        try (InputStream in = RecordValidatorTest.class.getResourceAsStream("/org/renda/check/fixtures/" + name + ".json")) {
            return (ObjectNode) OM.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode township() {
        return example("township");
    }

    static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private List<InputError> validate(ObjectNode record) {
        return validator.validate(record, Language.ZH);
    }

    private List<InputError> township(Consumer<ObjectNode> change) {
        ObjectNode r = township();
        change.accept(r);
        return validate(r);
    }

    /** Asserts exactly one error at {@code path}, whose message contains all {@code words}. */
    static InputError errorAt(List<InputError> errors, String path, String... words) {
        List<InputError> at = errors.stream().filter(e -> e.path().equals(path)).toList();
        assertThat(at).as("errors at %s in %s", path, errors).hasSize(1);
        if (words.length > 0) {
            assertThat(at.get(0).message()).contains(words);
        }
        return at.get(0);
    }

    static void noErrorAt(List<InputError> errors, String path) {
        assertThat(errors).as("errors").noneMatch(e -> e.path().equals(path));
    }

    // ---- valid records

    @Test
    void bothSpecExamplesAreValid() {
        assertThat(validate(example("township"))).isEmpty();
        assertThat(validate(example("street"))).isEmpty();
        assertThat(validator.validate(example("street"), Language.EN)).isEmpty();
    }

    @Test
    void nullIsAbsentForOptionalFieldsAndSections() {
        assertThat(township(r -> {
            r.putNull("term");
            r.putNull("disclosures");
            r.putNull("asOfDate");
            obj(r, "/officers/0").putNull("name");
            obj(r, "/officers/0").putNull("otherPosts");
            obj(r, "/sessions/0").putNull("absences");
            obj(r, "/sessions/0/agenda/0").putNull("vote");
            obj(r, "/activities/0").putNull("deputyIds");
        })).isEmpty();
    }

    @Test
    void recordIdOf() {
        assertThat(RecordValidator.recordIdOf(township())).isEqualTo("娄底市/双峰县/示例镇/2024");
        assertThat(RecordValidator.recordIdOf(OM.createObjectNode().put("recordId", 5))).isNull();
        assertThat(RecordValidator.recordIdOf(OM.createArrayNode())).isNull();
        assertThat(RecordValidator.recordIdOf(null)).isNull();
    }

    @Test
    void notAnObject() {
        errorAt(validator.validate(OM.createArrayNode(), Language.ZH), "", "应为对象");
        errorAt(validator.validate(null, Language.ZH), "", "应为对象");
    }

    // ---- structure

    @Test
    void unknownEnumValue() {
        List<InputError> e = township(r -> obj(r, "/body").put("kind", "VILLAGE"));
        assertThat(e).hasSize(1);
        assertThat(errorAt(e, "/body/kind").message()).isEqualTo("“单位类型”应为以下之一：乡镇人大、街道人大工委，实为 \"VILLAGE\"");
    }

    @Test
    void englishMessages() {
        ObjectNode r = township();
        obj(r, "/body").put("kind", "VILLAGE");
        obj(r, "/sessions/0").remove("startDate");
        List<InputError> e = validator.validate(r, Language.EN);
        errorAt(e, "/body/kind", "expected one of TOWNSHIP, STREET", "VILLAGE");
        errorAt(e, "/sessions/0/startDate", "missing required field startDate");
    }

    @Test
    void missingRequiredFieldPointsAtTheField() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0").remove("startDate");
            r.remove("recordId");
            obj(r, "/body").remove("county");
        });
        assertThat(errorAt(e, "/sessions/0/startDate").message()).isEqualTo("缺少必填字段“开幕日期”");
        errorAt(e, "/recordId", "缺少必填字段“记录编号”");
        errorAt(e, "/body/county", "缺少必填字段“所属县（市、区）”");
        assertThat(e).hasSize(3);
    }

    @Test
    void nullRequiredFieldIsMissing() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0").putNull("halfDays");
            obj(r, "/body").putNull("kind");
            r.putNull("body");
        });
        errorAt(e, "/body", "缺少必填字段“报送单位”", "null");
        e = township(r -> obj(r, "/sessions/1").putNull("halfDays"));
        errorAt(e, "/sessions/1/halfDays", "缺少必填字段“会期（半天）”", "null");
    }

    @Test
    void unknownFieldIsReportedAtTheField() {
        List<InputError> e = township(r -> {
            ObjectNode s = obj(r, "/sessions/0");
            s.set("startdate", s.remove("startDate"));
            r.put("bogus", 1);
        });
        errorAt(e, "/sessions/0/startdate", "未知字段 startdate", "拼写错误", "startDate", "即“开幕日期”");
        errorAt(e, "/sessions/0/startDate", "缺少必填字段“开幕日期”");
        errorAt(e, "/bogus", "未知字段 bogus");
        assertThat(e).hasSize(3);
    }

    @Test
    void wrongType() {
        List<InputError> e = township(r -> {
            r.put("year", "2024");
            obj(r, "/sessions/0").put("deputiesPresent", 1.5);
            obj(r, "/officers/0").put("isDeputy", "yes");
            ((ArrayNode) r.at("/activities/0/deputyIds")).add(5);
            ((ArrayNode) r.get("deputies")).addNull();
        });
        assertThat(errorAt(e, "/year").message()).isEqualTo("应为整数，实为字符串 \"2024\"");
        errorAt(e, "/sessions/0/deputiesPresent", "应为整数", "1.5");
        errorAt(e, "/officers/0/isDeputy", "应为布尔值", "\"yes\"");
        errorAt(e, "/activities/0/deputyIds/5", "应为字符串", "整数 5");
        assertThat(errorAt(e, "/deputies/13").message()).isEqualTo("应为对象，实为 null");
    }

    @Test
    void malformedDate() {
        List<InputError> e = township(r -> obj(r, "/sessions/0").put("startDate", "2024-13-01"));
        assertThat(e).containsExactly(new InputError("/sessions/0/startDate", "应为日期 YYYY-MM-DD，实为 \"2024-13-01\""));
        e = township(r -> obj(r, "/sessions/0").put("noticeDate", "24-1-5"));
        errorAt(e, "/sessions/0/noticeDate", "应为日期 YYYY-MM-DD", "\"24-1-5\"");
    }

    @Test
    void impossibleDate() {
        List<InputError> e = township(r -> obj(r, "/sessions/0").put("endDate", "2024-02-30"));
        errorAt(e, "/sessions/0/endDate", "应为日期 YYYY-MM-DD", "2024-02-30", "不存在");
        e = township(r -> obj(r, "/stations/0").put("establishedDate", "2023-02-29"));
        errorAt(e, "/stations/0/establishedDate", "应为日期", "2023-02-29");
    }

    @Test
    void unsupportedSchemaVersion() {
        List<InputError> e = township(r -> {
            r.put("schemaVersion", "2.0");
            r.put("bogus", true);
        });
        assertThat(e).hasSize(1);
        errorAt(e, "/schemaVersion", "不支持的格式版本", "2.0", "1.0");
        e = township(r -> r.put("schemaVersion", 1));
        errorAt(e, "/schemaVersion", "应为 \"1.0\"", "1");
        e = township(r -> r.remove("schemaVersion"));
        errorAt(e, "/schemaVersion", "缺少必填字段“格式版本”");
    }

    @Test
    void negativeCountAndHalfDaysAndYearRange() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0").put("deputiesTotal", -1);
            obj(r, "/sessions/1").put("halfDays", 0);
            obj(r, "/presidiumMeetings/0").put("membersPresent", -2);
        });
        errorAt(e, "/sessions/0/deputiesTotal", "应不小于 0", "-1");
        errorAt(e, "/sessions/1/halfDays", "应不小于 1", "0");
        errorAt(e, "/presidiumMeetings/0/membersPresent", "应不小于 0");
        e = township(r -> r.put("year", 2101));
        errorAt(e, "/year", "应不大于 2100", "2101");
        e = township(r -> {
            obj(r, "/sessions/0").put("deputiesPresent", new java.math.BigInteger("99999999999999999999"));
            obj(r, "/sessions/0/agenda/2").put("fiscalYear", 3_000_000_000L);
        });
        errorAt(e, "/sessions/0/deputiesPresent", "应不大于 2147483647");
        errorAt(e, "/sessions/0/agenda/2/fiscalYear", "应不大于 2147483647");
    }

    @Test
    void budgetAgendaItemWithoutFiscalYear() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0/agenda/2").remove("fiscalYear");
            obj(r, "/sessions/1/agenda/0").putNull("fiscalYear");
        });
        errorAt(e, "/sessions/0/agenda/2/fiscalYear", "缺少必填字段“预算年度”", "（“议程类型”为预算草案及报告、预算执行情况报告、预算调整方案或决算时必填）");
        errorAt(e, "/sessions/1/agenda/0/fiscalYear", "缺少必填字段“预算年度”", "null");
        assertThat(e).hasSize(2);
    }

    @Test
    void officerConditionalFields() {
        List<InputError> e = township(r -> {
            obj(r, "/officers/0").remove("fullTime");
            obj(r, "/officers/1").remove("isDeputy");
        });
        errorAt(e, "/officers/0/fullTime", "缺少必填字段“是否专职”", "（“职务”为主席时必填）");
        errorAt(e, "/officers/1/isDeputy", "缺少必填字段“是否人大代表”", "（“职务”为主席或副主席时必填）");
        assertThat(e).hasSize(2);
        // a vice-chairman need not say fullTime; a street director needs neither
        assertThat(township(r -> obj(r, "/officers/1").remove("fullTime"))).isEmpty();
        ObjectNode street = example("street");
        obj(street, "/officers/0").remove("fullTime");
        assertThat(validate(street)).isEmpty();
    }

    @Test
    void voteMethodRequiredForElectionAndLivelihoodVote() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0/agenda/5/vote").remove("method");
            obj(r, "/sessions/0/agenda/0/vote").remove("method");
        });
        errorAt(e, "/sessions/0/agenda/5/vote/method", "缺少必填字段“表决方式”", "（“议程类型”为选举、补选或民生实事项目票决时必填）");
        assertThat(e).hasSize(1);
        e = township(r -> {
            obj(r, "/sessions/0/agenda/0").put("type", "ELECTION");
            obj(r, "/sessions/0/agenda/0/vote").putNull("method");
        });
        errorAt(e, "/sessions/0/agenda/0/vote/method", "缺少必填字段“表决方式”");
    }

    @Test
    void signatoriesRequiredForDeputyMotion() {
        List<InputError> e = township(r -> obj(r, "/sessions/1/agenda/2").remove("signatories"));
        errorAt(e, "/sessions/1/agenda/2/signatories", "缺少必填字段“联名代表人数”", "（“议程类型”为代表联名议案时必填）");
    }

    @Test
    void stationIdRequiredForStationReception() {
        List<InputError> e = township(r -> obj(r, "/activities/0").remove("stationId"));
        errorAt(e, "/activities/0/stationId", "缺少必填字段“联络站编号”", "（“活动类型”为代表进站接待群众时必填）");
        assertThat(e).hasSize(1);
    }

    // ---- semantics

    @Test
    void asOfDateBeforeTheYear() {
        List<InputError> e = township(r -> r.put("asOfDate", "2023-12-31"));
        errorAt(e, "/asOfDate", "截止日期", "2023-12-31", "早于", "2024");
    }

    @Test
    void endDateBeforeStartDate() {
        List<InputError> e = township(r -> obj(r, "/sessions/1").put("endDate", "2024-07-17"));
        assertThat(e).hasSize(1);
        errorAt(e, "/sessions/1/endDate", "早于开始日期", "2024-07-17", "2024-07-18");
    }

    @Test
    void presentMoreThanTotal() {
        List<InputError> e = township(r -> obj(r, "/sessions/0").put("deputiesPresent", 13));
        errorAt(e, "/sessions/0/deputiesPresent", "13", "12", "“代表总数”");
    }

    @Test
    void votesMoreThanPresent() {
        List<InputError> e = township(r -> obj(r, "/sessions/0/agenda/1/vote").put("abstain", 1));
        assertThat(e).hasSize(1);
        errorAt(e, "/sessions/0/agenda/1/vote", "12", "“出席代表数”", "11");
    }

    @Test
    void membersPresentMoreThanTotal() {
        List<InputError> e = township(r -> obj(r, "/presidiumMeetings/1").put("membersPresent", 6));
        assertThat(e).hasSize(1);
        errorAt(e, "/presidiumMeetings/1/membersPresent", "出席人数 6", "“组成人员总数” 5");
    }

    @ParameterizedTest
    @CsvSource({
            "/officers, 0, O1",
            "/deputies, 0, D01",
            "/sessions, 0, S1",
            "/budget/adjustments, 0, ADJ1",
            "/activities, 0, A01",
            "/stations, 0, ST1",
            "/suggestions, 0, G1",
            "/normativeDocuments, 0, N1",
    })
    void duplicateIdWithinACollection(String collection, int copyOf, String id) {
        ObjectNode r = township();
        ArrayNode arr = (ArrayNode) r.at(collection);
        arr.add(arr.get(copyOf).deepCopy());
        int last = arr.size() - 1;
        List<InputError> e = validate(r);
        errorAt(e, collection + "/" + last + "/id", "重复的编号", id);
    }

    @Test
    void duplicateAgendaItemIdWithinOneSessionOnly() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0/agenda/0").put("id", "I1");
            obj(r, "/sessions/0/agenda/3").put("id", "I1");
            obj(r, "/sessions/1/agenda/0").put("id", "I1"); // another session: fine
        });
        assertThat(e).hasSize(1);
        errorAt(e, "/sessions/0/agenda/3/id", "重复的编号", "I1", "与人民代表大会会议 第1条 会议议程 第1条相同");
    }

    @Test
    void referencesToUndefinedIds() {
        List<InputError> e = township(r -> {
            obj(r, "/suggestions/0").put("sessionId", "S9");
            obj(r, "/budget/adjustments/0").put("approvedAtSession", "S9");
            obj(r, "/sessions/0/absences/0").put("deputyId", "D99");
            ((ArrayNode) r.at("/activities/0/deputyIds")).set(1, "D99");
            ((ArrayNode) r.at("/suggestions/1/deputyIds")).add("D98");
            obj(r, "/activities/2").put("stationId", "ST9");
        });
        errorAt(e, "/suggestions/0/sessionId", "未定义", "S9");
        errorAt(e, "/budget/adjustments/0/approvedAtSession", "未定义", "S9");
        errorAt(e, "/sessions/0/absences/0/deputyId", "未定义", "D99");
        errorAt(e, "/activities/0/deputyIds/1", "未定义", "D99");
        errorAt(e, "/suggestions/1/deputyIds/2", "未定义", "D98");
        errorAt(e, "/activities/2/stationId", "未定义", "ST9");
        assertThat(e).hasSize(6);
    }

    @Test
    void referenceIntoAnAbsentSectionIsNotAnError() {
        // absent = not reported, not "none": the rules needing it are not checked instead
        List<InputError> e = township(r -> {
            r.remove("stations");
            r.putNull("sessions");
        });
        assertThat(e).isEmpty();
        // an empty section declares none, so it defines nothing
        e = township(r -> r.putArray("stations"));
        errorAt(e, "/activities/0/stationId", "未定义", "ST1");
    }

    @Test
    void datedOutsideTheYear() {
        List<InputError> e = township(r -> {
            obj(r, "/sessions/0").put("scheduleDecidedDate", "2023-12-01").put("startDate", "2023-12-30");
            obj(r, "/presidiumMeetings/0").put("date", "2023-12-20");
            obj(r, "/activities/0").put("date", "2023-12-20");
            obj(r, "/normativeDocuments/0").put("issuedDate", "2023-12-20");
        });
        errorAt(e, "/sessions/0/startDate", "不在记录年度 2024");
        errorAt(e, "/presidiumMeetings/0/date", "不在记录年度 2024");
        errorAt(e, "/activities/0/date", "不在记录年度 2024");
        errorAt(e, "/normativeDocuments/0/issuedDate", "不在记录年度 2024");
        assertThat(e).hasSize(4);
    }

    @Test
    void budgetConsultationMayBeInThePreviousYear() {
        assertThat(township(r -> obj(r, "/activities/12").put("date", "2023-12-20"))).isEmpty();
        List<InputError> e = township(r -> obj(r, "/activities/12").put("date", "2022-12-20"));
        errorAt(e, "/activities/12/date", "2023–2024");
    }

    @Test
    void streetMeetingsAndReportsOutsideTheYear() {
        ObjectNode r = example("street");
        obj(r, "/committeeMeetings/0").put("date", "2024-12-20");
        obj(r, "/reportsToCounty/0").put("date", "2024-12-10");
        List<InputError> e = validate(r);
        errorAt(e, "/committeeMeetings/0/date", "不在记录年度 2025");
        errorAt(e, "/reportsToCounty/0/date", "不在记录年度 2025");
        assertThat(e).hasSize(2);
    }

    @Test
    void suggestionsMayBeOlder() {
        assertThat(township(r -> obj(r, "/suggestions/0").put("submittedDate", "2023-05-01").remove("sessionId"))).isEmpty();
    }

    @Test
    void dateAfterAsOfDate() {
        List<InputError> e = township(r -> {
            obj(r, "/suggestions/1").put("repliedDate", "2025-01-05");
            obj(r, "/officers/0").put("to", "2025-03-01");
            obj(r, "/officers/0/otherPosts/0").put("from", "2025-03-01");
        });
        errorAt(e, "/suggestions/1/repliedDate", "晚于", "2025-01-05", "2024-12-31");
        assertThat(e).hasSize(1);

        e = township(r -> r.put("asOfDate", "2024-06-30"));
        errorAt(e, "/sessions/1/startDate", "晚于", "2024-06-30");
        errorAt(e, "/activities/6/date", "晚于");
        errorAt(e, "/livelihoodProjects/satisfactionEvaluationDate", "晚于");
        noErrorAt(e, "/asOfDate");
        noErrorAt(e, "/sessions/0/startDate");
    }

    @Test
    void allErrorsSortedByPointerWithNumericIndexes() {
        List<InputError> e = township(r -> {
            ArrayNode stations = (ArrayNode) r.get("stations");
            for (int i = 1; i <= 10; i++) {
                stations.addObject().put("id", i == 2 || i == 10 ? "ST1" : "T" + i);
            }
            obj(r, "/activities/0").put("stationId", "ST9");
            obj(r, "/budget/adjustments/0").put("approvedAtSession", "S9");
        });
        assertThat(e).extracting(InputError::path).containsExactly(
                "/activities/0/stationId", "/budget/adjustments/0/approvedAtSession", "/stations/2/id", "/stations/10/id");
    }

    @Test
    void validatorIsThreadSafe() throws Exception {
        ObjectNode bad = township();
        obj(bad, "/body").put("kind", "VILLAGE");
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < 20; i++) {
                        assertThat(validate(township())).isEmpty();
                        assertThat(validate(bad)).hasSize(1);
                    }
                } catch (Throwable x) {
                    failures.add(x);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(failures).isEmpty();
    }
}
