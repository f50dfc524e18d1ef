package org.renda.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 民法典 第二百零一、二百零二条 as the record format reads them, at their boundaries. */
class PeriodsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void monthsAfterEndOnTheSameDayOrTheMonthsLastDay() {
        assertThat(Periods.plusMonths(d("2024-01-31"), 3)).isEqualTo(d("2024-04-30"));
        assertThat(Periods.plusMonths(d("2023-11-30"), 3)).isEqualTo(d("2024-02-29"));
        assertThat(Periods.plusMonths(d("2024-02-15"), 6)).isEqualTo(d("2024-08-15"));
        assertThat(Periods.plusMonths(null, 3)).isNull();
    }

    @Test
    void aDeadlineIsMetOnItsLastDay() {
        LocalDate deadline = d("2024-04-30");
        LocalDate asOf = d("2024-12-31");
        assertThat(Periods.lateOrMissing(d("2024-04-30"), deadline, asOf)).isFalse();
        assertThat(Periods.lateOrMissing(d("2024-05-01"), deadline, asOf)).isTrue();
        assertThat(Periods.lateOrMissing(null, deadline, asOf)).isTrue();
    }

    @Test
    void aMissingEventIsNotLateBeforeTheDeadlineIsDue() {
        assertThat(Periods.lateOrMissing(null, d("2024-07-01"), d("2024-06-30"))).isFalse();
        assertThat(Periods.lateOrMissing(null, d("2024-06-30"), d("2024-06-30"))).isTrue();
        assertThat(Periods.isDue(d("2024-06-30"), d("2024-06-30"))).isTrue();
        assertThat(Periods.lateOrMissing(null, (LocalDate) null, d("2024-06-30"))).isFalse();
    }

    @Test
    void daysAfter() {
        assertThat(Periods.plusDays(d("2024-01-18"), 20)).isEqualTo(d("2024-02-07"));
        assertThat(Periods.minusDays(d("2024-01-17"), 7)).isEqualTo(d("2024-01-10"));
    }

    @Test
    void quartersAndMonthsThatHaveEnded() {
        assertThat(Periods.endedQuarters(2024, d("2024-06-29"))).containsExactly(1);
        assertThat(Periods.endedQuarters(2024, d("2024-06-30"))).containsExactly(1, 2);
        assertThat(Periods.endedQuarters(2024, d("2024-12-31"))).containsExactly(1, 2, 3, 4);
        assertThat(Periods.endedMonths(2024, d("2024-03-30"), null)).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(Periods.endedMonths(2024, d("2024-12-31"), d("2024-10-15")))
                .containsExactly(YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
        assertThat(Periods.endedMonths(2024, d("2024-12-31"), d("2019-06-01"))).hasSize(12);
        assertThat(Periods.quarterOf(d("2024-04-01"))).isEqualTo(2);
    }

    @Test
    void yearCompleteOnlyFromTheLastDay() {
        assertThat(Periods.isYearComplete(2024, d("2024-12-30"))).isFalse();
        assertThat(Periods.isYearComplete(2024, d("2024-12-31"))).isTrue();
        assertThat(Periods.isYearComplete(2024, d("2025-03-01"))).isTrue();
    }

    @Test
    void periodsOverlapOnOneCommonDayAndOpenBoundsAreOpen() {
        assertThat(Periods.overlaps(d("2024-01-01"), d("2024-03-01"), d("2024-03-01"), null)).isTrue();
        assertThat(Periods.overlaps(d("2024-01-01"), d("2024-02-29"), d("2024-03-01"), null)).isFalse();
        assertThat(Periods.overlaps(null, null, d("2024-01-01"), d("2024-12-31"))).isTrue();
        assertThat(Periods.overlaps(null, d("2023-12-31"), d("2024-01-01"), d("2024-12-31"))).isFalse();
        assertThat(Periods.within(d("2024-05-01"), null, d("2024-05-01"))).isTrue();
    }

    // monthsWithFewer (LD-STATION-IDLE-001)
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    @Test
    void monthsWithFewerListsTheShortMonthsInOrder() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1));
        assertThat(Periods.monthsWithFewer(List.of(JAN, FEB, MAR), dates, 1)).containsExactly(FEB);
    }

    @Test
    void monthsWithFewerCountsAgainstTheMinimum() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 10));
        assertThat(Periods.monthsWithFewer(List.of(JAN, FEB), dates, 2)).containsExactly(FEB);
        assertThat(Periods.monthsWithFewer(List.of(JAN, FEB), dates, 0)).isEmpty();
    }

    @Test
    void monthsWithFewerIgnoresOtherYearsAndAbsentDates() {
        List<LocalDate> dates = Arrays.asList(LocalDate.of(2023, 1, 15), null);
        assertThat(Periods.monthsWithFewer(List.of(JAN), dates, 1)).containsExactly(JAN);
    }

    @Test
    void monthsWithFewerIsNullSafe() {
        assertThat(Periods.monthsWithFewer(null, List.of(), 1)).isEmpty();
        assertThat(Periods.monthsWithFewer(List.of(JAN), null, 1)).containsExactly(JAN);
    }

    @Test
    void endedMonthsStartsAtTheMonthOfSince() {
        assertThat(Periods.endedMonths(2024, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 2, 15)))
                .containsExactly(FEB, MAR);
        assertThat(Periods.endedMonths(2024, LocalDate.of(2024, 3, 30), null)).containsExactly(JAN, FEB);
    }

    // --- holiday roll-over (民法典 第二百零三条, rule catalogue 1.1) ---

    @Test
    void aDeadlineOnNationalDayRollsOverToTheFirstWorkingDay() {
        Deadline d = Periods.daysAfter(d("2024-09-10"), 21);
        assertThat(d.nominal()).isEqualTo(d("2024-10-01"));
        assertThat(d.date()).isEqualTo(d("2024-10-08"));
        assertThat(d.rolled()).isTrue();
        assertThat(d.calendarKnown()).isTrue();
        assertThat(d.toString()).isEqualTo("2024-10-08");
    }

    @Test
    void aWeekendRollsOverToMondayAndAWorkingDayStays() {
        assertThat(Periods.daysAfter(d("2024-07-18"), 30).date()).isEqualTo(d("2024-08-19")); // Sat 08-17
        Deadline weekday = Periods.daysAfter(d("2024-07-18"), 33); // Tue 08-20
        assertThat(weekday.date()).isEqualTo(d("2024-08-20"));
        assertThat(weekday.rolled()).isFalse();
    }

    @Test
    void aDesignatedWorkingWeekendDayEndsThePeriod() {
        // 2024-02-16 is in the Spring Festival days off (10–17 Feb); Sunday 18 Feb is a 调休 working day
        assertThat(Periods.daysAfter(d("2024-01-17"), 30).date()).isEqualTo(d("2024-02-18"));
        assertThat(Periods.isDayOff(d("2024-02-18"))).isFalse();
        assertThat(Periods.isDayOff(d("2024-02-17"))).isTrue();
    }

    @Test
    void monthsAfterKeepsTheMonthEndRuleThenRollsOver() {
        // 31 Jan + 3 months = 30 April (a Tuesday in 2024): not rolled
        assertThat(Periods.monthsAfter(d("2024-01-31"), 3).date()).isEqualTo(d("2024-04-30"));
        // 30 Nov 2024 + 3 months = 28 Feb 2025 (Friday): not rolled; 2025-03-01 is a Saturday
        assertThat(Periods.monthsAfter(d("2024-11-30"), 3).date()).isEqualTo(d("2025-02-28"));
        assertThat(Periods.monthsAfter(d("2024-12-01"), 3).date()).isEqualTo(d("2025-03-03"));
    }

    @Test
    void aYearTheCalendarDoesNotListKnowsWeekendsOnly() {
        assertThat(Periods.isHolidayYearKnown(2026)).isTrue();
        assertThat(Periods.isHolidayYearKnown(2027)).isFalse();
        Deadline d = Periods.rollOver(d("2027-01-02")); // Saturday
        assertThat(d.date()).isEqualTo(d("2027-01-04"));
        assertThat(d.calendarKnown()).isFalse();
        // 2027-01-01 (a Friday, New Year's Day in any year) is not known to be a day off
        assertThat(Periods.rollOver(d("2027-01-01")).date()).isEqualTo(d("2027-01-01"));
        // a deadline on 31 December 2026 that rolls into 2027 is not fully known either
        assertThat(Periods.rollOver(d("2026-12-31")).calendarKnown()).isTrue(); // a Thursday, no roll
    }

    @Test
    void missedUsesTheRolledDate() {
        Deadline d = Periods.daysAfter(d("2024-09-10"), 21);
        assertThat(Periods.missed(d("2024-10-08"), d, d("2024-12-31"))).isFalse();
        assertThat(Periods.missed(d("2024-10-09"), d, d("2024-12-31"))).isTrue();
        assertThat(Periods.missed(null, d, d("2024-10-07"))).isFalse(); // not yet due
        assertThat(Periods.missed(null, d, d("2024-10-08"))).isTrue();
        assertThat(Periods.missed(null, null, d("2024-10-08"))).isFalse();
    }
}
