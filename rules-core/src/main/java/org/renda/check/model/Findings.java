package org.renda.check.model;

import java.time.LocalDate;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where a rule's consequence reports a finding: the global {@code findings} of every pack.
 *
 * <p>A consequence says only <em>where</em> and <em>with which values</em>; everything else (ID,
 * severity, title, message template, basis, remedy) is read from the rule's metadata:
 *
 * <pre>
 * then
 *     findings.report(kcontext, $s.path(), $s.startDate(),
 *             "session", $s.label(), "present", $s.deputiesPresent());
 * </pre>
 *
 * @see #report(RuleContext, String, LocalDate, Object...)
 */
public interface Findings {

    /**
     * Reports a finding of the rule now firing.
     *
     * @param kcontext    the consequence's {@code kcontext}
     * @param path        the JSON Pointer of the offending place
     * @param eventDate   the date of the event, which decides the version of a law cited (代表法
     *                    2015 or 2025); null = the record's year
     * @param namedValues pairs of name, value filling the {@code {name}} placeholders of the
     *                    rule's {@code @message}
     */
    void report(RuleContext kcontext, String path, LocalDate eventDate, Object... namedValues);

    /**
     * Reports a finding of the rule now firing.
     *
     * @param path        the JSON Pointer of the offending place
     * @param eventDate   the date of the event, which decides the version of a law cited (代表法
     *                    2015 or 2025); null = the record's year
     * @param namedValues pairs of name, value filling the {@code {name}} placeholders of the
     *                    rule's {@code @message}
     */
    void report(String path, LocalDate eventDate, Object... namedValues);
}
