package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.PackTester;
import org.renda.check.Status;

/**
 * Every fixture base a case may start from is a clean record under every bundled rule, so a case
 * that expects {@code []} on a base proves something only about its own patch.
 */
class BasesAreCleanTest {

    @Test
    void everyBaseHasNoFindingUnderAnyRule() throws Exception {
        try (Checker checker = Checker.builder().build()) {
            for (String base : PackTester.BASES) {
                String json;
                try (InputStream in = Checker.class.getResourceAsStream("fixtures/" + base + ".json")) {
                    assertThat(in).as(base).isNotNull();
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                CheckResult r = checker.check(json, base + ".json").get(0);
                assertThat(r.status()).as(base + " " + r.errors()).isEqualTo(Status.CHECKED);
                assertThat(r.findings()).as(base).isEmpty();
            }
        }
    }
}
