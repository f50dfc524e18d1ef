package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Citation;
import org.renda.check.Finding;

/**
 * What the six rules of catalogue 1.1 say: the concrete values, the rolled-over deadline named in
 * the message, and the law version cited for the event's date. (Where they fire is the fixtures'
 * business; this test reads the words.)
 */
class NewRulesMessageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode fixture(String name) throws Exception {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static Finding only(Checker checker, ObjectNode record, String ruleId) throws Exception {
        CheckResult result = checker.check(JSON.writeValueAsString(record), "r.json").get(0);
        assertThat(result.errors()).isEmpty();
        List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Citation citation(Finding f, String law) {
        return f.basis().stream().filter(c -> c.law().equals(law)).findFirst().orElseThrow();
    }

    @Test
    void inspectionFollowUpNamesTheRolledDeadlinesAndCitesTheTextOfTheDay() throws Exception {
        ObjectNode r = fixture("township");
        r.withArray("activities").addObject().put("id", "A30").put("type", "INSPECTION").put("date", "2024-09-01")
                .put("organizer", "PRESIDIUM").put("opinionsCollected", 4)
                .put("opinionsForwardedDate", "2024-10-09").put("feedbackDate", "2024-12-02");
        Finding f = only(BundledCheckers.zh(), r, "INSPECT-FOLLOWUP-001");
        assertThat(f.path()).isEqualTo("/activities/17");
        assertThat(f.message()).isEqualTo("视察活动 A30（2024-09-01）收集意见 4 条，转交或反馈逾期或缺失："
                + "转交日期 2024-10-09（期限 2024-10-08（期限末日 2024-10-01 为法定休假日，顺延至 2024-10-08）），"
                + "反馈日期 2024-12-02（期限 2024-12-02（期限末日 2024-11-30 为法定休假日，顺延至 2024-12-02）），记录截至 2024-12-31。");
        // the forwarding deadline (2024-10-08) is the event: before 2025-03-11, so the 2015 text
        Citation c = citation(f, "全国人民代表大会和地方各级人民代表大会代表法");
        assertThat(c.version()).isEqualTo("2015");
        assertThat(c.article()).isEqualTo("第二十四条");
        assertThat(c.articleText()).startsWith("第二十四条").contains("转交有关机关、组织");

        Finding e = only(BundledCheckers.en(), r, "INSPECT-FOLLOWUP-001");
        assertThat(e.message()).startsWith("Inspection A30 (2024-09-01) collected 4 opinion(s)")
                .contains("forwarded 2024-10-09 (due 2024-10-08 (the last day, 2024-10-01, is a public holiday or rest day; rolled over to 2024-10-08))");
    }

    @Test
    void firstSessionNotHeldIn2021CitesThe2015Article() throws Exception {
        ObjectNode r = JSON.createObjectNode();
        r.put("schemaVersion", "1.0").put("recordId", "娄底市/双峰县/示例乡/2021").put("year", 2021);
        r.putObject("body").put("kind", "TOWNSHIP").put("name", "示例乡").put("county", "双峰县");
        r.putObject("term").put("number", 18).put("electionCompletedDate", "2021-08-01");
        r.putArray("sessions");
        Finding f = only(BundledCheckers.zh(), r, "SESSION-FIRST-002");
        assertThat(f.path()).isEqualTo("/term");
        assertThat(f.message()).isEqualTo("本届代表选举于 2021-08-01 完成，每届第一次会议最迟应于 "
                + "2021-10-08（期限末日 2021-10-01 为法定休假日，顺延至 2021-10-08） 召开（2 个月内），截至 2021-12-31 记录中没有每届第一次会议。");
        Citation c = citation(f, "地方各级人民代表大会和地方各级人民政府组织法");
        assertThat(c.version()).isEqualTo("2015");
        assertThat(c.article()).isEqualTo("第十六条");
        assertThat(c.articleText()).startsWith("第十六条").contains("选举完成后的两个月内");
    }

    @Test
    void inquiryContactAndAdjustmentMessagesNameTheirValues() throws Exception {
        ObjectNode r = fixture("township");
        ((ObjectNode) r.path("sessions").get(1)).withArray("agenda").addObject().put("id", "I5").put("type", "INQUIRY")
                .put("title", "关于集镇污水处理的质询案").put("result", "DELIBERATED").put("signatories", 9);
        ((ObjectNode) r.path("suggestions").get(0)).put("deputyContacted", false);
        ((ObjectNode) r.path("budget").path("adjustments").get(0)).put("approvedAtSession", "S1");

        Finding inquiry = only(BundledCheckers.zh(), r, "VOTE-INQUIRY-001");
        assertThat(inquiry.message()).contains("仅有 9 名代表联名，少于法定的 10 人");
        assertThat(citation(inquiry, "地方各级人民代表大会和地方各级人民政府组织法").article()).isEqualTo("第二十四条第一款");

        Finding contact = only(BundledCheckers.zh(), r, "SUGG-CONTACT-001");
        assertThat(contact.path()).isEqualTo("/suggestions/0");
        assertThat(contact.message()).isEqualTo("代表建议 G1 已于 2024-04-20 答复，但记录表明办理过程中未与提出建议的代表联系沟通。");
        Citation dl = citation(contact, "全国人民代表大会和地方各级人民代表大会代表法");
        assertThat(dl.version()).isEqualTo("2015");
        assertThat(dl.article()).isEqualTo("第四十二条第二款");

        Finding adjust = only(BundledCheckers.zh(), r, "BUDGET-ADJUST-002");
        assertThat(adjust.path()).isEqualTo("/budget/adjustments/0");
        assertThat(adjust.message()).startsWith("预算调整 ADJ1（2024-08-01 执行）记录为会议 ").endsWith("但该次会议没有通过预算调整方案。");

        assertThat(only(BundledCheckers.en(), r, "VOTE-INQUIRY-001").message()).contains("signed by only 9 deputies, fewer than the 10 required by law");
    }

    @Test
    void performanceRecordsCiteThe2025Text() throws Exception {
        ObjectNode r = fixture("township-2025");
        ((ObjectNode) r.path("disclosures")).put("performanceRecordsKept", false);
        Finding f = only(BundledCheckers.zh(), r, "DEPUTY-RECORDS-001");
        assertThat(f.path()).isEqualTo("/disclosures/performanceRecordsKept");
        assertThat(f.message()).isEqualTo("2025 年主席团未记录本级人大代表的履职情况（记录表明未建立代表履职档案）。");
        Citation c = citation(f, "全国人民代表大会和地方各级人民代表大会代表法");
        assertThat(c.version()).isEqualTo("2025");
        assertThat(c.article()).isEqualTo("第五十八条第二款");
        assertThat(c.articleText()).contains("应当记录代表履职情况");
    }
}
