package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.RecordFormat.Choice;
import org.renda.check.RecordFormat.Field;
import org.renda.check.RecordFormat.Kind;
import org.renda.check.RecordFormat.ObjectType;

/**
 * Generates {@code docs/record-format.md}, the Chinese field guide, from the record schema (via
 * {@link RecordFormat}): every section and object, every field with its type, whether required, Chinese
 * label and meaning, enum values with their labels, and the reading rules (what absence means). When the
 * committed file is stale this test rewrites it and fails, so the change is seen and committed.
 */
class FieldGuideDocTest {

    @Test
    void fieldGuideIsCurrent() throws Exception {
        String generated = generate(RecordFormat.get());
        Path doc = Path.of("..", "docs", "record-format.md");
        String current = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        if (!current.equals(generated)) {
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
        }
        assertThat(current).as("docs/record-format.md was stale and has been regenerated: review and commit it")
                .isEqualTo(generated);
    }

    @Test
    void theGuideNamesEveryFieldAndEveryEnumValue() {
        RecordFormat format = RecordFormat.get();
        String guide = generate(format);
        for (ObjectType t : format.types()) {
            for (Field f : t.fields()) {
                assertThat(guide).contains("| `" + f.name() + "` | " + f.title() + " |");
                for (Choice c : f.kind() == Kind.ENUM ? f.choices() : List.<Choice>of()) {
                    assertThat(guide).contains("`" + c.value() + "` " + c.zh());
                }
            }
        }
        assertThat(guide).contains("| `repliedDate` | 答复日期 | 日期 | 否 | 不填表示尚未答复。 |");
    }

