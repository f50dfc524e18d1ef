package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.renda.check.Checker;
import org.renda.check.PackTester;

/**
 * Runs every fixture kept beside the rules ({@code *.cases.json}) as one test each, named
 * {@code RULE-ID › case name}. The runner is the same one the harness's {@code test} command uses.
 */
class PackFixturesTest {

    private static Checker checker;

    @BeforeAll
    static void build() throws Exception {
        checker = Checker.builder().build();
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    @TestFactory
    Stream<DynamicTest> everyFixture() {
        List<PackTester.CaseResult> results = PackTester.run(checker);
        assertThat(results).as("fixtures found").isNotEmpty();
        return results.stream().map(r -> DynamicTest.dynamicTest(r.ruleId() + " › " + r.name(),
                () -> assertThat(r.passed()).as(r.file() + ": " + r.detail()).isTrue()));
    }
}
