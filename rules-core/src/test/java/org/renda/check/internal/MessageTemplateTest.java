package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;
import org.renda.check.PackProblem;
import org.renda.check.model.OfficerRole;

/** The message template: select on raw values, field labels from the record format, and what validate says of a bad one. */
class MessageTemplateTest {

    private static final String REPLIED = "{repliedDate, select, null {截至 {asOfDate} 尚未答复} other {实际于 {repliedDate} 答复}}";

    private static String fill(String template, Language lang, String path, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return MessageTemplate.parse(template).fill(values, lang, path);
    }

    @Test
    void selectChoosesTheBranchOfTheRawValue() {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        assertThat(fill(REPLIED, Language.ZH, "", "repliedDate", null, "asOfDate", asOf)).isEqualTo("截至 2024-12-31 尚未答复");
        assertThat(fill(REPLIED, Language.ZH, "", "repliedDate", LocalDate.of(2024, 9, 1), "asOfDate", asOf))
                .isEqualTo("实际于 2024-09-01 答复");
        String flag = "{complex, select, true {涉及面广} false {一般} other {未注明}}";
        assertThat(fill(flag, Language.ZH, "", "complex", true)).isEqualTo("涉及面广");
        assertThat(fill(flag, Language.ZH, "", "complex", false)).isEqualTo("一般");
        assertThat(fill(flag, Language.ZH, "", "complex", null)).isEqualTo("未注明");
        String role = "{role, select, CHAIRMAN {主席{name}} other {{role} {name}}}";
        assertThat(fill(role, Language.ZH, "", "role", OfficerRole.CHAIRMAN, "name", "林伟")).isEqualTo("主席林伟");
        assertThat(fill(role, Language.ZH, "", "role", OfficerRole.VICE_CHAIRMAN, "name", "王芳")).isEqualTo("副主席 王芳");
        // nested selects: two raw values decide the words
        String period = "{from, select, null {{to, select, null {起止日期均未注明} other {至 {to} 止}}} other {{to, select, null {{from} 起至今} other {{from} 至 {to}}}}}";
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertThat(fill(period, Language.ZH, "", "from", null, "to", null)).isEqualTo("起止日期均未注明");
        assertThat(fill(period, Language.ZH, "", "from", null, "to", d)).isEqualTo("至 2024-03-01 止");
        assertThat(fill(period, Language.ZH, "", "from", d, "to", null)).isEqualTo("2024-03-01 起至今");
        assertThat(fill(period, Language.ZH, "", "from", d, "to", d)).isEqualTo("2024-03-01 至 2024-03-01");
        assertThat(MessageTemplate.parse(period).names()).containsExactly("from", "to");
        assertThat(MessageTemplate.parse(REPLIED).names()).containsExactly("repliedDate", "asOfDate");
    }

    @Test
    void fieldsAreShownByTheirTitlesInTheRecordFormat() {
        String t = "逾期或缺失：{late, fields}";
        assertThat(fill(t, Language.ZH, "/activities/3", "late", List.of("opinionsForwardedDate", "feedbackDate")))
                .isEqualTo("逾期或缺失：意见转交日期、结果反馈日期");
        assertThat(fill("late: {late, fields}", Language.EN, "/activities/3", "late", List.of("opinionsForwardedDate", "feedbackDate")))
                .isEqualTo("late: opinions forwarded, feedback");
        // a pointer names its last field, wherever the finding is
        assertThat(fill(t, Language.ZH, "", "late", "/suggestions/0/repliedDate")).isEqualTo("逾期或缺失：答复日期");
        assertThat(fill(t, Language.ZH, "", "late", "/budget/earmarkedCongressFunds")).isEqualTo("逾期或缺失：是否单列人大经费");
        // a name the format does not know stays as it is (so the program-name test would catch it)
        assertThat(fill(t, Language.ZH, "/activities/3", "late", List.of("noSuchField"))).isEqualTo("逾期或缺失：noSuchField");
    }

    @Test
    void plainTemplatesFillAsBefore() {
        assertThat(fill("会议 {a} 人，{missing}；{ a}{a", Language.ZH, "", "a", 3)).isEqualTo("会议 3 人，{missing}；{ a}{a");
        assertThat(fill("{a}{{a}}", Language.ZH, "", "a", 1)).isEqualTo("1{1}");
    }

    @Test
    void aMalformedTemplateIsASyntaxErrorWithItsPlace() {
        assertThatThrownBy(() -> MessageTemplate.parse("x {r, select, null {无}}"))
                .isInstanceOf(MessageTemplate.SyntaxError.class).hasMessageContaining("缺少 other 分支");
        assertThatThrownBy(() -> MessageTemplate.parse("x {r, select, null {无} other {有}"))
                .isInstanceOf(MessageTemplate.SyntaxError.class).hasMessageContaining("没有结束的 }");
        assertThatThrownBy(() -> MessageTemplate.parse("x {r, plural, one {1} other {n}}"))
                .isInstanceOf(MessageTemplate.SyntaxError.class).hasMessageContaining("plural").hasMessageContaining("select、fields");
        assertThatThrownBy(() -> MessageTemplate.parse("{r, select, null 无}"))
                .isInstanceOf(MessageTemplate.SyntaxError.class).hasMessageContaining("分支 null 后应为 {文字}");
        MessageTemplate.SyntaxError e = org.junit.jupiter.api.Assertions.assertThrows(MessageTemplate.SyntaxError.class,
                () -> MessageTemplate.parse("ab{r, select, other {x} other {y}}"));
        assertThat(e.getMessage()).contains("分支 other 重复");
        assertThat(e.offset()).isEqualTo(24);
        // at run time a template that does not parse is shown as written, never an exception
        assertThat(MessageTemplate.of("x {r, select, null {无}}").fill(Map.of("r", 1), Language.ZH, "")).isEqualTo("x {r, select, null {无}}");
    }

    private static final String DRL = """
            package renda.packs.demo;
            import org.renda.check.model.*;
            global Findings findings;
            rule "DEMO-001"
                @id("DEMO-001")
                @message("建议 {id}：{repliedDate, select, null {截至 {asOfDat} 尚未答复} other {于 {repliedDate} 答复}}。")
                @messageEn("Suggestion {id}: {repliedDate, select, null {none} othr {on {repliedDate}}}.")
            when
                $s : Suggestion()
            then
                findings.report($s.path(), null, "id", $s.id(), "repliedDate", $s.repliedDate(), "asOfDate", null);
            end
            """;

    @Test
    void validateReportsANameInABranchThatIsNotPassedAndAMalformedSelect() {
        List<PackProblem> problems = new ArrayList<>();
        DrlChecks.check("demo/DEMO-001.drl", "demo", DRL, DrlScan.of(DRL), problems);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).line()).isEqualTo(6);
        assertThat(problems.get(0).message()).contains("{asOfDat}").contains("没有由 then 部分").contains("是不是 asOfDate");
        assertThat(problems.get(1).line()).isEqualTo(7);
        assertThat(problems.get(1).message()).startsWith("@messageEn 的格式有误（第 ").contains("缺少 other 分支");
        int column = DRL.lines().toList().get(6).indexOf("{repliedDate") + 1;
        assertThat(problems.get(1).message()).contains("第 " + column + " 列");
    }
}
