package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.RuleInfo;

/**
 * {@code ID.md} holds prose only (article text, reasoning, boundaries): the rule's metadata is
 * declared once, in its DRL, and the generated catalogue ({@code docs/catalogue.md}) shows it
 * beside the prose. A rule document that repeats the metadata fails here, line by line:
 * <ul>
 *   <li>a heading that carries the title ({@code # ID 标题}) or a line that is the title;</li>
 *   <li>a metadata label as heading or bold label ({@code **严重程度**：}, {@code ## 如何整改},
 *       {@code Severity:}, {@code **参数**：} …);</li>
 *   <li>DRL metadata syntax ({@code @needs("sessions")});</li>
 *   <li>a severity word right after a label ({@code 级别：ERROR}) or alone in a table cell;</li>
 *   <li>a sentence of {@code @remedy} / {@code @remedyEn} copied outside a quotation;</li>
 *   <li>a clause that only restates {@code @needs}, {@code @yearComplete} or {@code @appliesTo}
 *       ({@code 未报告 `sessions` 时列为"未检查"}, {@code 街道记录不适用}).</li>
 * </ul>
 * Prose that names a severity while reasoning about the law ("条文已核实，故为 ERROR") is not a
 * repetition; it must agree with the DRL, though, or it has drifted.
 */
class RuleDocProseTest {

    /** Labels of metadata a rule document must not restate (the DRL's keys in words, Chinese and English). */
    private static final String LABELS = "严重程度|严重性|级别|等级|适用|适用于|适用对象|适用单位|需要|所需部分|读取部分|"
            + "年度结束后检查|年度完整|首次发布|版本|标题|如何整改|整改建议|整改|参数|"
            + "Severity|Applies to|Applies|Needs|Year complete|Since|Title|Remedy|Parameters";
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*(?:[-*]\\s+)?(?:#{1,6}\\s*(?:" + LABELS + ")\\s*$|\\*\\*(?:" + LABELS + ")\\s*[：:]?\\s*\\*\\*"
                    + "|(?:" + LABELS + ")\\s*[：:])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DRL_SYNTAX = Pattern.compile(
            "@(id|severity|appliesTo|needs|yearComplete|since|title|titleEn|basis|message|messageEn|remedy|remedyEn"
                    + "|fromYear|appliesFrom|due)\\s*\\(");
    private static final Pattern LABELLED_SEVERITY = Pattern.compile(
            "^\\s*(?:[-*|]\\s*)?(?:\\*\\*)?[^：:。，,*|]{1,12}(?:\\*\\*)?\\s*[：:|]\\s*(?:\\*\\*)?\\s*(?:`)?(ERROR|WARNING)\\b"
                    + "|\\|\\s*`?(ERROR|WARNING)`?\\s*\\|");
    private static final Pattern REASONED_SEVERITY = Pattern.compile("(?:故为|所以是|因此为|因而为)\\s*(ERROR|WARNING)");
    private static final String SECTION = "[`“\"「]?[A-Za-z\\u4e00-\\u9fff]+[`”\"」]?";
    private static final Pattern NEEDS_CLAUSE = Pattern.compile("^(?:\\d{4} 年起的)?(?:记录)?(?:未报告|未报送|缺少|没有)\\s*"
            + SECTION + "(?:\\s*(?:或|、)\\s*" + SECTION + ")*\\s*(?:两)?(?:部分)?(?:[，,、]?\\s*或年度(?:尚)?未(?:完整|结束))?"
            + "\\s*(?:时)?[，,]?\\s*列为\\s*[\"“]未检查[\"”]$");
    private static final Pattern YEAR_CLAUSE = Pattern.compile("^年度(?:尚)?未(?:完整|结束)时[，,]?\\s*列为\\s*[\"“]未检查[\"”]$");
    private static final Pattern KIND_CLAUSE = Pattern.compile("^(?:(?:街道|乡镇)记录不适用|(?:本规则)?不适用于(?:街道|乡镇))$");
    /** A remedy sentence shorter than this is too common to call a copy ("补录日期。"). */
    private static final int MIN_COPIED = 12;

    /** The bundled rules in Chinese and English, by ID. */
    private static final Map<String, RuleInfo> ZH = new TreeMap<>();
    private static final Map<String, RuleInfo> EN = new TreeMap<>();

    @BeforeAll
    static void read() throws Exception {
        try (Checker checker = Checker.builder().build()) {
            checker.rules(Language.ZH).forEach(r -> ZH.put(r.id(), r));
            checker.rules(Language.EN).forEach(r -> EN.put(r.id(), r));
        }
    }

    @Test
    void noRuleDocumentRepeatsItsMetadata() throws Exception {
        List<String> problems = new ArrayList<>();
        int docs = 0;
        for (RuleInfo r : ZH.values()) {
            String md = Catalogue.resource("renda/packs/" + r.pack() + "/" + r.id() + ".md");
            if (md != null) {
                docs++;
                problems.addAll(problems(r, EN.get(r.id()), r.pack() + "/" + r.id() + ".md", md));
            }
        }
        assertThat(docs).as("rule documents read").isEqualTo(ZH.size()).isPositive();
        assertThat(problems).as(problems.size() + " line(s) of rule documents repeat DRL metadata:\n  "
                + String.join("\n  ", problems)).isEmpty();
    }

