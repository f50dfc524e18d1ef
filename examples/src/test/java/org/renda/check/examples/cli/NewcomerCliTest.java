package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.internal.JsonPatch;

/** Issue 14: what a newcomer trips over — report order, Chinese usage errors, missing input, params, validate. */
class NewcomerCliTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode township() throws Exception {
        try (InputStream in = org.renda.check.Checker.class.getResourceAsStream("fixtures/township.json")) {
            return JSON.readTree(in);
        }
    }

    static JsonNode patched(String name, String patch) throws Exception {
        String ops = "[{\"op\":\"replace\",\"path\":\"/recordId\",\"value\":\"娄底市/双峰县/" + name + "/2024\"},"
                + "{\"op\":\"replace\",\"path\":\"/body/name\",\"value\":\"" + name + "\"}" + (patch.isEmpty() ? "" : "," + patch) + "]";
        return JsonPatch.apply(township(), JSON.readTree(ops));
    }

    /** Two records late in assigning a suggestion (SUGG-ASSIGN-001), one late in publishing (BUDGET-PUBLISH-001); 2024-02-20 is late also after the Spring Festival roll-over of the deadline (2024-02-16 → 2024-02-18). */
    static Path batch(Path dir) throws Exception {
        ArrayNode all = JSON.createArrayNode();
        all.add(patched("甲镇", "{\"op\":\"replace\",\"path\":\"/suggestions/0/assignedDate\",\"value\":\"2024-02-20\"}"));
        all.add(patched("乙镇", "{\"op\":\"replace\",\"path\":\"/suggestions/0/assignedDate\",\"value\":\"2024-02-20\"}"));
        all.add(patched("丙镇", "{\"op\":\"replace\",\"path\":\"/sessions/1/agenda/0/publishedDate\",\"value\":\"2024-08-08\"}"));
        ObjectNode broken = (ObjectNode) township().deepCopy();
        broken.put("year", "二〇二四");
        all.add(broken);
        Path f = dir.resolve("batch.json");
        Files.writeString(f, JSON.writeValueAsString(all), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void textReportOpensWithHeaderAndSummaryThenDetails(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.txt");
        CliTest.Run r = CliTest.run("check", "--out", out.toString(), batch(dir).toString());
        assertThat(r.code()).isEqualTo(1); // one REJECTED record
        assertThat(r.err()).isEqualTo("renda-check: 报告已写入 " + out.toAbsolutePath() + "（4 条记录）" + System.lineSeparator());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).isEqualTo("娄底市双峰县 2024 年度乡镇人大、街道人大工委履职检查报告");
        assertThat(lines.get(2)).matches("  生成时间：\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d（北京时间）");
        assertThat(lines.get(3)).isEqualTo("  规则包：");
        assertThat(lines.get(4)).startsWith("    national ").contains("国家法律（");
        String text = String.join("\n", lines);
        assertThat(text).contains("  参数：全部为默认值");
        int summary = lines.indexOf("汇总");
        int details = lines.indexOf("各单位检查结果");
        int firstRecord = indexOfPrefix(lines, "【已检查】");
        assertThat(summary).isPositive().isLessThan(details);
        assertThat(details).isLessThan(firstRecord);
        // by rule: most findings first, columns aligned whatever the ID width
        int table = lines.indexOf("按规则（按问题数从多到少）");
        List<String> rows = new ArrayList<>();
        for (int i = table + 2; i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank(); i++) {
            rows.add(lines.get(i));
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("  SUGG-ASSIGN-001").contains(" national ").contains("警告");
        assertThat(rows.get(1)).startsWith("  BUDGET-PUBLISH-001").contains("错误");
        assertThat(TextReport.width(rows.get(0).substring(0, rows.get(0).indexOf("national"))))
                .isEqualTo(TextReport.width(rows.get(1).substring(0, rows.get(1).indexOf("national"))));
        String head = lines.get(table + 1);
        assertThat(TextReport.width(head.substring(0, head.indexOf("规则包"))))
                .isEqualTo(TextReport.width(rows.get(0).substring(0, rows.get(0).indexOf("national"))));
        // places for people count from 1, the JSON Pointer stays
        assertThat(text).contains("    位置：代表建议 第1条（/suggestions/0）")
                .contains("  • [SUGG-ASSIGN-001] 代表建议交办不及时（规则包 national）")
                .contains("  来源：" + dir.resolve("batch.json") + "，第 4 条");
    }

    static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void usageErrorsAreChineseAndExitTwo() {
        CliTest.Run missing = CliTest.run("check");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("renda-check check: 缺少必需的参数 PATH" + System.lineSeparator())
                .contains("用 “renda-check check --help” 查看可用的选项。").doesNotContain("Missing");
        CliTest.Run unknown = CliTest.run("check", "--formt", "html", CliTest.TOWNSHIP);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("renda-check check: 未知的选项 --formt（第 2 个参数）；是不是想写 --format？");
        CliTest.Run fr = CliTest.run("check", "--lang", "fr", CliTest.TOWNSHIP);
        assertThat(fr.code()).isEqualTo(2);
        assertThat(fr.err()).startsWith("renda-check check: --lang 只能是 zh（中文）或 en（英文），实为 “fr”")
                .doesNotContain("内部错误");
        CliTest.Run format = CliTest.run("check", "--format", "xml", CliTest.TOWNSHIP);
        assertThat(format.err()).startsWith("renda-check check: --format 只能是 text、json、html、docx 之一，实为 “xml”");
        CliTest.Run noValue = CliTest.run("check", CliTest.TOWNSHIP, "--out");
        assertThat(noValue.code()).isEqualTo(2);
        assertThat(noValue.err()).startsWith("renda-check check: 选项 --out 后面缺少取值");
        CliTest.Run command = CliTest.run("chek");
        assertThat(command.err()).startsWith("renda-check: 未知的子命令 chek（可用：check、due、template、convert、rules、params、validate、test、help）；是不是想写 check 或 help？");
        CliTest.Run en = CliTest.run("check", "--lang", "en", "--formt", "x", CliTest.TOWNSHIP);
        assertThat(en.err()).startsWith("renda-check check: unknown option --formt (argument 4); did you mean --format?");
    }

    @Test
    void inputThatIsNotThereIsNotClean(@TempDir Path dir) throws Exception {
        CliTest.Run none = CliTest.run("check", dir.resolve("nowhere").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("renda-check check: 文件或目录不存在：" + dir.resolve("nowhere"));
        assertThat(none.out()).isEmpty();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliTest.Run e = CliTest.run("check", empty.toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).isEqualTo("renda-check: 未找到任何记录文件（*.json、*.xlsx）：" + empty + System.lineSeparator());
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("记录.txt"), "not a record file: neither .json nor .xlsx");
        CliTest.Run o = CliTest.run("check", other.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("未找到任何记录文件");
    }

    @Test
    void syntaxErrorsSayLineColumnAndWhatInChinese(@TempDir Path dir) throws Exception {
        Path record = dir.resolve("r.json");
        Files.writeString(record, "{\n  \"recordId\": \"a\"\n  \"year\": 2024\n}");
        CliTest.Run r = CliTest.run("check", record.toString());
        assertThat(r.out()).contains("  ✗ /  不是有效的 JSON：第 3 行第 3 列：遇到 “\"”，此处应为逗号（对象的各项之间用逗号分隔）或右花括号 }");
        Path yaml = dir.resolve("county.yaml");
        Files.writeString(yaml, "minSessionHalfDays: 3\nstationVisitsPerYear：6\n");
        CliTest.Run y = CliTest.run("check", "--params", yaml.toString(), CliTest.TOWNSHIP);
        assertThat(y.code()).isEqualTo(2);
        assertThat(y.err()).contains(yaml + ": 不是有效的 YAML：第 2 行第 1 列：找不到键后的冒号“: ”。"
                + "第 2 行用了全角冒号“：”，YAML 中键和值之间应使用半角冒号加空格“: ”");
        Path pack = Files.createDirectory(dir.resolve("p"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"p\", \"version\": 1.0.0}");
        CliTest.Run p = CliTest.run("validate", pack.toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("  " + pack + "/pack.json 不是有效的 JSON：第 1 行第 27 列：遇到 “.”，此处应为逗号");
    }

    @Test
    void paramsListsEveryParameterWithItsMeaning() throws Exception {
        CliTest.Run json = CliTest.run("params", "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode params = JSON.readTree(json.out()).path("parameters");
        JsonNode half = null;
        JsonNode reply = null;
        for (JsonNode p : params) {
            if (p.path("name").asText().equals("minSessionHalfDays")) {
                half = p;
            } else if (p.path("name").asText().equals("replyMonths")) {
                reply = p;
            }
            assertThat(p.path("description").asText()).as(p.toString()).isNotBlank();
            assertThat(p.path("basis").asText()).as(p.toString()).isNotBlank();
        }
        assertThat(half.path("pack").asText()).isEqualTo("hunan");
        assertThat(half.path("default").asInt()).isEqualTo(2);
        assertThat(half.path("description").asText()).isEqualTo("例会会期的最少半天数");
        assertThat(half.path("fixed").asBoolean()).isFalse();
        assertThat(half.has("min")).isTrue();
        assertThat(reply.path("fixed").asBoolean()).isTrue();
        assertThat(reply.path("pack").asText()).isEqualTo("national");
        assertThat(reply.path("default").asInt()).isEqualTo(3);
        CliTest.Run text = CliTest.run("params", "--packs", "hunan");
        assertThat(text.out()).contains("minSessionHalfDays              hunan       2         ")
                .contains("    说明：例会会期的最少半天数").contains("可覆盖");
        CliTest.Run law = CliTest.run("params", "--packs", "national");
        assertThat(law.out()).containsPattern("replyMonths +national +3 +\\S* *否（法律规定）");
    }

    @Test
    void validateFindsWhatWouldOtherwiseReachTheReport(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectory(dir.resolve("t8"));
        Path national = Path.of("../rules-packs/src/main/resources/renda/packs/national");
        Files.writeString(pack.resolve("pack.json"), Files.readString(national.resolve("pack.json")).replace("\"id\": \"national\"", "\"id\": \"t8\""));
        String drl = Files.readString(national.resolve("SESSION-QUORUM-001.drl"));
        Files.writeString(pack.resolve("SESSION-QUORUM-001.drl"), drl.replace("{required}", "{requird}")
                .replace("deputiesPresent * 3 < deputiesTotal * 2", "deputiesPresent * 3 < deputiesTotl * 2"));
        String drl2 = Files.readString(national.resolve("SESSION-FREQ-002.drl")).replace("package renda.packs.national;", "package renda.packs.t8;");
        Files.writeString(pack.resolve("SESSION-FREQ-002.drl"), drl2.substring(0, drl2.stripTrailing().lastIndexOf("end")));
        CliTest.Run r = CliTest.run("validate", pack.toString());
        assertThat(r.code()).isEqualTo(2);
        int pkg = lineOf(drl, "package renda.packs.national;");
        int msg = lineOf(drl, "@message(");
        int when = lineOf(drl, "deputiesPresent * 3 < deputiesTotal * 2");
        String f = pack.resolve("SESSION-QUORUM-001.drl").toString();
        assertThat(r.err()).contains("  " + f + ":" + pkg + ": package 应为 renda.packs.t8（与 pack.json 中的 \"id\": \"t8\" 一致），实为 renda.packs.national")
                .contains("  " + f + ":" + msg + ": [SESSION-QUORUM-001] @message 中的 {requird} 没有由 then 部分的 findings.report(…) 传入值")
                .contains("是不是 required？")
                .contains("  " + f + ":" + when + ": [SESSION-QUORUM-001] 事实 Session 没有字段或方法 deputiesTotl，是不是 deputiesTotal？ —— Drools：Unable to Analyse Expression")
                .containsPattern(pack.resolve("SESSION-FREQ-002.drl") + ":\\d+: \\[SESSION-FREQ-002\\] 规则 SESSION-FREQ-002（第 \\d+ 行开始）缺少 end");
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
