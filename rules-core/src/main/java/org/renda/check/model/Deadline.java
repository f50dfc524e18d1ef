package org.renda.check.model;

import java.time.LocalDate;

/**
 * A deadline counted as a period after an event (期间的末日), after the holiday roll-over of
 * 民法典 第二百零三条: {@code nominal} is the last day counted by 第二百零一、二百零二条, {@code date}
 * the day the period really ends (the first day on or after {@code nominal} that is not a
 * 法定休假日). Made by {@link Periods#daysAfter} and {@link Periods#monthsAfter}; rules compare
 * with {@link #date()} (or pass it to {@link AnnualRecord#lateOrMissing(LocalDate, Deadline)}) and
 * pass the whole deadline as a message value, so the message names the rolled date and says why.
 *
 * @param nominal       the last day before any roll-over
 * @param date          the last day after the roll-over (equal to {@code nominal} when not rolled)
 * @param calendarKnown false when a day looked at lies in a year the bundled holiday calendar does
 *                      not list, so only Saturdays and Sundays were known to be days off
 */
public record Deadline(LocalDate nominal, LocalDate date, boolean calendarKnown) {

    public Deadline {
        if (nominal == null || date == null || date.isBefore(nominal)) {
            throw new IllegalArgumentException("a deadline needs nominal <= date: " + nominal + ", " + date);
        }
    }

    /** True when the last day was a 法定休假日 and the period was extended. */
    public boolean rolled() {
        return !date.equals(nominal);
    }

    /** The real last day, as {@code yyyy-MM-dd}. */
    @Override
    public String toString() {
        return date.toString();
    }
}
