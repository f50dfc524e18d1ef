package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 through the command line: the ranked JSON report, periods, duplicates, --county, --baseline, DOCX. */
class ReviewCliTest {

    private static final ObjectMapper M = new ObjectMapper();
    private static final String[] SECTIONS = {"term", "officers", "deputies", "sessions", "presidiumMeetings",
        "committeeMeetings", "reportsToCounty", "budget", "activities", "stations", "suggestions", "livelihoodProjects",
        "normativeDocuments", "residentCouncils", "disclosures"};

    @TempDir
    static Path dir;

    private static ObjectNode township() throws Exception {
        return (ObjectNode) M.readTree(Path.of(CliTest.TOWNSHIP).toFile());
    }

    private static Path write(String name, JsonNode record) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        M.writeValue(p.toFile(), record);
        return p;
    }

    private static ObjectNode named(ObjectNode r, String name, String county, int year) {
        ObjectNode c = r.deepCopy();
        ((ObjectNode) c.get("body")).put("name", name).put("county", county);
        c.put("year", year);
        c.put("recordId", "娄底市/" + county + "/" + name + "/" + year);
        return c;
    }

    /** Before: session S1 elected no presidium and S2 sat one half-day only. */
    private static ObjectNode before() throws Exception {
        ObjectNode r = named(township(), "甲镇", "双峰县", 2024);
        ((ObjectNode) r.get("sessions").get(0)).put("presidiumElected", false);
        ((ObjectNode) r.get("sessions").get(1)).put("halfDays", 1);
        return r;
    }

    private static Path empty;
    private static Path clean;
    private static Path breach;

    @BeforeAll
    static void records() throws Exception {
        ObjectNode e = named(township(), "空白镇", "双峰县", 2024);
        for (String s : SECTIONS) {
            e.remove(s);
        }
        empty = write("a/empty.json", e);
        clean = write("a/clean.json", named(township(), "乙镇", "双峰县", 2024));
        breach = write("a/breach.json", before());
    }

    private static JsonNode result(JsonNode report, String name) {
        for (JsonNode r : report.path("results")) {
            if (r.path("body").path("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + name);
    }

    private static List<String> ids(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.path("ruleId").asText() + "@" + f.path("fingerprint").asText() + "@"
                + f.path("baseline").asText("-")));
        return out;
    }

    @Test
    void theJsonReportCarriesScoreBandFormulaAndRankAndTheEmptyRecordRanksLast() throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "json", empty.toString(), clean.toString(), breach.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode report = M.readTree(r.out());
        JsonNode c = result(report, "乙镇");
        assertThat(c.path("score").asInt()).isEqualTo(100);
        assertThat(c.path("band").asText()).isEqualTo("优秀");
        assertThat(c.path("formula").asText()).isEqualTo("100 = 100");
        assertThat(c.path("rankInCounty").asInt()).isEqualTo(1);
        assertThat(c.path("period").asText()).isEqualTo("2024");
        JsonNode b = result(report, "甲镇");
        assertThat(ids(b.path("findings"))).containsExactly(
                "SESSION-PRESIDIUM-001@SESSION-PRESIDIUM-001:/sessions/S1@-",
                "HN-SESSION-DURATION-001@HN-SESSION-DURATION-001:/sessions/S2@-");
        assertThat(b.path("score").asInt()).isEqualTo(93);
        assertThat(b.path("formula").asText()).isEqualTo("100 − 1×5（错误） − 1×2（警告） = 93");
        assertThat(b.path("rankInCounty").asInt()).isEqualTo(2);
        JsonNode e = result(report, "空白镇");
        assertThat(e.path("score").asInt()).isZero();
        assertThat(e.path("band").asText()).isEqualTo("通报");
        assertThat(e.path("formula").asText()).matches("100 − \\d+×5（未报送） = -\\d+，保底 0；未报送任何内容，排名列后");
        assertThat(e.path("rankInCounty").asInt()).isEqualTo(3);
        assertThat(report.path("counties")).hasSize(1);
        assertThat(report.path("counties").get(0).path("county").asText()).isEqualTo("双峰县");
        assertThat(report.path("counties").get(0).path("bodies").asInt()).isEqualTo(3);
        assertThat(report.path("warnings")).isEmpty();
    }

    @Test
    void yearsNeverShareARankingTheSameBodyTwiceIsRankedOnceAndCountyFilters() throws Exception {
        // the same township a year later: every date moved on by one year
        Path y2025 = write("b/乙镇-2025.json", named((ObjectNode) M.readTree(Files.readString(Path.of(CliTest.TOWNSHIP))
                .replace("2024", "2025").replace("2023", "2024")), "乙镇", "双峰县", 2025));
        Path again = write("b/again.json", before());
        Path other = write("b/other.json", named(township(), "丙镇", "新化县", 2024));
        CliTest.Run r = CliTest.run("check", "--format", "json", breach.toString(), y2025.toString(), again.toString(),
                other.toString());
        JsonNode report = M.readTree(r.out());
        JsonNode results = report.path("results");
        assertThat(results.get(0).path("rankInCounty").asInt()).isEqualTo(1);
        assertThat(results.get(1).path("period").asText()).isEqualTo("2025");
        assertThat(results.get(1).path("rankInCounty").asInt()).as("alone in 2025").isEqualTo(1);
        assertThat(results.get(2).path("rankInCounty").isNull()).isTrue();
        assertThat(results.get(2).path("duplicateOf").asText()).isEqualTo(breach.toString());
        String warning = "同一单位在本批记录中出现两次：甲镇（双峰县，2024年）见 " + breach + " 和 " + again + "；只以前者参加排名。";
        assertThat(report.path("warnings")).extracting(JsonNode::asText).containsExactly(warning);
        assertThat(r.err()).contains("renda-check: " + warning);
        assertThat(report.path("counties")).extracting(x -> x.path("county").asText() + "/" + x.path("period").asText())
                .containsExactlyInAnyOrder("双峰县/2024", "新化县/2024", "双峰县/2025");

        CliTest.Run only = CliTest.run("check", "--format", "json", "--county", "新化县", breach.toString(), other.toString());
        JsonNode filtered = M.readTree(only.out()).path("results");
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).path("body").path("county").asText()).isEqualTo("新化县");
    }

    @Test
    void aRecheckWithTheBaselineShowsWhatWasFixedAndWhatPersistsAfterTheRecordWasRefilled() throws Exception {
        Path base = dir.resolve("base.json");
        assertThat(CliTest.run("check", "--format", "json", "--out", base.toString(), breach.toString(), clean.toString()).code())
                .isEqualTo(1);
        // re-filled: sessions in the other order, the half-day fixed, still no presidium; 乙镇 now breaches
        ObjectNode after = before();
        ArrayNode sessions = (ArrayNode) after.get("sessions");
        JsonNode first = sessions.remove(0);
        sessions.add(first);
        ((ObjectNode) sessions.get(0)).put("halfDays", 2);
        ObjectNode yi = named(township(), "乙镇", "双峰县", 2024);
        ((ObjectNode) yi.get("sessions").get(1)).put("halfDays", 1);
        Path a = write("c/甲镇.json", after);
        Path y = write("c/乙镇.json", yi);
        CliTest.Run r = CliTest.run("check", "--format", "json", "--baseline", base.toString(), a.toString(), y.toString());
        JsonNode report = M.readTree(r.out());
        JsonNode jia = result(report, "甲镇");
        assertThat(ids(jia.path("findings"))).containsExactly("SESSION-PRESIDIUM-001@SESSION-PRESIDIUM-001:/sessions/S1@PERSISTING");
        assertThat(jia.path("findings").get(0).path("path").asText()).isEqualTo("/sessions/1");
        assertThat(jia.path("resolved")).extracting(x -> x.path("fingerprint").asText())
                .containsExactly("HN-SESSION-DURATION-001:/sessions/S2");
        assertThat(jia.path("baseline").path("score").asInt()).isEqualTo(93);
        assertThat(jia.path("baseline").path("rankInCounty").asInt()).isEqualTo(2);
        assertThat(jia.path("score").asInt()).isEqualTo(95);
        JsonNode yiResult = result(report, "乙镇");
        assertThat(ids(yiResult.path("findings"))).containsExactly("HN-SESSION-DURATION-001@HN-SESSION-DURATION-001:/sessions/S2@NEW");
        assertThat(yiResult.path("resolved")).isEmpty();
        assertThat(report.path("counties").get(0).path("baseline").path("averageScore").asDouble()).isEqualTo(96.5);
        // the same order in every run (it once came from Map.of, whose order changes from JVM to JVM)
        assertThat(report.path("counties").get(0).path("baseline").fieldNames())
                .toIterable().containsExactly("period", "bodies", "averageScore", "rank");

        CliTest.Run text = CliTest.run("check", "--baseline", base.toString(), a.toString(), y.toString());
        assertThat(text.out()).contains("• 【仍未整改】[SESSION-PRESIDIUM-001]", "• 【新增】[HN-SESSION-DURATION-001]",
                "■ 已整改（上次检查有、本次已消除，1 项）", "✓ [HN-SESSION-DURATION-001]", "上次：得分 93（优秀），县内第 2 名");
    }

    @Test
    void aBaselineThatIsNotAReportAndABadScoringSchemeAreUsageErrors() throws Exception {
        CliTest.Run r = CliTest.run("check", "--baseline", clean.toString(), clean.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--baseline " + clean + ": 不是 renda-check 的 JSON 报告（check --format json 所写）：缺少 /tool");
        Path params = dir.resolve("p.json");
        Files.writeString(params, "{\"scoring\": {\"caps\": {\"开好会\": \"十\"}}}");
        CliTest.Run p = CliTest.run("check", "--params", params.toString(), clean.toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("scoring.caps.开好会 应为非负整数，实为 \"十\"");
        CliTest.Run d = CliTest.run("check", "--format", "docx", clean.toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("--format docx 输出的是文件，请加 --out 文件名.docx");
    }

    private static List<String> texts(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            out.add(p.getText());
        }
        return out;
    }

    @Test
    void theBulletinAndTheReviewPackReadBackWithTitleSectionsFontsAndTable() throws Exception {
        Path docx = dir.resolve("通报.docx");
        CliTest.Run r = CliTest.run("check", "--format", "docx", "--out", docx.toString(), "--issuer", "双峰县人大常委会办公室",
                "--rectify-by", "2025-04-30", empty.toString(), clean.toString(), breach.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = texts(doc);
            assertThat(text).contains("关于2024年乡镇（街道）\n人大工作情况的通报", "各县（市、区）人大常委会，各乡镇人大、街道人大工委：",
                    "一、总体情况", "二、表扬单位", "三、存在的问题及整改要求", "四、工作要求", "双峰县人大常委会办公室", "附件",
                    "（一）双峰县空白镇（0 分）");
            assertThat(text).anyMatch(t -> t.startsWith("以下单位得分达到“优秀”档次（90 分及以上），予以通报表扬：双峰县：乙镇（100 分）、甲镇（93 分）"));
            assertThat(text).anyMatch(t -> t.contains("请于2025年4月30日前整改到位"));
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("关于")).findFirst().orElseThrow();
            assertThat(title.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("检查记录")).findFirst().orElseThrow();
            assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("序号", "县（市、区）", "单位", "得分", "档次", "县内名次");
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(3).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("3", "双峰县", "空白镇", "0", "通报", "3");
        }
        Path pack = dir.resolve("讲评.docx");
        assertThat(CliTest.run("check", "--format", "docx", "--docx", "review", "--out", pack.toString(), breach.toString()).code())
                .isEqualTo(1);
        try (InputStream in = Files.newInputStream(pack); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = texts(doc);
            assertThat(text).contains("2024年乡镇（街道）\n人大工作讲评会材料", "一、问题统计", "二、各单位问题（按“六个好”归类）",
                    "（一）双峰县甲镇（93 分，优秀）", "三、排名与计算");
            assertThat(text).anyMatch(t -> t.startsWith("开好会（2 项）："));
            assertThat(doc.getTables().get(1).getRow(1).getTableCells()).extracting(c -> c.getText())
                    .startsWith("HN-SESSION-DURATION-001", "会期缩水", "警告", "开好会", "1", "1");
            XWPFTable ranking = doc.getTables().get(2);
            assertThat(ranking.getRow(1).getCell(6).getText()).isEqualTo("100 − 1×5（错误） − 1×2（警告） = 93");
        }
    }

    @Test
    void withLangEnTheBulletinAndTheReviewPackAreInEnglish() throws Exception {
        Path docx = dir.resolve("bulletin-en.docx");
        CliTest.Run r = CliTest.run("check", "--lang", "en", "--format", "docx", "--out", docx.toString(), "--issuer", "Office",
                "--rectify-by", "2025-04-30", empty.toString(), clean.toString(), breach.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = texts(doc);
            assertThat(text).contains("Bulletin for 2024 on the work of the township\npeople's congresses and street committees",
                    "1. Overview", "2. Commended bodies", "3. Problems and rectification", "4. Requirements", "Office", "Attachment",
                    "(1) 空白镇, 双峰县 (0 points)");
            assertThat(text).anyMatch(t -> t.startsWith("The following bodies scored in the band \"excellent\" (90 points or more)"
                    + " and are commended: 双峰县: 乙镇 (100 points), 甲镇 (93 points)."));
            assertThat(text).anyMatch(t -> t.contains("They are to rectify the problems by 30 April 2025"));
            // every Han character left is a body's or a county's name (the records' own words)
            for (String t : text) {
                assertThat(t.replaceAll("双峰县|空白镇|乙镇|甲镇", "")).as(t).doesNotContainPattern("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
            }
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("1. Overview")).findFirst().orElseThrow();
            assertThat(heading.getRuns().get(0).isBold()).isTrue();
            assertThat(doc.getTables().get(0).getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("No.", "County (city, district)", "Body", "Score", "Band", "Rank in county");
            assertThat(doc.getTables().get(0).getRow(3).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("3", "双峰县", "空白镇", "0", "named in the bulletin", "3");
        }
        Path pack = dir.resolve("review-en.docx");
        assertThat(CliTest.run("check", "--lang", "en", "--format", "docx", "--docx", "review", "--out", pack.toString(),
                breach.toString()).code()).isEqualTo(1);
        try (InputStream in = Files.newInputStream(pack); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = texts(doc);
            assertThat(text).contains("Review meeting, 2024: the township\npeople's congresses and street committees",
                    "1. Findings in figures", "2. Findings by body (grouped by the six goods)", "(1) 甲镇, 双峰县 (93 points, excellent)",
                    "3. Ranking and computation");
            assertThat(text).anyMatch(t -> t.startsWith("Good sessions (2): "));
            assertThat(doc.getTables().get(1).getRow(1).getTableCells()).extracting(c -> c.getText())
                    .startsWith("HN-SESSION-DURATION-001").contains("WARNING", "Good sessions");
            assertThat(doc.getTables().get(2).getRow(1).getCell(6).getText()).isEqualTo("100 − 1×5 (ERROR) − 1×2 (WARNING) = 93");
        }
    }
}
