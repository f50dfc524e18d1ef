package org.renda.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {

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
}
