package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;

/** JSON and YAML syntax errors read in Chinese, with line and column counted from 1. */
class SyntaxErrorsTest {

    static String json(String text) {
        try {
            new ObjectMapper().readTree(text);
            throw new AssertionError("parsed: " + text);
        } catch (JsonProcessingException e) {
            return SyntaxErrors.describe(e, text, Language.ZH);
        }
    }

    static String yaml(String text) {
        try {
            new ObjectMapper(new YAMLFactory()).readTree(text);
            throw new AssertionError("parsed: " + text);
        } catch (JsonProcessingException e) {
            return SyntaxErrors.describe(e, text, Language.ZH);
        }
    }

    @Test
    void json() {
        assertThat(json("{\"a\": 1,}")).isEqualTo("第 1 行第 9 列：遇到 “}”，此处应为用双引号括起的字段名（JSON 不允许单引号、不带引号的名字或末尾多余的逗号）");
        assertThat(json("{\"a\": 1\n \"b\": 2}")).isEqualTo("第 2 行第 2 列：遇到 “\"”，此处应为逗号（对象的各项之间用逗号分隔）或右花括号 }");
        assertThat(json("[1,]")).startsWith("第 1 行第 4 列：遇到 “]”，此处应为一个值");
        assertThat(json("{\"a\": tru}")).isEqualTo("第 1 行第 10 列：无法识别的内容“tru”：字符串应加双引号，布尔值与空值只能写 true、false、null");
        assertThat(json("{\"a\": [1, 2}")).isEqualTo("第 1 行第 12 列：括号不配对：遇到 }，此处应为 ]");
        assertThat(json("{\"a\": \"x")).isEqualTo("第 1 行第 9 列：文件意外结束：字符串缺少结尾的双引号");
        assertThat(json("{\"a\": 01}")).startsWith("第 1 行第 8 列：数不能以 0 开头");
        assertThat(SyntaxErrors.json("Something new", Language.ZH)).isEqualTo("语法错误（Something new）");
    }

    @Test
    void yamlAndTheFullWidthColon() {
        assertThat(yaml("a: 1\n  b: 2\n")).isEqualTo("第 2 行第 4 列：此处不能出现“键: 值”：检查缩进是否与上一行对齐，或值中的冒号是否需要加引号");
        assertThat(yaml("a: 1\nb：2\n")).isEqualTo("第 2 行第 1 列：找不到键后的冒号“: ”。第 2 行用了全角冒号“：”，YAML 中键和值之间应使用半角冒号加空格“: ”");
        assertThat(yaml("a: 1\n\tb: 2\n")).endsWith("YAML 不能用制表符缩进，请改用空格");
        assertThat(yaml("a: \"x\n")).endsWith("引号没有闭合");
        assertThat(SyntaxErrors.fullWidthColon("# 注释：可以\nnoticeDays: 10\n", Language.ZH)).isNull();
        assertThat(SyntaxErrors.fullWidthColon("noticeDays：10", Language.EN))
                .isEqualTo("line 1 uses a full-width colon '：'; YAML needs an ASCII colon and a space ': '");
    }
}
