package org.renda.check.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.renda.check.model.Findings;

/**
 * Collects what the consequences of one evaluation report. Not thread-safe: one per evaluation.
 * A rule reports each (path, values) at most once, so a join that matches the same item twice
 * still gives one finding; two findings at one path need different values (e.g. two quarters).
 */
final class FindingCollector implements Findings {

    /** What a consequence reported, before rendering. */
    record Raw(String ruleId, String path, LocalDate eventDate, Map<String, Object> values) {
    }

    /** What makes two reports the same finding: the rule, the place and the values (not the date). */
    private record Key(String ruleId, String path, Map<String, Object> values) {
    }

    private final List<Raw> raws = new ArrayList<>();
    private final Set<Key> seen = new HashSet<>();
    private final Map<Rule, String> idByRule;

    /** @param idByRule each rule's ID by rule identity (read-only; a rule not in it has its metadata read) */
    FindingCollector(Map<Rule, String> idByRule) {
        this.idByRule = idByRule;
    }

    /** The ID of the rule whose consequence runs next (set by the engine's agenda filter). */
    private String firing;

    /**
     * Called by the engine's agenda filter for the match it lets fire: Drools fires an accepted
     * match at once, before it asks the filter about the next one, so a report made until then is
     * this rule's. (A consequence therefore needs no Drools context to say who reports.)
     */
    void firing(String ruleId) {
        this.firing = ruleId;
    }

    @Override
    public void report(RuleContext kcontext, String path, LocalDate eventDate, Object... namedValues) {
        Rule rule = kcontext.getRule();
        String ruleId = idByRule.get(rule);
        if (ruleId == null) {
            ruleId = RuleMeta.str(rule.getMetaData(), "id");
        }
        add(ruleId, path, eventDate, namedValues);
    }

    @Override
    public void report(String path, LocalDate eventDate, Object... namedValues) {
        if (firing == null) {
            throw new IllegalStateException("findings.report outside a rule's consequence");
        }
        add(firing, path, eventDate, namedValues);
    }

    private void add(String ruleId, String path, LocalDate eventDate, Object[] namedValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namedValues.length; i += 2) {
            values.put(String.valueOf(namedValues[i]), namedValues[i + 1]);
        }
        if (namedValues.length % 2 != 0) {
            values.put("?", namedValues[namedValues.length - 1]);
        }
        if (seen.add(new Key(ruleId, path, values))) {
            raws.add(new Raw(ruleId, path, eventDate, values));
        }
    }

    List<Raw> raws() {
        return raws;
    }
}
