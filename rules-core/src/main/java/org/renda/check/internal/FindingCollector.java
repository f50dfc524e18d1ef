package org.renda.check.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;
import org.renda.check.model.Findings;

/**
 * Collects what the consequences of one evaluation report. Not thread-safe: one per evaluation.
 * A rule reports at most one finding per path and message values (one finding per offending item).
 */
final class FindingCollector implements Findings {

    /** What a consequence reported, before rendering. */
    record Raw(String ruleId, String path, LocalDate eventDate, Map<String, Object> values) {
    }

    private final List<Raw> raws = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    @Override
    public void report(RuleContext kcontext, String path, LocalDate eventDate, Object... namedValues) {
        String ruleId = RuleMeta.str(kcontext.getRule().getMetaData(), "id");
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namedValues.length; i += 2) {
            values.put(String.valueOf(namedValues[i]), namedValues[i + 1]);
        }
        if (namedValues.length % 2 != 0) {
            values.put("?", namedValues[namedValues.length - 1]);
        }
        // Identity = rule + path + the message values: two findings of one rule at one path (e.g. two
        // quarters without a meeting, both at /presidiumMeetings) stay distinct; an exact repeat is dropped.
        if (!seen.add(ruleId + '\u0000' + path + '\u0000' + values)) {
            return;
        }
        raws.add(new Raw(ruleId, path, eventDate, values));
    }

    List<Raw> raws() {
        return raws;
    }
}
