package org.renda.check.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.RecordFormat;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;
import org.renda.check.model.Section;

/**
 * The gating of one combination of a record's kind, year, sections present and year complete:
 * the IDs allowed to fire, the rules not checked for a missing section (with the reason in each
 * language, which does not depend on the record), and the rules not checked because the year is
 * not complete (whose reason names the record's dates).
 *
 * <p>Decided from the rules' metadata in this one place for every rule alike: a rule for the
 * other kind of body, or for a year before its {@code @fromYear}, does not apply; a rule whose
 * {@code @needs} section is absent, or whose {@code @yearComplete} year is not complete, is not
 * checked; the others are allowed to fire, and only the facts they can match are inserted.
 */
record Gating(Set<String> allowed, List<NotChecked> missingZh, List<NotChecked> missingEn,
              List<String> yearIncomplete, Set<Class<?>> types, Map<Class<?>, Boolean> wanted) {

    /** Whether a rule allowed to fire can match a fact of this class (types null = all can). */
    boolean wants(Class<?> c) {
        if (types == null) {
            return true;
        }
        Boolean w = wanted.get(c);
        if (w == null) {
            boolean any = false;
            for (Class<?> t : types) {
                any |= t.isAssignableFrom(c);
            }
            w = any;
            wanted.put(c, w);
        }
        return w;
    }

    /** The gating of the record's combination, computed from the rules' metadata. */
    static Gating compute(RuleBase ruleBase, Map<String, Set<Class<?>>> typesByRule, AnnualRecord record) {
        Set<String> allowed = new HashSet<>();
        List<NotChecked> missingZh = new ArrayList<>();
        List<NotChecked> missingEn = new ArrayList<>();
        List<String> yearIncomplete = new ArrayList<>();
        for (RuleMeta m : ruleBase.rules().values()) {
            if (!applies(m, record)) {
                continue;
            }
            List<String> missingZhLabels = new ArrayList<>();
            List<String> missingEnLabels = new ArrayList<>();
            for (Section s : m.needs()) {
                if (!record.has(s)) {
                    // The sections by their titles in the record format (the schema), never by field name.
                    missingZhLabels.add("“" + RecordFormat.get().label("/" + s.jsonName(), Language.ZH) + "”");
                    missingEnLabels.add(RecordFormat.get().label("/" + s.jsonName(), Language.EN));
                }
            }
            if (!missingZhLabels.isEmpty()) {
                missingZh.add(new NotChecked(m.id(), Msg.get(Language.ZH, "gating.notReported", new Msg.Joined(missingZhLabels)),
                        NotChecked.Cause.NOT_REPORTED));
                missingEn.add(new NotChecked(m.id(), Msg.get(Language.EN, "gating.notReported", new Msg.Joined(missingEnLabels)),
                        NotChecked.Cause.NOT_REPORTED));
            } else if (m.yearComplete() && !record.isYearComplete()) {
                yearIncomplete.add(m.id());
            } else {
                allowed.add(m.id());
            }
        }
        Set<Class<?>> types = null;
        if (typesByRule != null) {
            types = new HashSet<>();
            for (String id : allowed) {
                types.addAll(typesByRule.getOrDefault(id, Set.of(Object.class)));
            }
        }
        return new Gating(Set.copyOf(allowed), List.copyOf(missingZh), List.copyOf(missingEn),
                List.copyOf(yearIncomplete), types == null ? null : Set.copyOf(types), new ConcurrentHashMap<>());
    }

    /**
     * Whether a rule applies to a record at all (else it is neither checked nor listed): the other
     * kind of body, a year before {@code @fromYear}, or a year that ends before {@code @appliesFrom}
     * (the law of the rule was not yet in force) do not apply.
     */
    static boolean applies(RuleMeta m, AnnualRecord record) {
        return m.appliesTo().contains(record.kind())
                && (m.fromYear() == null || record.year() >= m.fromYear())
                && (m.appliesFrom() == null || !record.yearEnd().isBefore(m.appliesFrom()));
    }

    /** The classes a rule's patterns match, or null when the rule cannot be read so. */
    static Set<Class<?>> patternTypes(Rule rule) {
        if (!(rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl)) {
            return null;
        }
        Set<Class<?>> out = new HashSet<>();
        return collectTypes(impl.getLhs(), out) ? out : null;
    }

    private static boolean collectTypes(org.drools.base.rule.RuleConditionElement e, Set<Class<?>> out) {
        if (e instanceof org.drools.base.rule.Pattern p) {
            if (!(p.getObjectType() instanceof org.drools.base.base.ClassObjectType cot)) {
                return false;
            }
            out.add(cot.getClassType());
        }
        for (org.drools.base.rule.RuleConditionElement nested : e.getNestedElements()) {
            if (!collectTypes(nested, out)) {
                return false;
            }
        }
        return true;
    }

    /** Inserts the record's facts that a rule allowed to fire can match, in the record's order. */
    void insertFacts(KieSession s, AnnualRecord r, Parameters p) {
        RecordFacts.forEach(r, p, f -> {
            if (wants(f.getClass())) {
                s.insert(f);
            }
        });
    }
}
