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
 * @param notes      what a reader must know about how the record was judged, said once (e.g. a year
 *                   whose public holidays the bundled calendar does not list); usually empty
 */
public record CheckResult(String source, int index, String recordId, Status status, List<Finding> findings,
                          List<NotChecked> notChecked, List<InputError> errors, Body body, List<String> notes) {

    public CheckResult {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
        errors = List.copyOf(errors);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A result without notes. */
    public CheckResult(String source, int index, String recordId, Status status, List<Finding> findings,
                       List<NotChecked> notChecked, List<InputError> errors, Body body) {
        this(source, index, recordId, status, findings, notChecked, errors, body, List.of());
    }

    /** Who a record is about (for grouping reports by county); fields may be null when unreadable. */
    public record Body(String kind, String name, String county, Integer year) {
    }

    /** The number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
