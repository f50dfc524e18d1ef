package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.PackTester;
import org.renda.check.RuleInfo;
import org.renda.check.Severity;
import org.renda.check.Status;

/**
 * Adding a rule is three files and nothing else (issue 15 part 3): a new rule's {@code ID.drl},
 * {@code ID.md} and {@code ID.cases.json} are written into a pack on disk, either a county's layer
 * on the bundled packs (its {@code pack.json} written once, before any rule) or a copy of the
 * bundled {@code hunan} pack (its {@code pack.json} unchanged). No index, no list in Java, no entry
 * in {@code pack.json}: the rule is then
 * (a) listed by {@link Checker#rules()} with the metadata of its DRL,
 * (b) tested by the fixture runner: its firing, silent and not-checked cases pass, and a wrong
 *     expectation (place or value) fails,
 * (c) documented: the catalogue generator gives it a section with its metadata and its prose,
 * (d) checked: a record through the checker gets its finding, message filled.
 */
class ThreeFilesTest {

    /** The pack folder with the new rule's three files: a new layer, or a copy of the bundled hunan pack. */
    private static Path packWithNewRule(String how, Path tmp, String cases) throws IOException {
        Path dir;
        String packId;
        if (how.equals("layer")) {
            packId = "shuangfeng";
            dir = Files.createDirectories(tmp.resolve(packId));
            Files.writeString(dir.resolve("pack.json"), """
                    {"id": "shuangfeng", "version": "1.2.0", "title": "双峰县", "extends": ["national"]}
                    """, StandardCharsets.UTF_8);
        } else {
            packId = "hunan";
            dir = tmp.resolve(packId);
            Path bundled = Path.of("src/main/resources/renda/packs/hunan");
            try (Stream<Path> files = Files.list(bundled)) {
                Files.createDirectories(dir);
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        NewRule.writeInto(dir, packId, cases);
        return dir;
    }

    private static Checker checkerFor(Path pack) throws Exception {
        // only the pack below is loaded with it (compiling fewer rules from source keeps the test short)
        return Checker.builder().bundledPacks("national").packDirectory(pack).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"layer", "copy"})
    void aNewRuleIsListedTestedDocumentedAndChecked(String how, @TempDir Path tmp) throws Exception {
        Path pack = packWithNewRule(how, tmp, NewRule.cases("/sessions/1", 2));
        String packId = pack.getFileName().toString();
        try (Checker checker = checkerFor(pack)) {
            // (a) listed, with the DRL's metadata
            RuleInfo rule = checker.rules().stream().filter(r -> r.id().equals(NewRule.ID)).findFirst().orElseThrow();
            assertThat(rule.pack()).isEqualTo(packId);
            assertThat(rule.severity()).isEqualTo(Severity.WARNING);
            assertThat(rule.title()).isEqualTo(NewRule.TITLE);
            assertThat(rule.needs()).containsExactly("sessions");
            assertThat(rule.appliesTo()).containsExactly("TOWNSHIP");
            assertThat(rule.source()).isEqualTo(pack.resolve(NewRule.ID + ".drl").toString());

            // (b) tested: its three cases run and pass
            List<PackTester.CaseResult> cases = PackTester.run(checker).stream()
                    .filter(r -> NewRule.ID.equals(r.ruleId())).toList();
            assertThat(cases).extracting(PackTester.CaseResult::kind).containsExactly("fires", "silent", "notChecked");
            assertThat(cases).allSatisfy(r -> assertThat(r.passed()).as(r.name() + ": " + r.detail()).isTrue());

            // (c) documented: a catalogue section with the metadata and the prose
            String catalogue = CatalogueDocTest.generate(checker);
            int start = catalogue.indexOf("### " + NewRule.ID);
            int end = catalogue.indexOf("\n### ", start + 4);
            String section = catalogue.substring(start, end < 0 ? catalogue.length() : end);
            assertThat(catalogue).contains("| [" + NewRule.ID + "](#" + NewRule.ID.toLowerCase(java.util.Locale.ROOT) + ") | " + packId
                    + " | WARNING | TOWNSHIP | " + NewRule.TITLE + " | 组织法 第十六条 |");
            assertThat(section).contains("**" + NewRule.TITLE + "** / Ordinary session shorter than three half-days",
                    "| 级别 severity | WARNING |", "| 需要 needs | `sessions`", "| 整改建议 remedy | " + NewRule.REMEDY + " |",
                    "| 首次发布 since | 1.2.0 |", "| 样例 fixtures | 1 / 1 / 1", "#### 检查内容", NewRule.PROSE);

            // (d) checked: the base township record's second session (two half-days) gets the finding
            CheckResult result = checker.check(township(), "township.json").get(0);
            assertThat(result.status()).isEqualTo(Status.CHECKED);
            List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals(NewRule.ID)).toList();
            assertThat(findings).extracting(Finding::path).containsExactly("/sessions/1");
            assertThat(findings.get(0).message()).contains("会期 2 个半天，少于三个半天");
            assertThat(findings.get(0).pack()).isEqualTo(packId);
        }
    }

    /**
     * The runner is not a rubber stamp: in the same layer, a case expecting the wrong place, one
     * expecting a wrong value and one with a misspelt key each fail, saying why; the others pass.
     */
    @org.junit.jupiter.api.Test
    void aWrongExpectationFails(@TempDir Path tmp) throws Exception {
        String cases = """
                {"rule": "%s", "cases": [
                  {"name": "wrong place", "base": "township", "expect": ["/sessions/0"]},
                  {"name": "wrong value", "base": "township", "expect": [{"path": "/sessions/1", "values": {"halfDays": 3}}]},
                  {"name": "wrong event date", "base": "township", "expect": [{"path": "/sessions/1", "eventDate": "2024-07-19"}]},
                  {"name": "misspelt key", "base": "township", "expectd": []},
                  {"name": "right", "base": "township", "expect": [{"path": "/sessions/1", "values": {"halfDays": 2.0}}]}
                ]}
                """.formatted(NewRule.ID);
        Path pack = packWithNewRule("layer", tmp, cases);
        try (Checker checker = checkerFor(pack)) {
            List<PackTester.CaseResult> results = PackTester.run(checker).stream()
                    .filter(r -> NewRule.ID.equals(r.ruleId())).toList();
            assertThat(results).extracting(PackTester.CaseResult::passed).containsExactly(false, false, false, false, true);
            assertThat(results).allSatisfy(r -> assertThat(r.file()).isEqualTo(pack.resolve(NewRule.ID + ".cases.json").toString()));
            assertThat(results).extracting(PackTester.CaseResult::detail).containsExactly(
                    "期望在 [/sessions/0] 报告，实际在 [/sessions/1]",
                    "/sessions/1 的问题应带 {\"halfDays\":3}；实际 halfDays = 2",
                    "/sessions/1 的问题应带 事件日期 2024-07-19；实际事件日期 2024-07-18",
                    "/cases/3/expectd：未知的键 \"expectd\"（是不是 \"expect\"？）；此处可用的键：name、base、record、patch、params、expect、notChecked、due",
                    "");
        }
    }

    private static String township() throws IOException {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
