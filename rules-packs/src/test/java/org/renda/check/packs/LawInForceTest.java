package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Citation;
import org.renda.check.Finding;
import org.renda.check.Status;

/**
 * Rule catalogue 1.1, "the law in force on the day": 组织法 cited in its 2015 text (by the concordance)
 * for events before 2022-03-12, rules that do not apply before their law, records before 2021
 * rejected, the Loudi pack from 2025, holiday roll-over in messages, citations for one kind of body.
 */
class LawInForceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "地方各级人民代表大会和地方各级人民政府组织法";

    /** A bundled base record moved by {@code years} (every date, the year, fiscal years, the id). */
    static ObjectNode base(String name, int years) throws Exception {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/" + name + ".json")) {
            ObjectNode r = (ObjectNode) JSON.readTree(in);
            return (ObjectNode) shift(r, years);
        }
    }

    private static JsonNode shift(JsonNode n, int years) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String k : names) {
                JsonNode v = o.get(k);
                if ((k.equals("year") || k.equals("fiscalYear")) && v.isInt()) {
                    o.put(k, v.intValue() + years);
                } else if (k.equals("recordId")) {
                    o.put(k, v.asText() + "/" + years);
                } else {
                    o.set(k, shift(v, years));
                }
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, shift(a.get(i), years));
            }
            return a;
        }
        if (n.isTextual() && n.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            String s = n.asText();
            java.time.LocalDate d = java.time.LocalDate.parse(s);
            return JSON.getNodeFactory().textNode(d.plusYears(years).toString());
        }
        return n;
    }

    private static CheckResult check(ObjectNode record, Consumer<ObjectNode> change) throws Exception {
        change.accept(record);
        CheckResult r = BundledCheckers.zh().check(JSON.writeValueAsString(record), "t.json").get(0);
        assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.CHECKED);
        return r;
    }

    private static Finding only(CheckResult r, String ruleId) {
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals(ruleId)).toList();
        assertThat(f).as(ruleId + " in " + r.findings()).hasSize(1);
        return f.get(0);
    }

    private static void noneOf(CheckResult r, String ruleId) {
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals(ruleId));
        assertThat(r.notChecked()).noneMatch(n -> n.ruleId().equals(ruleId));
    }

    /** The quorum of the second session missed: 7 of 12 present. */
    private static void quorumShort(ObjectNode r) {
        ObjectNode s = (ObjectNode) r.path("sessions").get(1);
        s.put("deputiesPresent", 7);
        s.path("agenda").forEach(a -> ((ObjectNode) a.get("vote")).put("for", 7).put("against", 0).put("abstain", 0));
    }

    @Test
    void a2021RecordCitesThe2015TextAndGetsNoQuorumFinding() throws Exception {
        CheckResult r = check(base("township", -3), x -> {
            quorumShort(x);
            ((ObjectNode) x.path("sessions").get(1)).remove("schedulePublishedDate");
            // a vice-chairman who is also a deputy township head: 组织法 2022 第十八条第二款 = 2015 第十四条第二款
            ((ArrayNode) x.path("officers").get(1).withArray("otherPosts")).addObject()
                    .put("title", "副镇长").put("organ", "ADMINISTRATIVE");
            // no government work report heard: 2022 第十二条第八项 = 2015 第九条第八项
            x.path("sessions").forEach(s -> ((ArrayNode) s.get("agenda")).removeIf(
                    a -> a.path("type").asText().equals("GOVERNMENT_WORK_REPORT")
                            || a.path("type").asText().equals("PRESIDIUM_WORK_REPORT")));
        });
        noneOf(r, "SESSION-QUORUM-001");  // quorum clause new in 2022
        noneOf(r, "SESSION-PUBLISH-001"); // 主席团决定，并予以公布 new in 2022
        noneOf(r, "SESSION-FREQ-002");
        noneOf(r, "SUGG-REPORT-001");

        Citation admin = only(r, "CHAIR-ADMIN-001").basis().get(0);
        assertThat(admin.law()).isEqualTo(ORG);
        assertThat(admin.version()).isEqualTo("2015");
        assertThat(admin.article()).isEqualTo("第十四条第二款");
        assertThat(admin.articleText()).startsWith("第十四条 乡、民族乡、镇的人民代表大会设主席")
                .contains("不得担任国家行政机关的职务");

        Citation gov = only(r, "GOV-REPORT-001").basis().get(0);
        assertThat(gov.version()).isEqualTo("2015");
        assertThat(gov.article()).isEqualTo("第九条第八项");
        assertThat(gov.articleText()).startsWith("第九条");

        // 第十二条第九项 has no 2015 counterpart: left out; 第十九条第二款 → 第十五条第二款 stays
        List<Citation> presidium = only(r, "PRESIDIUM-REPORT-001").basis();
        assertThat(presidium).extracting(Citation::article).containsExactly("第十五条第二款");
        assertThat(presidium.get(0).version()).isEqualTo("2015");
    }

    @Test
    void theSameFaultsIn2024CiteThe2022Text() throws Exception {
        CheckResult r = check(base("township", 0), x -> {
            quorumShort(x);
            ((ArrayNode) x.path("officers").get(1).withArray("otherPosts")).addObject()
                    .put("title", "副镇长").put("organ", "ADMINISTRATIVE");
        });
        assertThat(only(r, "SESSION-QUORUM-001").basis().get(0).version()).isEqualTo("2022");
        Citation admin = only(r, "CHAIR-ADMIN-001").basis().get(0);
        assertThat(admin.version()).isEqualTo("2022");
        assertThat(admin.article()).isEqualTo("第十八条第二款");
    }

    @Test
    void in2022TheQuorumRuleJudgesOnlySessionsFromTheTwelfthOfMarch() throws Exception {
        // the township example moved to 2022: sessions on 2022-01-17 and 2022-07-18, both short
        CheckResult r = check(base("township", -2), x -> {
            quorumShort(x);
            ObjectNode s0 = (ObjectNode) x.path("sessions").get(0);
            s0.put("deputiesPresent", 7);
            s0.path("agenda").forEach(a -> {
                if (a.has("vote")) {
                    ((ObjectNode) a.get("vote")).put("for", 7).put("against", 0).put("abstain", 0);
                }
            });
        });
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("SESSION-QUORUM-001")).map(Finding::path))
                .containsExactly("/sessions/1");
    }

    @Test
    void anExtraordinarySessionBefore2022CitesTheOldParagraph() throws Exception {
        CheckResult r = check(base("township", -3), x -> {
            ObjectNode s = (ObjectNode) x.path("sessions").get(1);
            s.put("kind", "EXTRAORDINARY").put("proposingDeputies", 2);
        });
        Citation c = only(r, "SESSION-EXTRA-001").basis().get(0);
        assertThat(c.version()).isEqualTo("2015");
        assertThat(c.article()).isEqualTo("第十一条第二款");
        assertThat(c.articleText()).contains("五分之一以上代表提议");
    }

    @Test
    void recordsBefore2021AreRejectedWithOneErrorAtYear() throws Exception {
        ObjectNode r = base("township", -4);
        CheckResult result = BundledCheckers.zh().check(JSON.writeValueAsString(r), "t.json").get(0);
        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).path()).isEqualTo("/year");
        assertThat(result.errors().get(0).message()).isEqualTo("本规则库适用于 2021 年及以后的记录");
        // 2021 itself is checked
        assertThat(BundledCheckers.zh().check(JSON.writeValueAsString(base("township", -3)), "t.json").get(0).status())
                .isEqualTo(Status.CHECKED);
    }

    @Test
    void theLoudiPackAppliesFrom2025() throws Exception {
        Consumer<ObjectNode> noLawInspection = x -> ((ArrayNode) x.get("activities"))
                .removeIf(a -> a.path("type").asText().equals("LAW_ENFORCEMENT_INSPECTION"));
        CheckResult y2024 = check(base("township", 0), noLawInspection);
        assertThat(y2024.findings()).noneMatch(f -> f.ruleId().startsWith("LD-"));
        assertThat(y2024.notChecked()).noneMatch(n -> n.ruleId().startsWith("LD-"));
        CheckResult y2025 = check(base("township", 1), noLawInspection);
        assertThat(only(y2025, "LD-LAW-INSPECT-001").basis()).extracting(Citation::article)
                .contains("第十九条第二款");
    }

    @Test
    void aRolledOverDeadlineIsNamedInTheMessage() throws Exception {
        CheckResult r = check(base("township", 0), x -> {
            ObjectNode s = (ObjectNode) x.path("sessions").get(1);
            s.put("startDate", "2024-09-10").put("endDate", "2024-09-11");
            ((ObjectNode) s.path("agenda").get(1)).put("publishedDate", "2024-09-20");
            ((ObjectNode) s.path("agenda").get(0)).put("publishedDate", "2024-10-09");
        });
        Finding f = only(r, "BUDGET-PUBLISH-001");
        assertThat(f.message()).contains("2024-10-08（期限末日 2024-10-01 为法定休假日，顺延至 2024-10-08）");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aDeadlineInAYearTheCalendarDoesNotListIsSaidOnce() throws Exception {
        // a 2026 street record checked as of 2027-03-31: two suggestions due in January 2027, unanswered
        CheckResult r = check(base("street", 1), x -> {
            x.put("asOfDate", "2027-03-31");
            ArrayNode g = x.putArray("suggestions");
            g.addObject().put("id", "J1").put("submittedDate", "2026-09-25").put("assignedDate", "2026-10-02");
            g.addObject().put("id", "J2").put("submittedDate", "2026-09-25").put("assignedDate", "2026-10-09");
        });
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("SUGG-REPLY-001"))).hasSize(2);
        // 2027-01-02 is a Saturday: rolled over to Monday 2027-01-04, weekends only
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.message()).contains("顺延至 2027-01-04"));
        assertThat(r.notes()).containsExactly("法定节假日表未收录 2027 年：该年到期的期限仅按周六、周日顺延（民法典第二百零三条）。");
    }

    @Test
    void aCitationForOneKindOfBodyIsCitedForThatKindOnly() throws Exception {
        CheckResult township = check(base("township", 1), x ->
                ((ObjectNode) x.path("normativeDocuments").get(0)).remove("filedWithPresidiumDate"));
        assertThat(only(township, "LD-NORMDOC-001").basis()).extracting(Citation::article)
                .containsExactly("规范性文件备案审查", "第十二条第十项");
        CheckResult street = check(base("street", 0), x -> x.putArray("normativeDocuments").addObject()
                .put("id", "N1").put("title", "示例街道背街小巷管理办法").put("issuedDate", "2025-05-01"));
        assertThat(only(street, "LD-NORMDOC-001").basis()).extracting(Citation::article)
                .containsExactly("规范性文件备案审查", "第五十九条第三款");
    }

    @Test
    void validateNamesCitationMistakesWithFileAndLine(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("county");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"county\", \"version\": \"0.1.0\", \"title\": \"县\","
                + " \"titleEn\": \"County\", \"parameters\": {}}");
        String rule = String.join("\n",
                "package renda.packs.county;",
                "import org.renda.check.model.*;",
                "global Findings findings;",
                "",
                "rule \"CTY-SESSION-001\"",
                "    @id(\"CTY-SESSION-001\") @severity(\"WARNING\") @appliesTo(\"TOWNSHIP\") @needs(\"sessions\")",
                "    @yearComplete(\"false\") @since(\"0.1.0\") @title(\"测试\") @titleEn(\"Test\")",
                "    @basis(\"组织法 第九十九条; 组织法 第十四条第九款; 组织法 第三十条; 县规定 第一条; 代表法 第五十一条第二款 [2015: 第八十条]\")",
                "    @message(\"会议 {session}\") @messageEn(\"Session {session}\") @remedy(\"整改\") @remedyEn(\"Fix\")",
                "when",
                "    $s : Session( halfDays < 1 )",
                "then",
                "    findings.report($s.path(), $s.startDate(), \"session\", $s.label());",
                "end",
                "");
        Files.writeString(pack.resolve("CTY-SESSION-001.drl"), rule, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Checker.builder().noBundledPacks().packDirectory(pack).build())
                .isInstanceOf(CheckerBuildException.class)
                .satisfies(e -> {
                    String msg = e.getMessage();
                    assertThat(msg).contains("CTY-SESSION-001.drl:5");
                    assertThat(msg).contains("第九十九条 不在法规文本（2022 年版本）中");
                    assertThat(msg).contains("第十四条第九款 不在法规文本（2022 年版本）中（第十四条只有 4 款）");
                    assertThat(msg).contains("第三十条 在 2015 年版本的条文对照表中没有条目");
                    assertThat(msg).contains("法规库中没有的法规简称 县规定");
                    assertThat(msg).contains("第八十条 不在法规文本（2015 年版本）中");
                });
    }

    @Test
    void theBundledConcordanceIsConsistentWithTheTexts() {
        // built without a problem: every concordance entry names articles present in both texts
        assertThat(BundledCheckers.zh().rules()).hasSizeGreaterThanOrEqualTo(59);
        Pattern row = Pattern.compile("\\| (第[^|]+?) \\| (第[^|]+?|—) \\|");
        // the catalogue's concordance, as published in the spec, is the bundled one
        String spec = readSpecCatalogue();
        if (spec != null) {
            String laws = readResource("renda/laws/laws.json");
            Matcher m = row.matcher(spec.substring(spec.indexOf("| 2022 article | 2015 article |")));
            int rows = 0;
            while (m.find()) {
                String from = m.group(1).replace(" (whole)", "").replaceAll(" \\(and its 款\\)", "*").strip();
                String to = m.group(2).strip().replaceAll(" \\(same 款\\)", "*");
                assertThat(laws).as(from).contains("\"" + from + "\": " + (to.equals("—") ? "null" : "\"" + to + "\""));
                rows++;
            }
            assertThat(rows).isEqualTo(25);
        }
    }

    @Test
    void aConcordanceEntryThatPointsNowhereIsAProblemOfLawsJson() {
        String bad = readResource("renda/laws/laws.json")
                .replace("\"第二十条\": \"第十六条\"", "\"第二十条\": \"第九十九条\"")
                .replace("\"第七条\": \"第一条\"", "\"第二百条\": \"第一条\"");
        ClassLoader loader = new ClassLoader(Checker.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals("renda/laws/laws.json")
                        ? new java.io.ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)) : super.getResourceAsStream(name);
            }
        };
        List<String> problems = org.renda.check.internal.LawLibrary.load(loader).lintLibrary().stream().map(Object::toString).toList();
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("renda/laws/laws.json:")
                .contains("第九十九条 不在法规文本（2015 年版本）中"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("第二百条 不在法规文本（2022 年版本）中"));
        assertThat(org.renda.check.internal.LawLibrary.load(Checker.class.getClassLoader()).lintLibrary()).isEmpty();
    }

    private static String readResource(String name) {
        try (InputStream in = Checker.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** ../shared/spec/rule-catalogue.md beside the checkout, when present (it is in CI and on developers' machines). */
    private static String readSpecCatalogue() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared/spec/rule-catalogue.md");
            if (Files.isRegularFile(c)) {
                try {
                    return Files.readString(c);
                } catch (java.io.IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
