package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.Severity;
import org.renda.check.Status;

class ScoringTest {

    private static Finding finding(String rule, Severity s) {
        return new Finding(rule, "national", s, "t", "m", List.of(), "/sessions", "r", rule + ":/sessions");
    }

    static CheckResult checked(String id, String county, Finding... findings) {
        return new CheckResult("x.json", 0, id, Status.CHECKED, List.of(findings), List.of(), List.of(),
                new CheckResult.Body("TOWNSHIP", id, county, 2024, "2024-12-31", List.of("sessions")));
    }

    @Test
    void defaultSchemeDeductsFivePerErrorAndTwoPerWarning() {
        CheckResult r = checked("A", "双峰县", finding("E-1", Severity.ERROR), finding("E-2", Severity.ERROR),
                finding("W-1", Severity.WARNING), finding("W-1", Severity.WARNING), finding("W-2", Severity.WARNING));
        Scoring.Score s = Scoring.DEFAULT.score(r, Language.ZH);
        assertThat(s.value()).isEqualTo(84);
        assertThat(s.formula()).isEqualTo("100 − 2×5（错误） − 3×2（警告） = 84");
        assertThat(Scoring.DEFAULT.score(r, Language.EN).formula()).isEqualTo("100 − 2×5 (ERROR) − 3×2 (WARNING) = 84");
        assertThat(Scoring.DEFAULT.score(checked("B", "双峰县"), Language.ZH).formula()).isEqualTo("100 = 100");
    }

    @Test
    void ruleWeightsReplaceTheSeverityDeductionAndTheFloorHolds() throws Exception {
        Scoring sc = Scoring.fromNode(new ObjectMapper().readTree(
                "{\"start\": 20, \"warning\": 1, \"rules\": {\"SESSION-QUORUM-001\": 10}}"));
        CheckResult r = checked("A", "x", finding("SESSION-QUORUM-001", Severity.ERROR),
                finding("SESSION-QUORUM-001", Severity.ERROR), finding("W", Severity.WARNING));
        Scoring.Score s = sc.score(r, Language.ZH);
        assertThat(s.value()).isEqualTo(0);
        assertThat(s.formula()).isEqualTo("20 − 1×1（警告） − 2×10（SESSION-QUORUM-001） = -1，保底 0");
        assertThat(s.band()).isEqualTo("通报");
    }

    @Test
    void readsTheScoringKeyOfAYamlParameterFileAndRejectsUnknownKeys(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("p.yaml");
        Files.writeString(yaml, "minSessionHalfDays: 2\nscoring:\n  error: 8\n  rules:\n    HN-FUNDS-001: 3\n");
        Scoring sc = Scoring.fromParams(yaml);
        assertThat(sc.start).isEqualTo(100);
        assertThat(sc.error).isEqualTo(8);
        assertThat(sc.rules).isEqualTo(Map.of("HN-FUNDS-001", 3));
        Path noScoring = dir.resolve("q.json");
        Files.writeString(noScoring, "{\"noticeDays\": 5}");
        assertThat(Scoring.fromParams(noScoring)).isSameAs(Scoring.DEFAULT);
        assertThat(sc.notReported).as("not reported costs as an ERROR by default").isEqualTo(8);
        assertThat(Scoring.fromParams(null)).isSameAs(Scoring.DEFAULT);
        ObjectMapper m = new ObjectMapper();
        assertThatThrownBy(() -> Scoring.fromNode(m.readTree("{\"eror\": 5}"))).hasMessageContaining("eror");
        assertThatThrownBy(() -> Scoring.fromNode(m.readTree("{\"error\": -1}"))).hasMessageContaining("scoring.error");
        assertThatThrownBy(() -> Scoring.fromNode(m.readTree("{\"rules\": {\"X\": \"a\"}}"))).hasMessageContaining("scoring.rules.X");
    }

    @Test
    void rankingSharesRanksOnTiesAndRejectedRecordsAreListedApart() {
        BatchStats stats = new BatchStats(Scoring.DEFAULT, Language.ZH);
        stats.add(checked("C", "双峰县", finding("E", Severity.ERROR)));
        stats.add(checked("A", "双峰县"));
        stats.add(checked("B", "新化县"));
        stats.add(new CheckResult("bad.json", 0, "D", Status.REJECTED, List.of(), List.of(),
                List.of(new org.renda.check.InputError("/year", "应为整数")), null));
        List<Scoring.Entry> city = stats.cityRanking();
        List<String> order = new ArrayList<>();
        city.forEach(e -> order.add(e.recordId() + ":" + e.rank() + ":" + e.score()));
        assertThat(order).containsExactly("A:1:100", "B:1:100", "C:3:95");
        assertThat(stats.cityRankings().keySet()).containsExactly("2024年");
        assertThat(stats.countyRanking().keySet()).containsExactly("双峰县", "新化县");
        assertThat(stats.countyRanking().get("双峰县")).extracting(Scoring.Entry::rank).containsExactly(1, 2);
        assertThat(stats.rejected).singleElement().satisfies(r -> {
            assertThat(r.who()).isEqualTo("D");
            assertThat(r.reason()).isEqualTo("/year 应为整数");
        });
    }

    @Test
    void textColumnsCountWideCharactersTwice() {
        assertThat(TextReport.width("县市区")).isEqualTo(6);
        assertThat(TextReport.width("岩古街道(合成)")).isEqualTo(14);
        assertThat(TextReport.width("（未知）")).isEqualTo(8);
        assertThat(TextReport.width(TextReport.pad("双峰县", 14))).isEqualTo(14);
        assertThat(TextReport.lpad("记录", 7)).isEqualTo("   记录");
    }
}
