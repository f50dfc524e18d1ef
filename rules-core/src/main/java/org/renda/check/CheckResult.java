package org.renda.check;

import java.util.List;

/**
 * The result for one input record: CHECKED with its findings, or REJECTED with its input errors.
 *
 * <p>Immutable (its lists are unmodifiable copies), so results may be handed between threads
 * freely; two checks of the same input by the same checker give {@code equals} results, whichever
 * threads run them.
 *
 * @param source     the file the record came from, as given by the caller
 * @param index      the record's position in its file (0 for a single-record file)
 * @param recordId   the record's {@code recordId}, when it could be read (also when rejected)
 * @param status     CHECKED or REJECTED
 * @param findings   sorted by path (numeric segments in numeric order), then rule ID
 * @param notChecked rules that apply but could not be checked, with the reason
 * @param errors     input errors (REJECTED only)
 * @param body       who the record is about, when it could be read (null otherwise)
 */
public record CheckResult(String source, int index, String recordId, Status status, List<Finding> findings,
                          List<NotChecked> notChecked, List<InputError> errors, Body body) {

    public CheckResult {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
        errors = List.copyOf(errors);
    }

    /** Who a record is about (for grouping reports by county and titling them); fields may be null when unreadable. */
    public record Body(String kind, String name, String county, Integer year, String city) {
        /** A body whose city is not known. */
        public Body(String kind, String name, String county, Integer year) {
            this(kind, name, county, year, null);
        }
    }

    /** The number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
