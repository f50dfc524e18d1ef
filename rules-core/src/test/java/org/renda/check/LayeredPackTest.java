package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layered packs (issue 14): a pack declares what it extends, which rules of the packs below its
 * rules of the same ID replace, which it disables, and new defaults for their parameters.
 */
class LayeredPackTest {

    static final Path LOWER = Path.of("src/test/resources/testpack");
    static final ObjectMapper JSON = new ObjectMapper();

    /** An upper pack "county" with the lower pack's T-SHORT-001 (message reworded) and this pack.json. */
    static Path upper(Path dir, String packJson, boolean withRule) throws Exception {
        Path p = Files.createDirectories(dir.resolve("county"));
        Files.writeString(p.resolve("pack.json"), packJson);
        if (withRule) {
            String drl = Files.readString(LOWER.resolve("T-SHORT-001.drl"))
                    .replace("package renda.packs.testpack;", "package renda.packs.county;")
                    .replace("@message(\"会议 {session}", "@message(\"（县）会议 {session}");
            Files.writeString(p.resolve("T-SHORT-001.drl"), drl);
        }
        return p;
    }

    static CheckResult shortSession(Checker checker) throws Exception {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
            ObjectNode r = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) r.path("sessions").get(1)).put("halfDays", 2);
            return checker.check(JSON.writeValueAsString(r), "t").get(0);
        }
    }

    static Checker build(Path upper) throws CheckerBuildException {
        return Checker.builder().noBundledPacks().packDirectory(LOWER).packDirectory(upper).build();
    }

    @Test
    void theUpperRuleReplacesTheLowerOneAndItsDefaultApplies(@TempDir Path dir) throws Exception {
        Path up = upper(dir, """
                {"id": "county", "version": "1.0.0", "title": "县", "extends": ["testpack"],
                 "replaces": ["T-SHORT-001"], "disables": ["T-YEAR-001"],
                 "parameters": {"minHalfDays": {"default": 3}}}""", true);
        try (Checker checker = build(up)) {
            assertThat(checker.rules()).extracting(RuleInfo::id, RuleInfo::pack)
                    .contains(org.assertj.core.groups.Tuple.tuple("T-SHORT-001", "county"))
                    .extracting(t -> t.toList().get(0)).doesNotContain("T-YEAR-001");
            assertThat(checker.rules()).filteredOn(r -> r.id().equals("T-SHORT-001")).hasSize(1);
            CheckResult r = shortSession(checker);
            Finding f = r.findings().stream().filter(x -> x.ruleId().equals("T-SHORT-001")).findFirst().orElseThrow();
            assertThat(f.pack()).isEqualTo("county");
            assertThat(f.message()).isEqualTo("（县）会议 S2 半天数 2，少于 3。"); // 2 half-days: short only under the county's 3
            ParameterInfo p = checker.parameterInfo().stream().filter(x -> x.name().equals("minHalfDays")).findFirst().orElseThrow();
            assertThat(p.pack()).isEqualTo("testpack");
            assertThat(p.defaultFrom()).isEqualTo("county");
            assertThat(p.defaultValue()).isEqualTo(3);
            assertThat(p.overridden()).isFalse();
            PackInfo info = checker.packs().get(1);
            assertThat(info.extendsIds()).containsExactly("testpack");
            assertThat(info.replaces()).containsExactly("T-SHORT-001");
            assertThat(info.disables()).containsExactly("T-YEAR-001");
            assertThat(checker.packs().get(0).rules()).isEqualTo(1); // T-FROM-001 only
        }
    }

    @Test
    void aCopyWithoutReplacesIsADuplicateWithTheHint(@TempDir Path dir) throws Exception {
        Path up = upper(dir, "{\"id\": \"county\", \"version\": \"1.0.0\"}", true);
        assertThatThrownBy(() -> build(up)).isInstanceOf(CheckerBuildException.class)
                .satisfies(e -> assertThat(((CheckerBuildException) e).problems()).extracting(PackProblem::message)
                        .anySatisfy(m -> assertThat(m).startsWith("规则 ID T-SHORT-001 重复：已在 ")
                                .endsWith("（要用本包的规则替换包 testpack 中的同号规则，请在 county 的 pack.json 中写 \"extends\": [\"testpack\"] 和 \"replaces\": [\"T-SHORT-001\"]）")));
    }

    @Test
    void layeringMistakesAreNamed(@TempDir Path dir) throws Exception {
        Path up = upper(dir, """
                {"id": "county", "version": "1.0.0", "extends": ["testpack"],
                 "replaces": ["T-YEAR-001"], "disables": ["NO-SUCH-001"]}""", false);
        String file = up.resolve("pack.json").toString();
        assertThat(problems(up)).containsExactly(
                file + ": \"replaces\" 中的规则 T-YEAR-001 在本包中没有同号的规则（只想关闭下层规则请用 \"disables\"）",
                file + ": \"disables\" 中的规则 NO-SUCH-001 不在本包扩展的规则包中（testpack）");
        Path params = upper(dir.resolve("p"), """
                {"id": "county", "version": "1.0.0", "extends": ["testpack"],
                 "parameters": {"lawFixed": {"default": 4}, "minHalfDays": {"default": 99}, "deadline": {"type": "int", "default": 3}}}""", false);
        String pfile = params.resolve("pack.json").toString();
        assertThat(problems(params)).containsExactly(
                pfile + ": 参数 lawFixed 由法律规定（测试法 第一条），上层规则包不可改变",
                pfile + ": 参数 minHalfDays 应在 1 到 10 之间，实为 99",
                pfile + ": 参数 deadline 在下层规则包 testpack 中的类型是 monthDay，不能改为 int");
    }

    @Test
    void anUnknownBaseIsNamed(@TempDir Path dir) throws Exception {
        Path up = upper(dir, "{\"id\": \"county\", \"version\": \"1.0.0\", \"extends\": [\"guangdong\"]}", false);
        assertThat(problems(up)).contains(up.resolve("pack.json") + ": \"extends\" 中的规则包 guangdong 既不是内置规则包，也没有用 --pack-dir 加载");
        Path bad = upper(dir.resolve("b"), "{\"id\": \"county\", \"extends\": \"testpack\"}", false);
        assertThat(problems(bad)).contains(bad + "/pack.json 的 \"extends\" 应为字符串数组，如 [\"national\"]");
    }

    static List<String> problems(Path up) {
        try (Checker c = build(up)) {
            throw new AssertionError("built: " + c.packs());
        } catch (CheckerBuildException e) {
            return e.problems().stream().map(PackProblem::toString).toList();
        }
    }

    @Test
    void theLowerPacksFixturesOfAReplacedRuleDoNotRun(@TempDir Path dir) throws Exception {
        Path lower = Files.createDirectories(dir.resolve("lower"));
        for (String f : new String[]{"pack.json", "T-SHORT-001.drl"}) {
            Files.copy(LOWER.resolve(f), lower.resolve(f));
        }
        Files.writeString(lower.resolve("T-SHORT-001.cases.json"), "{\"rule\": \"T-SHORT-001\", \"cases\": ["
                + "{\"name\": \"fires at 2 under the lower default\", \"base\": \"township\","
                + " \"patch\": [{\"op\": \"replace\", \"path\": \"/sessions/1/halfDays\", \"value\": 1}], \"expect\": [\"/sessions/1\"]}]}",
                StandardCharsets.UTF_8);
        Path up = upper(dir, "{\"id\": \"county\", \"version\": \"1.0.0\", \"extends\": [\"testpack\"], \"replaces\": [\"T-SHORT-001\"]}", true);
        Files.writeString(up.resolve("T-SHORT-001.cases.json"), "{\"rule\": \"T-SHORT-001\", \"cases\": ["
                + "{\"name\": \"county copy\", \"base\": \"township\", \"expect\": []}]}", StandardCharsets.UTF_8);
        try (Checker c = Checker.builder().noBundledPacks().packDirectory(lower).packDirectory(up).build()) {
            assertThat(PackTester.run(c)).extracting(PackTester.CaseResult::file, PackTester.CaseResult::passed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(up.resolve("T-SHORT-001.cases.json").toString(), true));
        }
    }
}
