package org.renda.check.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The date logic every rule needs, in one place (期间的计算).
 *
 * <p>Periods follow 民法典 第二百零一条、第二百零二条: "N days after D" ends on D + N days; "N months
 * after D" ends on the same day of the month N months later, or on that month's last day where
 * there is none ({@link LocalDate#plusMonths}: 31 January + 3 months = 30 April). A deadline is
 * met on its last day.
 *
 * <p>Under rule catalogue 1.1 a period counted after an event whose last day is a 法定休假日 ends on
 * the first following day that is not one (第二百零三条): {@link #daysAfter} and {@link #monthsAfter}
 * give such a {@link Deadline}. Fixed dates (a month-day parameter, the end of a month, quarter or
 * year) and periods counted backwards from a session ({@link #minusDays}) are never rolled over,
 * nor are {@link #plusDays} and {@link #plusMonths}, which only count.
 *
 * <p>All methods are null-tolerant in the way the record format reads absence: an absent date is
 * an event that has not happened.
 */
public final class Periods {

    private Periods() {
    }

    /** D + N days, or null when D is absent. */
    public static LocalDate plusDays(LocalDate date, int days) {
        return date == null ? null : date.plusDays(days);
    }

    /** D − N days, or null when D is absent. */
    public static LocalDate minusDays(LocalDate date, int days) {
        return date == null ? null : date.minusDays(days);
    }

    /** D + N months (民法典 第二百零二条), or null when D is absent. */
    public static LocalDate plusMonths(LocalDate date, int months) {
        return date == null ? null : date.plusMonths(months);
    }

    /**
     * The deadline "N days after D" (民法典 第二百零一条), rolled over when its last day is a
     * 法定休假日 (第二百零三条); null when D is absent.
     */
    public static Deadline daysAfter(LocalDate date, int days) {
        return date == null ? null : rollOver(date.plusDays(days));
    }

    /**
     * The deadline "N months after D" (民法典 第二百零二条: the same day of the month, or the month's
     * last day where there is none), rolled over when its last day is a 法定休假日 (第二百零三条);
     * null when D is absent.
     */
    public static Deadline monthsAfter(LocalDate date, int months) {
        return date == null ? null : rollOver(date.plusMonths(months));
    }

    /**
     * The period whose last day is {@code lastDay}, extended to the first day on or after it that
     * is not a 法定休假日 (民法典 第二百零三条第一款). Days of years the bundled calendar does not list
     * are days off only when they are Saturdays or Sundays; the deadline then says so
     * ({@link Deadline#calendarKnown()} false).
     */
    public static Deadline rollOver(LocalDate lastDay) {
        HolidayCalendar calendar = HolidayCalendar.bundled();
        LocalDate day = lastDay;
        boolean known = calendar.knows(day.getYear());
        while (calendar.isDayOff(day)) {
            day = day.plusDays(1);
            known &= calendar.knows(day.getYear());
        }
        return new Deadline(lastDay, day, known);
    }

    /** True when the day is a 法定休假日: listed as a day off, or a weekend day not listed as a working day. */
    public static boolean isDayOff(LocalDate day) {
        return HolidayCalendar.bundled().isDayOff(day);
    }

    /** True when the bundled holiday calendar lists the year (2021–2026 today). */
    public static boolean isHolidayYearKnown(int year) {
        return HolidayCalendar.bundled().knows(year);
    }

    /** True when a deadline falls on or before {@code asOfDate}: it can be judged. */
    public static boolean isDue(LocalDate deadline, LocalDate asOfDate) {
        return deadline != null && !deadline.isAfter(asOfDate);
    }

    /**
     * "X late or missing": X happened after the deadline, or X has not happened and the deadline
     * is due. A deadline is met on its last day. False when there is no deadline.
     */
    public static boolean lateOrMissing(LocalDate actual, LocalDate deadline, LocalDate asOfDate) {
        if (deadline == null) {
            return false;
        }
        if (actual != null) {
            return actual.isAfter(deadline);
        }
        return isDue(deadline, asOfDate);
    }

    /** {@link #lateOrMissing(LocalDate, LocalDate, LocalDate)} against a rolled-over deadline; false when there is none. */
    public static boolean missed(LocalDate actual, Deadline deadline, LocalDate asOfDate) {
        return deadline != null && lateOrMissing(actual, deadline.date(), asOfDate);
    }

    /** True when {@code asOfDate} ≥ 31 December of {@code year}. */
    public static boolean isYearComplete(int year, LocalDate asOfDate) {
        return !asOfDate.isBefore(LocalDate.of(year, 12, 31));
    }

    /** The date of a month-day (a parameter such as {@code 03-31}) in the given year. */
    public static LocalDate inYear(int year, MonthDay monthDay) {
        return monthDay.atYear(year);
    }

    /** The quarters (1–4) of {@code year} whose last day is on or before {@code asOfDate}. */
    public static List<Integer> endedQuarters(int year, LocalDate asOfDate) {
        List<Integer> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            if (!YearMonth.of(year, q * 3).atEndOfMonth().isAfter(asOfDate)) {
                quarters.add(q);
            }
        }
        return quarters;
    }

    /** The quarter (1–4) a date falls in. */
    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The months of {@code year} that ended on or before {@code asOfDate} and are not before the
     * month of {@code since} (null = the whole year).
     */
    public static List<YearMonth> endedMonths(int year, LocalDate asOfDate, LocalDate since) {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth first = YearMonth.of(year, 1);
        if (since != null && YearMonth.from(since).isAfter(first)) {
            first = YearMonth.from(since);
        }
        for (YearMonth m = first; m.getYear() == year; m = m.plusMonths(1)) {
            if (!m.atEndOfMonth().isAfter(asOfDate)) {
                months.add(m);
            }
        }
        return months;
    }

    /**
     * The months of {@code months}, in their given order, in which fewer than {@code min} of
     * {@code dates} fall (e.g. the months a liaison station received no visitors). Absent dates are
     * ignored; an absent list of dates counts as none; an absent list of months gives none.
     */
    public static List<YearMonth> monthsWithFewer(List<YearMonth> months, Collection<LocalDate> dates, int min) {
        List<YearMonth> out = new ArrayList<>();
        if (months == null) {
            return out;
        }
        for (YearMonth m : months) {
            int n = 0;
            if (dates != null) {
                for (LocalDate d : dates) {
                    if (d != null && YearMonth.from(d).equals(m)) {
                        n++;
                    }
                }
            }
            if (n < min) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * True when the periods [aFrom, aTo] and [bFrom, bTo] have at least one day in common;
     * an absent bound is open.
     */
    public static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aStartsBeforeBEnds = aFrom == null || bTo == null || !aFrom.isAfter(bTo);
        boolean bStartsBeforeAEnds = bFrom == null || aTo == null || !bFrom.isAfter(aTo);
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }

    /** True when {@code day} lies in [from, to]; an absent bound is open. */
    public static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    /** The later of two dates; an absent date loses. */
    public static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
