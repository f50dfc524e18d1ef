package org.renda.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One record's duty list for one month (月初提示), as the record stands on its {@code asOfDate}:
 * CHECKED with its four parts, or REJECTED with the input errors (a bad record, a month outside
 * its year, a record dated after the month). Immutable.
 *
 * @param source     the file the record came from
 * @param index      the record's position in its file
 * @param recordId   the record's {@code recordId}, when it could be read
 * @param status     CHECKED or REJECTED
 * @param month      the month asked for
 * @param asOfDate   the record's date (null when rejected before it could be read)
 * @param body       who the record is about (null when unreadable)
 * @param due        duties whose deadline falls in the month (or after {@code asOfDate} and before
 *                   the month) and that the record does not show as done, by date
 * @param overdue    the findings as of {@code asOfDate}
 * @param open       yearly duties not yet done, with the months left
 * @param recurring  the duties of the quarter and of the month containing it that are not yet done
 * @param notChecked rules that cannot be looked ahead for this record (a section it does not report)
 * @param errors     REJECTED only
 */
public record DueResult(String source, int index, String recordId, Status status, YearMonth month,
                        LocalDate asOfDate, CheckResult.Body body, List<Duty> due, List<Finding> overdue,
                        List<Duty> open, List<Duty> recurring, List<NotChecked> notChecked,
                        List<InputError> errors) {
    public DueResult {
        due = List.copyOf(due);
        overdue = List.copyOf(overdue);
        open = List.copyOf(open);
        recurring = List.copyOf(recurring);
        notChecked = List.copyOf(notChecked);
        errors = List.copyOf(errors);
    }
}
