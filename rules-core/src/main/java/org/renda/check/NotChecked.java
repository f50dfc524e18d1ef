package org.renda.check;

/**
 * A rule that could not be checked on a record, and why (e.g. the section it needs was not reported).
 *
 * @param ruleId the rule
 * @param reason why, in the checker's language
 * @param cause  the kind of reason: the record does not report what the rule needs, or the period
 *               the rule judges is not over yet (scoring treats the two differently)
 */
public record NotChecked(String ruleId, String reason, Cause cause) {

    /** Why a rule was not checked. */
    public enum Cause {
        /** A section the rule needs is absent from the record (未报送). */
        NOT_REPORTED,
        /** The year (or quarter) the rule judges is not over on the record's {@code asOfDate}. */
        PERIOD_NOT_OVER
    }
}
