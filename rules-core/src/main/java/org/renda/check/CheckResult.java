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

    /**
     * Who a record is about (for grouping reports by county and titling them) and the period it
     * covers; fields may be null when unreadable.
     *
     * @param asOfDate the record's {@code asOfDate} as written (ISO date), the day up to which it is complete
     * @param sections the top-level sections the record reports (field names, e.g. {@code sessions});
     *                 empty when it reports none or could not be read
     * @param city     the city (市、州) of the body, e.g. 娄底市
     */
    public record Body(String kind, String name, String county, Integer year, String asOfDate, List<String> sections,
                       String city) {
        public Body {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        /** A body whose city is not known. */
        public Body(String kind, String name, String county, Integer year, String asOfDate, List<String> sections) {
            this(kind, name, county, year, asOfDate, sections, null);
        }

        /** A body known only by kind, name, county and year. */
        public Body(String kind, String name, String county, Integer year) {
            this(kind, name, county, year, null, List.of(), null);
        }
    }

    /** The number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
