package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken packs: {@code build()} throws {@link CheckerBuildException} listing every problem with
 * file, line and rule, and never yields a half-loaded checker.
 */
class BrokenPackTest {

    static final String FILE = "tiny/SESSION-QUORUM-001.drl";
    static final String RULE = "SESSION-QUORUM-001";

    @TempDir
    Path tmp;

    /** The tiny pack with its DRL edited. */
    private Path pack(UnaryOperator<String> edit) throws IOException {
        Path dir = TestSupport.copyTinyPack(Files.createTempDirectory(tmp, "pack"));
        Path drl = dir.resolve("SESSION-QUORUM-001.drl");
        Files.writeString(drl, edit.apply(Files.readString(drl)));
        return dir;
    }

    private static List<PackProblem> problems(Path dir) {
        CheckerBuildException e = catchThrowableOfType(CheckerBuildException.class,
                () -> Checker.builder().noBundledPacks().packDirectory(dir).build());
        assertThat(e).as("build must fail").isNotNull();
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).contains(e.problems().get(0).toString());
        return e.problems();
    }

    private static int lineOf(String drl, String text) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void theBasePackLoads() throws Exception {
        try (Checker c = Checker.builder().noBundledPacks().packDirectory(TestSupport.copyTinyPack(tmp)).build()) {
            assertThat(c.rules()).isNotEmpty();
        }
    }

    @Test
    void syntaxError() throws Exception {
        Path dir = pack(s -> s.replace("deputiesTotal * 2 )", "deputiesTotal * 2"));
        List<PackProblem> p = problems(dir);
        assertThat(p).anySatisfy(x -> {
            assertThat(x.file()).endsWith("/" + FILE);
            assertThat(x.line()).isPositive();
            assertThat(x.rule()).isEqualTo(RULE);
        });
    }

    @Test
    void unknownFactField() throws Exception {
        Path dir = pack(s -> s.replace("Session( deputiesPresent * 3", "Session( deputiesPresnt * 3"));
        int line = lineOf(Files.readString(dir.resolve("SESSION-QUORUM-001.drl")), "deputiesPresnt");
        List<PackProblem> p = problems(dir);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.file()).endsWith("/" + FILE);
            assertThat(x.line()).isEqualTo(line);
            assertThat(x.rule()).isEqualTo(RULE);
            assertThat(x.message()).contains("deputiesPresnt");
        });
    }

    /** Pack problems in English for --lang en: the same places, no Chinese left in what the code says. */
    @Test
    void problemsInEnglish() throws Exception {
        Path dir = pack(s -> s.replace("@severity(\"ERROR\")", "@severity(\"FATAL\")"));
        List<PackProblem> p = new java.util.ArrayList<>(problems(dir));
        assertThat(p).extracting(x -> x.message(Language.EN)).containsExactly("@severity must be ERROR or WARNING, found FATAL");
        assertThat(p).extracting(x -> x.message(Language.ZH)).containsExactly("@severity 应为 ERROR 或 WARNING，实为 FATAL");
        // a pack written for the old report call is refused by the guard, before compiling
        Path old = TestSupport.copyTinyPack(Files.createDirectories(tmp.resolve("old")));
        Path drl = old.resolve("SESSION-QUORUM-001.drl");
        Files.writeString(drl, Files.readString(drl).replace("findings.report(", "findings.report(kcontext, "));
        List<PackProblem> q = problems(old);
        assertThat(q).extracting(x -> x.message(Language.EN)).containsExactly(
                "findings.report no longer takes kcontext: write findings.report(path, event date, \"name\", value, …)");
        p.addAll(q);
        // Drools' compile errors: our lead line in the language chosen, Drools' own text after it
        List<PackProblem> syntax = problems(pack(s -> s.replace("deputiesPresent * 3 < deputiesTotal * 2 )", "deputiesPresent * 3 < ")));
        assertThat(syntax).isNotEmpty().allSatisfy(x -> {
            assertThat(x.message(Language.EN)).startsWith("DRL syntax error (check that the brackets pair up and that when/then/end are all there) — Drools: ");
            assertThat(x.message(Language.ZH)).startsWith("DRL 语法错误（检查括号是否配对、when/then/end 是否齐全）—— Drools：");
        });
        List<PackProblem> field = problems(pack(s -> s.replace("deputiesPresent * 3", "deputiesPresnt * 3")));
        assertThat(field).isNotEmpty().allSatisfy(x -> {
            assertThat(x.message(Language.EN)).startsWith("the fact Session has no field or method deputiesPresnt; did you mean deputiesPresent? — Drools: ");
            assertThat(x.message(Language.ZH)).startsWith("事实 Session 没有字段或方法 deputiesPresnt，是不是 deputiesPresent？ —— Drools：");
        });
        p.addAll(syntax);
        p.addAll(field);
        // an I/O problem: a folder that is not a pack
        CheckerBuildException none = catchThrowableOfType(CheckerBuildException.class,
                () -> Checker.builder().noBundledPacks().packDirectory(tmp.resolve("no-such-folder")).build());
        assertThat(none.problems()).extracting(x -> x.message(Language.EN))
                .containsExactly(tmp.resolve("no-such-folder") + " is not a pack: the folder does not exist");
        assertThat(none.problems()).extracting(x -> x.message(Language.ZH))
                .containsExactly(tmp.resolve("no-such-folder") + " 不是规则包：目录不存在");
        p.addAll(none.problems());
        assertThat(p).allSatisfy(x -> assertThat(x.toString(Language.EN)).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void missingMetadata() throws Exception {
        Path dir = pack(s -> s.replaceAll("(?m)^\\s*@titleEn\\(.*\\)\\R", ""));
        int line = lineOf(Files.readString(dir.resolve("SESSION-QUORUM-001.drl")), "rule \"");
        assertThat(problems(dir)).singleElement().satisfies(x -> {
            assertThat(x.toString()).endsWith("/" + FILE + ":" + line + ": [" + RULE + "] 缺少元数据 @titleEn");
        });
    }

    @Test
    void invalidSeverity() throws Exception {
        Path dir = pack(s -> s.replace("@severity(\"ERROR\")", "@severity(\"FATAL\")"));
        assertThat(problems(dir)).singleElement().satisfies(x -> {
            assertThat(x.file()).endsWith("/" + FILE);
            assertThat(x.line()).isPositive();
            assertThat(x.rule()).isEqualTo(RULE);
            assertThat(x.message()).contains("@severity").contains("FATAL");
        });
    }

    @Test
    void unknownForwardView() throws Exception {
        Path dir = pack(s -> s.replace("@yearComplete(\"false\")", "@yearComplete(\"false\")\n    @due(\"weekly\")"));
        assertThat(problems(dir)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(RULE);
            assertThat(x.message()).isEqualTo("@due 应为 deadline、deadline:值名[,值名…]、year、quarter 或 month，实为 weekly");
        });
    }

    @Test
    void yearViewOnARuleThatIsNotYearly() throws Exception {
        Path dir = pack(s -> s.replace("@yearComplete(\"false\")", "@yearComplete(\"false\")\n    @due(\"year\")"));
        assertThat(problems(dir)).singleElement().satisfies(x ->
                assertThat(x.message()).isEqualTo("@due(\"year\") 只用于 @yearComplete(\"true\") 的年度义务"));
    }

    @Test
    void namedDeadlinesLoad() throws Exception {
        Path dir = pack(s -> s.replace("@yearComplete(\"false\")", "@yearComplete(\"false\")\n    @due(\"deadline:a, b\")"));
        try (Checker c = Checker.builder().noBundledPacks().packDirectory(dir).build()) {
            assertThat(c.rules()).hasSize(1);
        }
    }

    @Test
    void duplicateRuleIdAcrossTwoFiles() throws Exception {
        Path dir = TestSupport.copyTinyPack(tmp);
        Files.writeString(dir.resolve("COPY.drl"),
                TestSupport.quorumDrl().replace("rule \"SESSION-QUORUM-001\"", "rule \"COPY\""));
        List<PackProblem> p = problems(dir);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("SESSION-QUORUM-001").contains("重复");
            assertThat(x.file() + " " + x.message()).contains("tiny/COPY.drl").contains(FILE);
            assertThat(x.line()).isPositive();
        });
    }

    @Test
    void forbiddenImportAndConsequence() throws Exception {
        Path dir = pack(s -> s.replace("import org.renda.check.model.*;", "import org.renda.check.model.*;\nimport java.io.File;")
                .replace("then\n", "then\n    System.exit(1);\n"));
        String drl = Files.readString(dir.resolve("SESSION-QUORUM-001.drl"));
        List<PackProblem> p = problems(dir);
        assertThat(p).anySatisfy(x -> {
            assertThat(x.line()).isEqualTo(lineOf(drl, "import java.io.File"));
            assertThat(x.message()).contains("import");
        });
        assertThat(p).anySatisfy(x -> {
            assertThat(x.line()).isEqualTo(lineOf(drl, "System.exit"));
            assertThat(x.rule()).isEqualTo(RULE);
        });
        assertThat(p).anySatisfy(x -> assertThat(x.message()).contains("findings.report"));
        assertThat(p).allSatisfy(x -> assertThat(x.file()).endsWith("/" + FILE));
    }

    @Test
    void twoDifferentErrorsAreBothListed() throws Exception {
        // metadata: two rules, one with an invalid severity and one missing a key
        Path dir = pack(s -> s.replace("@severity(\"ERROR\")", "@severity(\"FATAL\")"));
        Files.writeString(dir.resolve("SECOND.drl"), TestSupport.quorumDrl()
                .replace("rule \"SESSION-QUORUM-001\"", "rule \"SECOND\"")
                .replace("@id(\"SESSION-QUORUM-001\")", "@id(\"SESSION-QUORUM-002\")")
                .replaceAll("(?m)^\\s*@remedyEn\\(.*\\)\\R", ""));
        List<PackProblem> p = problems(dir);
        assertThat(p).extracting(PackProblem::message).anyMatch(m -> m.contains("FATAL"))
                .anyMatch(m -> m.contains("@remedyEn"));

        // the guard refuses one file, the compiler another: both are listed
        Path dir2 = Files.createDirectory(tmp.resolve("second"));
        Path pack2 = TestSupport.copyTinyPack(dir2);
        Files.writeString(pack2.resolve("SESSION-QUORUM-001.drl"), TestSupport.quorumDrl()
                .replace("Session( deputiesPresent * 3", "Session( deputiesPresnt * 3"));
        Files.writeString(pack2.resolve("EVIL.drl"), TestSupport.quorumDrl()
                .replace("rule \"SESSION-QUORUM-001\"", "rule \"EVIL\"")
                .replace("@id(\"SESSION-QUORUM-001\")", "@id(\"EVIL-001\")")
                .replace("then\n", "then\n    Runtime.getRuntime().exec(\"rm -rf /\");\n"));
        List<PackProblem> p2 = problems(pack2);
        assertThat(p2).anySatisfy(x -> {
            assertThat(x.file()).endsWith("/tiny/EVIL.drl");
            assertThat(x.message()).contains("Runtime");
        });
        assertThat(p2).anySatisfy(x -> {
            assertThat(x.file()).endsWith("/" + FILE);
            assertThat(x.message()).contains("deputiesPresnt");
        });
    }

    @Test
    void aFailedBuildLeavesNothingBehind() throws Exception {
        Path bad = pack(s -> s.replace("@severity(\"ERROR\")", "@severity(\"FATAL\")"));
        problems(bad);
        try (Checker good = Checker.builder().noBundledPacks().packDirectory(TestSupport.tinyPack()).build()) {
            assertThat(good.rules()).extracting(RuleInfo::id).contains(RULE);
            assertThat(good.check(TestSupport.example("township"), "t.json").get(0).status()).isEqualTo(Status.CHECKED);
        }
    }
}
