package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renda.check.internal.Engine;
import org.renda.check.internal.RuleBase;
import org.renda.check.internal.RuleBaseAssembly;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.BudgetAdjustment;
import org.renda.check.model.Deputy;
import org.renda.check.model.Officer;
import org.renda.check.model.Parameters;
import org.renda.check.model.Activity;
import org.renda.check.model.Session;

/**
 * The engine inserts a record's facts only when a rule allowed to fire can match them (issue #5),
 * so it must see every type a rule's conditions use, inside {@code not}, {@code accumulate} and
 * {@code from accumulate} too. The fixture tests would show a miss as a rule that stops firing;
 * this test names the cases that matter directly, on the bundled packs as loaded at run time.
 */
class PatternTypesTest {

    @Test
    void everyRuleHasItsTypesIncludingNestedOnes() throws Exception {
        ClassLoader cl = getClass().getClassLoader();
        RuleBaseAssembly assembly = RuleBaseAssembly.ofDefaults(RuleBaseAssembly.bundled(cl), cl);
        RuleBase rb = assembly.ruleBase();
        Engine engine = assembly.engine(1);
        try {
            for (String id : rb.rules().keySet()) {
                assertThat(engine.patternTypesOf(id)).as(id).isNotNull().isNotEmpty();
            }
            // a pattern inside "not"
            assertThat(engine.patternTypesOf("BUDGET-ADJUST-001")).contains(BudgetAdjustment.class, Session.class);
            // the record and the parameters are read-only globals (issue 16), not matched as facts
            assertThat(engine.patternTypesOf("SESSION-FREQ-001")).containsExactly(Session.class);
            // the source of "from accumulate"
            assertThat(engine.patternTypesOf("LD-STATION-VISIT-001")).contains(Deputy.class, Activity.class)
                    .doesNotContain(AnnualRecord.class, Parameters.class);
            // the source of an accumulate with a result constraint
            assertThat(engine.patternTypesOf("DEPUTY-ABSENCE-001")).contains(Deputy.class, Session.class);
            // accumulate nested in "not"
            assertThat(engine.patternTypesOf("CHAIR-COUNT-001")).contains(Officer.class);
        } finally {
            engine.close();
        }
    }
}
