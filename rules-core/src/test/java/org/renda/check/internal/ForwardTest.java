package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardTest {

    /** A value shaped like a rolled deadline (nominal day, real last day). */
    record Rolled(LocalDate nominal, LocalDate date) {
    }

    @Test
    void parsesEveryForwardViewAndRefusesOthers() {
        assertThat(Forward.parse("deadline")).isEqualTo(new Forward.View(Forward.Kind.DEADLINE, List.of()));
        assertThat(Forward.parse(" deadline:forwardDeadline, feedbackDeadline "))
                .isEqualTo(new Forward.View(Forward.Kind.DEADLINE, List.of("forwardDeadline", "feedbackDeadline")));
        assertThat(Forward.parse("year").kind()).isEqualTo(Forward.Kind.YEAR);
        assertThat(Forward.parse("quarter").kind()).isEqualTo(Forward.Kind.QUARTER);
        assertThat(Forward.parse("month").kind()).isEqualTo(Forward.Kind.MONTH);
        assertThat(Forward.parse("")).isNull();
        assertThat(Forward.parse("weekly")).isNull();
        assertThat(Forward.parse("deadline:")).isNull();
        assertThat(Forward.parse("deadline:a-b")).isNull();
    }

    @Test
    void aNamedDeadlineIsADateOrTheRealLastDayOfARolledOne() {
        LocalDate d = LocalDate.of(2024, 10, 8);
        assertThat(Forward.dateOf(d)).isEqualTo(d);
        assertThat(Forward.dateOf(new Rolled(LocalDate.of(2024, 10, 1), d))).isEqualTo(d);
        assertThat(Forward.dateOf("2024-10-08")).isNull();
        assertThat(Forward.dateOf(null)).isNull();
    }

    @Test
    void monthsLeftCountTheMonthAskedFor() {
        assertThat(Forward.monthsLeft(YearMonth.of(2025, 6), LocalDate.of(2025, 12, 31))).isEqualTo(7);
        assertThat(Forward.monthsLeft(YearMonth.of(2025, 12), LocalDate.of(2025, 12, 31))).isEqualTo(1);
        assertThat(Forward.monthsLeft(YearMonth.of(2025, 6), LocalDate.of(2025, 3, 31))).isZero();
    }
}
