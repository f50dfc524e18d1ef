package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.RuleInfo;
import org.renda.check.Severity;
import org.renda.check.Status;

/** Issue 13: what was not reported costs points, caps, count-once rules, bands, bonus, ranking. */
class FairScoringTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static RuleInfo rule(String id, String pack, String title, String basis) {
        return new RuleInfo(id, pack, Severity.WARNING, title, basis, Set.of("TOWNSHIP"), List.of("sessions"), false,
                "1.0.0", "r", id + ".drl", null, null);
    }

    /** A small rule set: two Loudi rules of 开好会 / 进好站, one that inherits 定好事 through its basis, two national ones. */
    private static final List<RuleInfo> RULES = List.of(
            rule("LD-SESSION-TIMING-001", "loudi", "开好会：年度第一次例会未按时召开", "娄底 开好会; 组织法 第十四条"),
            rule("LD-STATION-VISIT-001", "loudi", "进好站：代表全年进站接待群众次数不足", "娄底 进好站 (5+26)"),
            rule("LD-MINSHENG-VOTE-001", "loudi", "定好事：全年未由代表票决民生实事项目", "娄底 民生实事人大代表票决制; 组织法 第十二条"),
            rule("LD-MINSHENG-MARGIN-001", "loudi", "民生实事项目未差额票决", "娄底 民生实事人大代表票决制"),
            rule("SESSION-QUORUM-001", "national", "出席代表不足三分之二", "组织法 第十四条第四款"),
            rule("CHAIR-COUNT-001", "national", "副主席超过二人", "组织法 第十八条"));

    private static Finding f(String rule, Severity s, String path) {
        return new Finding(rule, "x", s, "t", "m", List.of(), path, "r", rule + ":" + path);
    }

    private static CheckResult result(String id, List<Finding> findings, List<NotChecked> notChecked, List<String> sections) {
        return new CheckResult(id + ".json", 0, id, Status.CHECKED, findings, notChecked, List.of(),
                new CheckResult.Body("TOWNSHIP", id, "双峰县", 2025, "2025-12-31", sections));
    }

    private static NotChecked unreported(String rule) {
        return new NotChecked(rule, "记录未报送 sessions", NotChecked.Cause.NOT_REPORTED);
    }

    private static NotChecked notOver(String rule) {
        return new NotChecked(rule, "年度未结束", NotChecked.Cause.PERIOD_NOT_OVER);
    }

    @Test
    void aRuleNotCheckedForASectionNotReportedCostsAnErrorAndAYearNotOverCostsNothing() {
        Scoring sc = Scoring.DEFAULT.bind(RULES);
        CheckResult r = result("A", List.of(), List.of(unreported("SESSION-QUORUM-001"), unreported("CHAIR-COUNT-001"),
                notOver("LD-STATION-VISIT-001")), List.of("officers"));
        Scoring.Score s = sc.score(r, Language.ZH);
        assertThat(s.value()).isEqualTo(90);
        assertThat(s.formula()).isEqualTo("100 − 2×5（未报送） = 90");
        assertThat(s.reported()).isTrue();
        assertThat(sc.score(r, Language.EN).formula()).isEqualTo("100 − 2×5 (not reported) = 90");
    }

    @Test
    void anEmptyRecordRanksBelowEveryRecordThatReportsAndItsFormulaSaysWhy() {
        Scoring sc = Scoring.DEFAULT.bind(RULES);
        List<NotChecked> all = new ArrayList<>();
        RULES.forEach(x -> all.add(unreported(x.id())));
        CheckResult empty = result("EMPTY", List.of(), all, List.of());
        // a real record that is very bad: floored at 0 like the empty one
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(f("SESSION-QUORUM-001", Severity.ERROR, "/sessions/" + i));
        }
        CheckResult bad = result("BAD", many, List.of(), List.of("sessions"));
        CheckResult good = result("GOOD", List.of(), List.of(), List.of("sessions"));
        Scoring.Score e = sc.score(empty, Language.ZH);
        assertThat(e.value()).isEqualTo(70);
        assertThat(e.reported()).isFalse();
        assertThat(e.formula()).isEqualTo("100 − 6×5（未报送） = 70；未报送任何内容，排名列后");
        BatchStats stats = new BatchStats(sc, Language.ZH);
        stats.add(empty);
        stats.add(bad);
        stats.add(good);
        List<String> order = new ArrayList<>();
        stats.countyRanking().get("双峰县").forEach(x -> order.add(x.recordId() + ":" + x.rank() + ":" + x.score()));
        assertThat(order).containsExactly("GOOD:1:100", "BAD:2:0", "EMPTY:3:70");
        // the bounded-memory ranking of the JSON report agrees
        Review review = new Review(sc, null, Language.ZH);
        List<Review.Assessed> as = List.of(review.assess(empty), review.assess(bad), review.assess(good));
        assertThat(as).extracting(review::rank).containsExactly(3, 2, 1);
    }

    @Test
    void capsLimitARuleAndAGroupAndCountOnceCountsOneItem() throws Exception {
        Scoring sc = Scoring.fromNode(M.readTree("{\"caps\": {\"SESSION-QUORUM-001\": 8, \"进好站\": 3}}")).bind(RULES);
        assertThat(sc.group("LD-STATION-VISIT-001")).isEqualTo("进好站");
        assertThat(sc.group("LD-MINSHENG-MARGIN-001")).as("inherits through the shared basis").isEqualTo("定好事");
        assertThat(sc.group("LD-SESSION-TIMING-001")).isEqualTo("开好会");
        assertThat(sc.group("SESSION-QUORUM-001")).as("default table").isEqualTo("开好会");
        assertThat(sc.group("CHAIR-COUNT-001")).isEqualTo(Scoring.OTHER);
        List<Finding> fs = new ArrayList<>();
        fs.add(f("SESSION-QUORUM-001", Severity.ERROR, "/sessions/0"));
        fs.add(f("SESSION-QUORUM-001", Severity.ERROR, "/sessions/1"));
        for (int i = 0; i < 12; i++) {
            fs.add(f("LD-STATION-VISIT-001", Severity.WARNING, "/deputies/" + i));
        }
        fs.add(f("CHAIR-COUNT-001", Severity.ERROR, "/officers"));
        Scoring.Score s = sc.score(result("A", fs, List.of(), List.of("sessions")), Language.ZH);
        // 100 − 5 (CHAIR) − min(10, 8) − min(2, 3) = 85
        assertThat(s.value()).isEqualTo(85);
        assertThat(s.formula()).isEqualTo("100 − 1×5（错误） − min(2×5（错误）, 8)（SESSION-QUORUM-001封顶）"
                + " − min(1×2（LD-STATION-VISIT-001，12 项问题按 1 项计）, 3)（进好站封顶） = 85");
        assertThat(s.band()).isEqualTo("合格");
    }

    @Test
    void bandsAndBonusComeFromTheScheme() throws Exception {
        Scoring sc = Scoring.fromNode(M.readTree("{\"bands\": [{\"name\": \"好\", \"nameEn\": \"good\", \"min\": 95},"
                + " {\"name\": \"差\"}], \"bonus\": {\"A\": [{\"points\": 3, \"reason\": \"省级示例站\"}]}}")).bind(RULES);
        Scoring.Score s = sc.score(result("A", List.of(f("CHAIR-COUNT-001", Severity.ERROR, "/officers")), List.of(),
                List.of("officers")), Language.ZH);
        assertThat(s.formula()).isEqualTo("100 − 1×5（错误） + 3（加分：省级示例站） = 98");
        assertThat(s.band()).isEqualTo("好");
        assertThat(sc.score(result("B", List.of(f("CHAIR-COUNT-001", Severity.ERROR, "/officers")), List.of(),
                List.of("officers")), Language.EN).band()).as("95, English name").isEqualTo("good");
        assertThat(sc.score(result("C", List.of(f("CHAIR-COUNT-001", Severity.ERROR, "/officers"),
                f("CHAIR-COUNT-001", Severity.ERROR, "/officers/1")), List.of(), List.of("officers")), Language.EN).band())
                .as("90, the last band, no English name").isEqualTo("差");
    }

    @Test
    void badSchemesNameTheKey() {
        assertThatThrownBy(() -> Scoring.fromNode(M.readTree("{\"bands\": [{\"name\": \"a\", \"min\": 80}, {\"name\": \"b\", \"min\": 90}]}")))
                .hasMessageStartingWith("scoring.bands[1].min 应低于上一档的分数线 80");
        assertThatThrownBy(() -> Scoring.fromNode(M.readTree("{\"bonus\": {\"A\": {\"points\": 2}}}")))
                .hasMessageStartingWith("scoring.bonus.A.reason 应为非空字符串");
        assertThatThrownBy(() -> Scoring.fromNode(M.readTree("{\"notReported\": \"5\"}")))
                .hasMessageStartingWith("scoring.notReported 应为非负整数");
        assertThatThrownBy(() -> Scoring.fromNode(M.readTree("{\"caps\": {\"好好学习\": 5}}")).bind(RULES))
                .hasMessageStartingWith("scoring.caps.好好学习 既不是已加载的规则，也不是分组");
        assertThatThrownBy(() -> Scoring.fromNode(M.readTree("{\"rules\": {\"NO-SUCH-001\": 5}}")).bind(RULES))
                .hasMessageStartingWith("scoring.rules.NO-SUCH-001 “NO-SUCH-001”不是已加载的规则");
        assertThatThrownBy(() -> Scoring.fromNode(M.readTree("{\"groups\": {\"开好会\": [\"ZZ-*\"]}}")).bind(RULES))
                .hasMessageStartingWith("scoring.groups.开好会[0] “ZZ-*”不对应任何已加载的规则");
    }

    @Test
    void badSchemesSayItInEnglishWithLangEn() throws Exception {
        Scoring.Invalid below = org.assertj.core.api.Assertions.catchThrowableOfType(Scoring.Invalid.class,
                () -> Scoring.fromNode(M.readTree("{\"bands\": [{\"name\": \"a\", \"min\": 80}, {\"name\": \"b\", \"min\": 90}]}")));
        assertThat(below.getMessage()).isEqualTo("scoring.bands[1].min 应低于上一档的分数线 80（档次从高到低排列）");
        assertThat(below.message(Language.ZH)).isEqualTo(below.getMessage());
        assertThat(below.message(Language.EN))
                .isEqualTo("scoring.bands[1].min must be below the previous band's minimum 80 (bands go from the highest down)");
        Scoring.Invalid unknown = org.assertj.core.api.Assertions.catchThrowableOfType(Scoring.Invalid.class,
                () -> Scoring.fromNode(M.readTree("{\"eror\": 5}")));
        assertThat(unknown.message(Language.ZH)).isEqualTo(
                "scoring.eror 是未知的键（可用：bands、bonus、caps、countOnce、error、floor、groups、notReported、rules、start、warning）");
        assertThat(unknown.message(Language.EN)).isEqualTo(
                "scoring.eror is an unknown key (allowed: bands, bonus, caps, countOnce, error, floor, groups, notReported, rules, start, warning)");
        Scoring.Invalid cap = org.assertj.core.api.Assertions.catchThrowableOfType(Scoring.Invalid.class,
                () -> Scoring.fromNode(M.readTree("{\"caps\": {\"X-001\": 5}}")).bind(RULES));
        assertThat(cap.message(Language.EN)).startsWith("scoring.caps.X-001 is neither a loaded rule nor a group (groups: 开好会, ");
    }

    @Test
    void periodsAreQuarterEndsBeforeTheYearsEndAndYearsOtherwise() {
        assertThat(Ranking.period(new CheckResult.Body("TOWNSHIP", "a", "c", 2025, "2025-03-31", List.of())).key()).isEqualTo("2025-Q1");
        assertThat(Ranking.period(new CheckResult.Body("TOWNSHIP", "a", "c", 2025, "2025-09-30", List.of())).label(Language.ZH))
                .isEqualTo("2025年第三季度");
        assertThat(Ranking.period(new CheckResult.Body("TOWNSHIP", "a", "c", 2025, "2025-12-31", List.of())).key()).isEqualTo("2025");
        assertThat(Ranking.period(new CheckResult.Body("TOWNSHIP", "a", "c", 2025, "2025-05-15", List.of())).key()).isEqualTo("2025");
        assertThat(Ranking.period(new CheckResult.Body("TOWNSHIP", "a", "c", 2024, "2025-03-31", List.of())).key()).isEqualTo("2024");
    }

    @Test
    void theLongIntMapKeepsTheFirstValueAcrossGrowth() {
        Ranking.LongIntMap m = new Ranking.LongIntMap();
        for (int i = 0; i < 5000; i++) {
            assertThat(m.putIfAbsent(Ranking.hash("body" + i), i)).isEqualTo(-1);
        }
        for (int i = 0; i < 5000; i++) {
            assertThat(m.putIfAbsent(Ranking.hash("body" + i), -7)).isEqualTo(i);
        }
    }

    @Test
    void theSameBodyManyTimesKeepsAThousandWarningsAndCountsTheRest() {
        Review review = new Review(Scoring.DEFAULT.bind(RULES), null, Language.ZH);
        CheckResult r = result("A", List.of(), List.of(), List.of("sessions"));
        Review.Assessed first = review.assess(r);
        for (int i = 0; i < Review.MAX_WARNINGS + 5; i++) {
            Review.Assessed again = review.assess(r);
            assertThat(again.duplicateOf()).isZero();
            assertThat(review.rank(again)).isNull();
        }
        assertThat(review.rank(first)).isEqualTo(1);
        assertThat(review.groupSize(first.group())).isEqualTo(1);
        List<String> w = review.warnings();
        assertThat(w).hasSize(Review.MAX_WARNINGS + 1);
        assertThat(w.get(0)).isEqualTo("同一单位在本批记录中出现两次：A（双峰县，2025年）见 A.json 和 A.json；只以前者参加排名。");
        assertThat(w.get(Review.MAX_WARNINGS)).isEqualTo("另有 5 份记录与本批中先出现的同一单位重复（未逐一列出），均不参加排名。");
    }
}
