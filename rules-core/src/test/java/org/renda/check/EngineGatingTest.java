package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's gating from rule metadata, on a small test pack: applies-to and from-year decide
 * whether a rule applies at all; needs and year-complete decide "not checked"; parameters reach
 * the rules; findings carry the metadata and filled messages.
 */
class EngineGatingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Checker checker;

    @BeforeAll
    static void build() throws Exception {
        checker = Checker.builder().noBundledPacks().packDirectory(Path.of("src/test/resources/testpack")).build();
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    private static CheckResult check(String base, Consumer<ObjectNode> edit) throws Exception {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/" + base + ".json")) {
            ObjectNode r = (ObjectNode) JSON.readTree(in);
            edit.accept(r);
            CheckResult result = checker.check(JSON.writeValueAsString(r), base).get(0);
            assertThat(result.errors()).as("valid record").isEmpty();
            return result;
        }
    }

    @Test
    void parametersReachTheRulesAndMessagesNameTheValues() throws Exception {
        CheckResult r = check("township", x -> ((ObjectNode) x.path("sessions").get(1)).put("halfDays", 1));
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::path, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("T-SHORT-001", "/sessions/1", Severity.WARNING));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("T-SHORT-001")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("会议 S2 半天数 1，少于 2。");
        assertThat(f.title()).isEqualTo("会期短");
        assertThat(f.pack()).isEqualTo("testpack");
        assertThat(f.remedy()).isEqualTo("延长会期。");
    }

    @Test
    void anAbsentNeededSectionMakesTheRuleNotChecked() throws Exception {
        CheckResult r = check("township", x -> x.remove("activities"));
        assertThat(r.notChecked()).extracting(NotChecked::ruleId).contains("T-YEAR-001");
        assertThat(r.notChecked()).filteredOn(n -> n.ruleId().equals("T-YEAR-001")).extracting(NotChecked::reason)
                .containsExactly("记录未报送“闭会活动”");
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("T-YEAR-001");
    }

    @Test
    void anIncompleteYearMakesYearlyRulesNotChecked() throws Exception {
        CheckResult r = check("township-midyear", x -> { });
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("T-YEAR-001");
        assertThat(r.notChecked()).filteredOn(n -> n.ruleId().equals("T-YEAR-001")).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("年度未结束").contains("2024-06-30"));
        CheckResult complete = check("township", x -> { });
        assertThat(complete.findings()).extracting(Finding::ruleId).contains("T-YEAR-001");
    }

    @Test
    void aRuleForTheOtherKindOrAnEarlierYearIsNeitherCheckedNorListed() throws Exception {
        CheckResult township = check("township", x -> { });
        assertThat(township.findings()).extracting(Finding::ruleId).doesNotContain("T-FROM-001");
        assertThat(township.notChecked()).extracting(NotChecked::ruleId).doesNotContain("T-FROM-001", "T-SHORT-001");
        CheckResult street2025 = check("street", x -> { });
        assertThat(street2025.findings()).extracting(Finding::ruleId).contains("T-FROM-001").doesNotContain("T-SHORT-001");
        // the same street record moved to 2024: the @fromYear("2025") rule does not apply at all
        String street2024;
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/street.json")) {
            street2024 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("2025", "2024");
        }
        CheckResult r2024 = checker.check(street2024, "street-2024").get(0);
        assertThat(r2024.errors()).isEmpty();
        assertThat(r2024.findings()).extracting(Finding::ruleId).doesNotContain("T-FROM-001");
        assertThat(r2024.notChecked()).extracting(NotChecked::ruleId).doesNotContain("T-FROM-001");
    }

    @Test
    void parameterOverridesAreCheckedAtBuild() {
        assertThatThrownBy(() -> Checker.builder().noBundledPacks().packDirectory(Path.of("src/test/resources/testpack"))
                .parameters(Map.of("minHalfDay", 3, "lawFixed", 4, "deadline", "13-40")).build())
                .isInstanceOf(CheckerBuildException.class)
                .satisfies(e -> assertThat(((CheckerBuildException) e).problems()).extracting(PackProblem::message)
                        .anySatisfy(m -> assertThat(m).contains("未知参数 minHalfDay"))
                        .anySatisfy(m -> assertThat(m).contains("lawFixed").contains("不可覆盖"))
                        .anySatisfy(m -> assertThat(m).contains("deadline").contains("MM-DD")));
    }

    @Test
    void overriddenParametersAreUsedAndReported() throws Exception {
        try (Checker strict = Checker.builder().noBundledPacks().packDirectory(Path.of("src/test/resources/testpack"))
                .parameters(Map.of("minHalfDays", 3, "deadline", "02-28")).build()) {
            assertThat(strict.parameters()).containsEntry("minHalfDays", 3).containsEntry("deadline", "02-28")
                    .containsEntry("lawFixed", 5);
            try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
                CheckResult r = strict.check(in, "t").get(0);
                // S2 has 2 half-days: short under a threshold of 3
                assertThat(r.findings()).extracting(Finding::ruleId, Finding::path)
                        .contains(org.assertj.core.groups.Tuple.tuple("T-SHORT-001", "/sessions/1"));
            }
        }
    }

    @Test
    void packsReportVersionAndHash() {
        assertThat(checker.packs()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("testpack");
            assertThat(p.version()).isEqualTo("0.1.0");
            assertThat(p.rules()).isEqualTo(3);
            assertThat(p.sha256()).matches("[0-9a-f]{64}");
        });
    }
}
