package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.renda.check.Checker;
import org.renda.check.PackInfo;
import org.renda.check.PackTester;

/**
 * Runs every fixture kept beside the rules ({@code *.cases.json}) as one test each, named
 * {@code RULE-ID › case name}. The runner is the same one the harness's {@code test} command uses.
 * Twice: on the bundled packs as the checker loads them (the executable model the build made,
 * {@code PrecompiledRules}), and on the same packs read from their source folders, which the
 * classic compiler compiles (as for a county's packs and for {@code validate}).
 */
class PackFixturesTest {

    private static Checker bundled;
    private static Checker fromFolders;

    @BeforeAll
    static void build() throws Exception {
        bundled = Checker.builder().build();
        Checker.Builder b = Checker.builder().noBundledPacks();
        for (PackInfo p : bundled.packs()) {
            b.packDirectory(Path.of("src/main/resources/renda/packs", p.id()));
        }
        fromFolders = b.build();
    }

    @AfterAll
    static void close() {
        bundled.close();
        fromFolders.close();
    }

    @TestFactory
    Stream<DynamicTest> everyFixture() {
        return fixtures(bundled, "");
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCompiledFromTheFolders() {
        assertThat(fromFolders.packs()).extracting(PackInfo::origin).allMatch(o -> !o.startsWith("classpath:"));
        assertThat(fromFolders.packs()).extracting(PackInfo::sha256)
                .isEqualTo(bundled.packs().stream().map(PackInfo::sha256).toList());
        return fixtures(fromFolders, " (classic)");
    }

    private static Stream<DynamicTest> fixtures(Checker checker, String suffix) {
        List<PackTester.CaseResult> results = PackTester.run(checker);
        assertThat(results).as("fixtures found").hasSizeGreaterThan(600);
        return results.stream().map(r -> DynamicTest.dynamicTest(r.ruleId() + " › " + r.name() + suffix,
                () -> assertThat(r.passed()).as(r.file() + ": " + r.detail()).isTrue()));
    }
}