    /** The check catches each kind of copy planted in a real document, once, and nothing else. */
    @Test
    void aPlantedCopyOfTheMetadataIsFound() throws Exception {
        RuleInfo zh = ZH.get("SESSION-QUORUM-001");
        RuleInfo en = EN.get("SESSION-QUORUM-001");
        String md = Catalogue.resource("renda/packs/national/SESSION-QUORUM-001.md");
        assertThat(problems(zh, en, "x.md", md)).isEmpty();
        String firstRemedySentence = java.util.Arrays.stream(zh.remedy().split("(?<=[。；;：:])"))
                .map(String::strip).filter(s -> s.length() >= MIN_COPIED).findFirst().orElseThrow();
        String[] planted = {
            "# SESSION-QUORUM-001 " + zh.title(),
            "**严重程度**：ERROR　**适用**：乡镇（TOWNSHIP）",
            "Severity: ERROR",
            "| 级别 | WARNING |",
            "## 如何整改",
            "**参数**：无。",
            "@needs(\"sessions\")",
            "会前请注意：" + firstRemedySentence,
            "缺少 `sessions` 部分列为\"未检查\"。",
            "记录未报送 `sessions` 时列为“未检查”；年度尚未结束时列为\"未检查\"。街道记录不适用。",
            "人数已核实，故为 WARNING。",
        };
        for (String line : planted) {
            List<String> found = problems(zh, en, "x.md", md + "\n" + line + "\n");
            assertThat(found).as(line).isNotEmpty();
            assertThat(found).as(line).allMatch(p -> p.startsWith("x.md:" + (md.split("\n", -1).length + 1) + ": "));
        }
        // prose about the law, a quotation of the remedy's words, a severity in reasoning that agrees
        String[] prose = {
            "条文已核实（见 legal-basis.md），故为 ERROR。",
            "由 SESSION-FREQ-001（ERROR）报告，本规则不重复。",
            "> " + firstRemedySentence,
            "`\"sessions\": []` 表示全年未开会；年度尚未结束时列为\"未检查\"（后续会议仍可能举行）。",
            "只适用于 2022-03-12 及以后开幕的会议（元数据 `@appliesFrom`）。",
        };
        for (String line : prose) {
            assertThat(problems(zh, en, "x.md", md + "\n" + line + "\n")).as(line).isEmpty();
        }
    }

    /** Every line of {@code md} that repeats the rule's metadata, as {@code file:line: why}. */
    static List<String> problems(RuleInfo zh, RuleInfo en, String file, String md) {
        List<String> out = new ArrayList<>();
        List<String> remedySentences = new ArrayList<>();
        for (RuleInfo r : List.of(zh, en)) {
            for (String s : r.remedy().split("(?<=[。；;：:.!?！？])")) {
                if (s.strip().length() >= MIN_COPIED) {
                    remedySentences.add(s.strip());
                }
            }
        }
        String[] lines = md.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1) + ": ";
            if (line.startsWith("# ")) {
                if (!line.strip().equals("# " + zh.id())) {
                    out.add(where + "the heading is just \"# " + zh.id() + "\" (the title is @title in the DRL)");
                }
                continue;
            }
            String bare = line.replaceAll("^[#>*\\s-]+|[*\\s]+$", "");
            if (bare.equals(zh.title()) || bare.equals(en.title())) {
                out.add(where + "repeats @title");
            }
            if (LABEL_LINE.matcher(line).find()) {
                out.add(where + "a metadata label (severity, kinds, needs, remedy, parameters… are shown from the DRL"
                        + " and pack.json by the catalogue)");
            } else if (LABELLED_SEVERITY.matcher(line).find()) {
                out.add(where + "a severity in a metadata line (@severity is in the DRL)");
            }
            if (DRL_SYNTAX.matcher(line).find()) {
                out.add(where + "DRL metadata copied (it is declared once, in the DRL)");
            }
            Matcher reasoned = REASONED_SEVERITY.matcher(line);
            while (reasoned.find()) {
                if (!reasoned.group(1).equals(zh.severity().name())) {
                    out.add(where + "says the rule is " + reasoned.group(1) + ", the DRL says " + zh.severity());
                }
            }
            if (line.startsWith(">")) {
                continue;
            }
            for (String s : remedySentences) {
                if (line.contains(s)) {
                    out.add(where + "copies @remedy (\"" + s + "\")");
                    break;
                }
            }
            for (String clause : line.replaceAll("^\\*\\*[^*]+\\*\\*[：:]", "").split("[；。;]")) {
                String c = clause.strip();
                if (NEEDS_CLAUSE.matcher(c).matches() || YEAR_CLAUSE.matcher(c).matches() || KIND_CLAUSE.matcher(c).matches()) {
                    out.add(where + "\"" + c + "\" restates @needs / @yearComplete / @appliesTo");
                    break;
                }
            }
        }
        return out;
    }
}