    static String generate(RecordFormat format) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 记录格式 1.0 字段说明\n\n");
        sb.append("<!-- 由 rules-core 的 FieldGuideDocTest 根据记录格式的 JSON Schema 生成，请勿手工修改。"
                + " Generated from the record schema by FieldGuideDocTest. Do not edit by hand. -->\n\n");
        sb.append(format.description(Language.ZH)).append("一条记录是一个 JSON 文档（UTF-8），"
                + "或一个填好的工作簿（.xlsx，见 [工作簿](workbook.md)）；一个文件也可以是记录的数组，一个文件夹可以放多个文件。\n\n");
        sb.append("格式的唯一定义是 JSON Schema（draft 2020-12）"
                + "[`record-1.0.schema.json`](../rules-core/src/main/resources/org/renda/check/record-1.0.schema.json)："
                + "本说明、工作簿模板和消息中的中文名称都由它生成。示例记录："
                + "[乡镇](../rules-core/src/main/resources/org/renda/check/fixtures/township.json)、"
                + "[街道](../rules-core/src/main/resources/org/renda/check/fixtures/street.json)。\n\n");
        sb.append("## 阅读规则（不填的含义）\n\n");
        sb.append("""
                1. **某一部分不填 = 未报送。** 顶层的部分（如“人民代表大会会议”“闭会活动”）整个不填，表示本单位没有报送这部分；\
                需要它的规则对这条记录“未检查”，并在报告中说明，既不算通过也不算违反。在工作簿中即该表的填报状态为“未报送”。
                2. **空列表 = 本年无此事项。** 例如 `"sessions": []` 表示本年没有召开会议。在工作簿中即填报状态为“本年无此事项”。
                3. **事项中的日期不填（或为 null）= 该事项尚未发生**（截至截止日期）。例如代表建议没有答复日期，就是尚未答复。
                4. **截止日期**（`asOfDate`，不填即当年12月31日）是记录完整到的日期：截止日期以后才到期的期限尚未到期；\
                “全年至少一次”的要求只在截止日期为12月31日时检查；按季度、按月的要求只检查截止日期前已结束的季度、月份。
                5. 日期写作 `YYYY-MM-DD`。期间按民法典第二百零一、二百零二条计算：“某日后N日”到该日加N日止；\
                “某日后N个月”到N个月后的同一日止，没有同一日的到该月最后一日；期限的最后一日仍在期限内。\
                按规则目录 1.1，期限的最后一日是法定休假日的，顺延到休假日后的第一日（第二百零三条）。
                6. 人数、次数都是不小于0的整数；是否类字段填 true 或 false（工作簿中选“是”或“否”）。
                7. `null` 在任何地方都等同于不填：部分为 null 即未报送，必填字段为 null 即缺少必填字段。

                记录中出现格式没有定义的字段（包括拼错的字段名，如 `startdate`），记录即被拒收，不会被当作“没有填”。\
                另外，检查器还会拒收：不存在的日期（如 2024-02-30）、闭幕早于开幕、出席人数多于总数、\
                同一列表中重复的编号、引用了记录中没有的编号、会议或活动日期不在本年度内、日期晚于截止日期等。\
                被拒收的记录在报告中列出每一处错误的位置和应当怎样填写，不影响同一批的其他记录。

                """);
        sb.append("## 顶层字段\n\n");
        table(sb, format.root(), true);
        List<ObjectType> shown = new ArrayList<>();
        for (ObjectType t : format.types()) {
            if (t.name().equals("record") || shown.contains(t)) {
                continue;
            }
            shown.add(t);
            sb.append("<a id=\"").append(t.name()).append("\"></a>\n\n");
            sb.append("## ").append(t.title()).append("（").append(t.name()).append("）\n\n");
            List<String> usedBy = usedBy(format, t);
            if (!usedBy.isEmpty()) {
                sb.append("用于：").append(String.join("、", usedBy)).append("。\n\n");
            }
            table(sb, t, false);
        }
        return sb.toString();
    }

    private static List<String> usedBy(RecordFormat format, ObjectType target) {
        List<String> out = new ArrayList<>();
        for (ObjectType t : format.types()) {
            for (Field f : t.fields()) {
                if (f.object() == target) {
                    out.add(t.name().equals("record") ? f.title() + "（`" + f.name() + "`）"
                            : t.title() + "的" + f.title() + "（`" + f.name() + "`）");
                }
            }
        }
        return out;
    }

    private static void table(StringBuilder sb, ObjectType t, boolean top) {
        sb.append("| 字段 | 中文名 | 类型 | 必填 | 说明 |\n|---|---|---|---|---|\n");
        for (Field f : t.fields()) {
            String required = f.required() ? "是" : top && (f.kind() == Kind.OBJECT_LIST || f.kind() == Kind.OBJECT)
                    ? "否（部分）" : "否";
            List<String> meaning = new ArrayList<>();
            if (!f.description().isEmpty()) {
                meaning.add(f.description());
            }
            if (f.kind() == Kind.ENUM) {
                List<String> values = new ArrayList<>();
                f.choices().forEach(c -> values.add("`" + c.value() + "` " + c.zh()));
                meaning.add("取值：" + String.join("；", values) + "。");
            } else if (f.kind() == Kind.BOOLEAN && !f.choices().get(0).zh().equals("是")) {
                meaning.add("true 即“" + f.choice("true").zh() + "”，false 即“" + f.choice("false").zh() + "”。");
            }
            sb.append("| `").append(f.name()).append("` | ").append(f.title()).append(" | ").append(type(f))
                    .append(" | ").append(required).append(" | ").append(String.join(" ", meaning).replace("|", "\\|"))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private static String type(Field f) {
        return switch (f.kind()) {
            case CONST -> "固定值 `" + f.constValue() + "`";
            case STRING -> "文本";
            case DATE -> "日期";
            case INTEGER -> f.minimum() == null ? "整数" : "整数（≥" + f.minimum() + "）";
            case NUMBER -> "数字";
            case BOOLEAN -> "是否";
            case ENUM -> "选项";
            case OBJECT -> "[" + f.object().title() + "](#" + f.object().name() + ")";
            case OBJECT_LIST -> "[" + f.object().title() + "](#" + f.object().name() + ") 的列表";
            case STRING_LIST -> "文本的列表";
        };
    }
}
