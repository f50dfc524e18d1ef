package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's commands on a county layer that adds one rule as its three files: {@code rules}
 * lists it, {@code test} runs its fixtures, and a misspelt key in the fixtures is an error of
 * {@code validate} and {@code test} naming the file and the JSON Pointer (the English wording:
 * rules-core's CasesFormatTest).
 */
class RuleFilesCliTest {

    private static final String ID = "SF-SESSION-HALFDAYS-001";

    private static Path layer(Path dir, String cases) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("shuangfeng"));
        Files.writeString(pack.resolve("pack.json"),
                "{\"id\": \"shuangfeng\", \"version\": \"1.2.0\", \"title\": \"双峰县\", \"extends\": [\"national\"]}");
        Files.writeString(pack.resolve(ID + ".drl"), """
                package renda.packs.shuangfeng;
                import org.renda.check.model.*;
                global Findings findings;
                rule "%s"
                    @id("%s") @severity("WARNING") @appliesTo("TOWNSHIP") @needs("sessions") @yearComplete("false")
                    @since("1.2.0") @title("例会会期少于三个半天") @titleEn("Ordinary session shorter than three half-days")
                    @basis("组织法 第十六条")
                    @message("会议 {session} 会期 {halfDays} 个半天，少于三个半天。")
                    @messageEn("Session {session} sat for {halfDays} half-day(s), fewer than three.")
                    @remedy("例会至少安排三个半天。") @remedyEn("Give an ordinary session at least three half-days.")
                when
                    $s : Session( ordinary, halfDays < 3 )
                then
                    findings.report($s.path(), $s.startDate(), "session", $s.label(), "halfDays", $s.halfDays());
                end
                """.formatted(ID, ID), StandardCharsets.UTF_8);
        Files.writeString(pack.resolve(ID + ".md"), "# " + ID + "\n\n县里要求例会会期至少三个半天。\n", StandardCharsets.UTF_8);
        Files.writeString(pack.resolve(ID + ".cases.json"), cases, StandardCharsets.UTF_8);
        return pack;
    }

    private static final String CASES = """
            {"rule": "%s", "cases": [
              {"name": "两个半天：报告", "base": "township", "expect": [{"path": "/sessions/1", "values": {"halfDays": 2}}]},
              {"name": "三个半天：不报", "base": "township",
               "patch": [{"op": "replace", "path": "/sessions/1/halfDays", "value": 3}], "expect": []}
            ]}
            """.formatted(ID);

    @Test
    void theNewRuleIsListedAndItsFixturesPass(@TempDir Path dir) throws Exception {
        Path pack = layer(dir, CASES);
        CliTest.Run rules = CliTest.run("rules", "--packs", "national", "--pack-dir", pack.toString());
        assertThat(rules.code()).as(rules.err()).isZero();
        assertThat(rules.out()).containsPattern(ID + "\\s+shuangfeng\\s+WARNING\\s+例会会期少于三个半天");
        CliTest.Run test = CliTest.run("test", pack.toString());
        assertThat(test.code()).as(test.out()).isZero();
        assertThat(test.out()).contains("通过    " + ID + " › 两个半天：报告", "通过    " + ID + " › 三个半天：不报", "通过 2 条，未通过 0 条");
    }

    @Test
    void aMisspeltKeyInTheFixturesIsAnErrorWithFileAndPointer(@TempDir Path dir) throws Exception {
        Path pack = layer(dir, CASES.replace("\"expect\": []", "\"expectd\": []"));
        String file = pack.resolve(ID + ".cases.json").toString();
        CliTest.Run validate = CliTest.run("validate", pack.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("样例文件不符合样例格式（1 个问题）：\n  " + file + ": [" + ID
                + "] /cases/1/expectd：未知的键 \"expectd\"（是不是 \"expect\"？）；此处可用的键：name、base、record、patch、params、expect、notChecked、due");
        CliTest.Run test = CliTest.run("test", pack.toString());
        assertThat(test.code()).isEqualTo(1);
        assertThat(test.out()).contains("未通过  " + ID + " › 三个半天：不报", file + ": /cases/1/expectd：未知的键 \"expectd\"",
                "通过 1 条，未通过 1 条");
    }
}
