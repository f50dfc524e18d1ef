package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** picocli's help texts come from the CLI's bundle: Chinese (with its English gloss) by default, English with --lang en. */
class HelpTextsTest {

    private static final List<String> COMMANDS = List.of("check", "due", "template", "convert", "rules", "params", "validate", "test");

    @Test
    void chineseHelpIsTheBundlesChineseText() {
        CliTest.Run top = CliTest.run("--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("检查乡镇人大、街道人大工委年度履职记录是否合法合规。" + System.lineSeparator()
                + "Checks the yearly records of township people's congresses and street working");
        assertThat(top.out()).contains("  check     检查记录文件或目录（递归读取 *.json），输出报告。");
        CliTest.Run check = CliTest.run("check", "--help");
        assertThat(check.out()).contains("报告格式，默认 text；docx 须配合 --out / report format")
                .contains("      PATH...          记录文件（.json：一条记录或记录数组）或目录")
                .contains("--lang=zh|en     语言 / language: zh (default) or en");
        assertThat(CliTest.run("validate", "--help").out()).contains("PACK_DIR       规则包目录（含 pack.json），或包含多个规则包的目录");
    }

    @Test
    void englishHelpHasNoChinese() {
        for (String command : COMMANDS) {
            CliTest.Run r = CliTest.run(command, "--help", "--lang", "en");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).doesNotContainPattern("\\p{IsHan}").contains("Usage: renda-check " + command);
        }
        CliTest.Run top = CliTest.run("--help", "--lang=en");
        assertThat(top.out()).doesNotContainPattern("\\p{IsHan}")
                .contains("Checks the yearly records of township people's congresses and street working")
                .contains("  rules     Lists the rules: id, pack, severity, title, basis.");
        CliTest.Run check = CliTest.run("check", "--help", "--lang", "en");
        assertThat(check.out()).contains("--format=text|json|html|docx" + System.lineSeparator()
                + "                       report format (default text; docx needs --out)");
    }
}
