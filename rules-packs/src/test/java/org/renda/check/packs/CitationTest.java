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

/** Findings cite the law in force on the event's date, with the bundled article text. */
class CitationTest {


    private static String quorumShortRecord() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
            ObjectNode r = (ObjectNode) json.readTree(in);
            ObjectNode s = (ObjectNode) r.path("sessions").get(1);
            s.put("deputiesPresent", 7);
            s.path("agenda").forEach(a -> ((ObjectNode) a.get("vote")).put("for", 7).put("against", 0).put("abstain", 0));
            return json.writeValueAsString(r);
        }
    }

    @Test
    void quorumFindingCitesArticleWithItsText() throws Exception {
        CheckResult result = BundledCheckers.zh().check(quorumShortRecord(), "t.json").get(0);
        Finding f = result.findings().stream().filter(x -> x.ruleId().equals("SESSION-QUORUM-001")).findFirst().orElseThrow();
        assertThat(f.path()).isEqualTo("/sessions/1");
        assertThat(f.message()).contains("7").contains("12").contains("至少应有 8 人");
        Citation c = f.basis().get(0);
        assertThat(c.law()).isEqualTo("地方各级人民代表大会和地方各级人民政府组织法");
        assertThat(c.version()).isEqualTo("2022");
        assertThat(c.article()).isEqualTo("第十四条第四款");
        assertThat(c.articleText()).startsWith("第十四条").contains("三分之二以上的代表出席");
        assertThat(c.display()).isEqualTo("《地方各级人民代表大会和地方各级人民政府组织法》(2022)第十四条第四款");
    }

    @Test
    void englishMessagesNameTheSameValues() throws Exception {
        CheckResult result = BundledCheckers.en().check(quorumShortRecord(), "t.json").get(0);
        Finding f = result.findings().stream().filter(x -> x.ruleId().equals("SESSION-QUORUM-001")).findFirst().orElseThrow();
        assertThat(f.title()).isEqualTo("Fewer than two thirds of the deputies present");
        assertThat(f.message()).contains("7 of 12").contains("at least 8");
    }

    @Test
    void deputiesLawIsCitedByTheDateOfTheEvent() throws Exception {
        // the 2015 text numbers the suggestion reply duty 第四十二条, the 2025 text 第五十一条
        List<Finding> before = findingsFor("SUGG-REPLY-001", "2024");
        List<Finding> after = findingsFor("SUGG-REPLY-001", "2025");
        assertThat(before).isNotEmpty();
        assertThat(after).isNotEmpty();
        assertThat(before.get(0).basis()).anySatisfy(c -> {
            assertThat(c.version()).isEqualTo("2015");
            assertThat(c.article()).isEqualTo("第四十二条第一款");
            assertThat(c.articleText()).startsWith("第四十二条");
        });
        assertThat(after.get(0).basis()).anySatisfy(c -> {
            assertThat(c.version()).isEqualTo("2025");
            assertThat(c.article()).isEqualTo("第五十一条第二款");
        });
    }

    /** A street record of the given year with one suggestion assigned on 1 Feb and never answered. */
    private static List<Finding> findingsFor(String ruleId, String year) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/street.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("2025-", year + "-")
                    .replace("/2025\"", "/" + year + "\"").replace("\"year\": 2025", "\"year\": " + year);
            ObjectNode r = (ObjectNode) json.readTree(text);
            ObjectNode s = r.putArray("suggestions").addObject();
            s.put("id", "G1").put("submittedDate", year + "-01-20").put("assignedDate", year + "-02-01");
            CheckResult result = BundledCheckers.zh().check(json.writeValueAsString(r), "s.json").get(0);
            assertThat(result.errors()).isEmpty();
            return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        }
    }
}
