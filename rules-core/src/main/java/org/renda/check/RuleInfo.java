package org.renda.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A rule's metadata, declared once in its DRL file and read from there (Error Prone's
 * {@code @BugPattern} model).
 *
 * @param id          the stable ID
 * @param pack        the pack
 * @param severity    ERROR or WARNING
 * @param title       the title in the checker's language
 * @param basis       the legal basis as written in the rule (e.g. {@code 组织法 第十四条第四款})
 * @param appliesTo   {@code TOWNSHIP}, {@code STREET} or both
 * @param needs       the record sections the rule reads; an absent one makes it not checked
 * @param yearComplete true when the rule is checked only once the record's year is complete
 * @param since       the version of the pack that introduced the rule
 * @param remedy      what to do about a finding
 * @param source      the DRL file that declares it
 * @param fromYear    the first record year the rule applies to ({@code @fromYear}), or null: a record
 *                    of an earlier year is outside the rule (neither checked nor listed as not checked)
 * @param appliesFrom the day the rule's duty took effect ({@code @appliesFrom}), or null: a record
 *                    whose year ends before it is outside the rule, and an event dated before it is
 *                    no finding
 */
public record RuleInfo(String id, String pack, Severity severity, String title, String basis,
                       Set<String> appliesTo, List<String> needs, boolean yearComplete, String since,
                       String remedy, String source, Integer fromYear, LocalDate appliesFrom) {
    public RuleInfo {
        appliesTo = Set.copyOf(appliesTo);
        needs = List.copyOf(needs);
    }
}
