package org.renda.check.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.internal.Engine;
import org.renda.check.model.AnnualRecord;

/** The rewritten rule bases of the yardstick do what their names say, on the same records. */
class RuleVariantsTest {

    @Test
    void rewritesTheConditionsAndTheConsequence() {
        String drl = "rule \"X\"\nwhen\n    $s : Session( f(a, (b)) )\nthen\n"
                + "    findings.report($s.path() + \"/a,b\", $s.startDate(),\n        \"k\", g(1, 2));\nend\n";
        assertThat(RuleVariants.NEVER_MATCH.rewrite(drl)).isEqualTo("rule \"X\"\nwhen\n"
                + "    Object() from java.util.Collections.emptyList()\n    $s : Session( f(a, (b)) )\nthen\n"
                + "    findings.report($s.path() + \"/a,b\", $s.startDate(),\n        \"k\", g(1, 2));\nend\n");
        assertThat(RuleVariants.NEVER_FIRE.rewrite(drl)).contains("Session( f(a, (b)) )\n"
                + "    Object() from java.util.Collections.emptyList()\nthen\n");
        assertThat(RuleVariants.RULE_AND_PATH.rewrite(drl)).endsWith("then\n"
                + "    findings.report($s.path() + \"/a,b\", null);\nend\n");
        assertThat(RuleVariants.pathArgument("findings.report($d.path(), null, \"k\", f(1, 2));")).isEqualTo("$d.path()");
    }

    @Test
    void neverMatchAndNeverFireFindNothingAndRuleAndPathFindsWhatTheRulesFind() {
        Fixture real = new Fixture(60, 7L);
        Fixture e1 = new Fixture(2, 7L, RuleVariants.NEVER_MATCH);
        Fixture e2 = new Fixture(2, 7L, RuleVariants.NEVER_FIRE);
        Fixture e4 = new Fixture(2, 7L, RuleVariants.RULE_AND_PATH);
        try {
            assertThat(e4.ruleIds).isEqualTo(real.ruleIds);
            int found = 0;
            for (AnnualRecord r : real.records) {
                assertThat(e1.engine.match(r, real.parameters).size()).isZero();
                assertThat(e2.engine.match(r, real.parameters).size()).isZero();
                List<String> expected = places(real.engine.match(r, real.parameters));
                List<String> got = places(e4.engine.match(r, real.parameters));
                // E4 reports no event date, so the two rules with @appliesFrom keep events before their day
                got.removeIf(p -> !expected.contains(p) && (p.startsWith("SESSION-QUORUM-001 ") || p.startsWith("SESSION-PUBLISH-001 ")));
                // and the collector keeps one finding per (rule, path, values): without values, one per place
                assertThat(new java.util.TreeSet<>(got)).isEqualTo(new java.util.TreeSet<>(expected));
                found += expected.size();
            }
            assertThat(found).isGreaterThan(300);
        } finally {
            for (Fixture f : List.of(real, e1, e2, e4)) {
                f.engine.close();
            }
        }
    }

    private static List<String> places(Engine.Matches m) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            out.add(m.ruleId(i) + " " + m.path(i));
        }
        return out;
    }
}
