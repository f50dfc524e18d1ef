package org.renda.check.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Dates#parse} is {@link LocalDate#parse}: same value, or same exception and message. */
class DatesTest {

    private static String outcome(java.util.function.Supplier<LocalDate> f) {
        try {
            return "ok " + f.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static void same(String s) {
        assertThat(outcome(() -> Dates.parse(s))).as(s).isEqualTo(outcome(() -> LocalDate.parse(s)));
    }

    @Test
    void everyMonthAndDayOfSomeYears() {
        int n = 0;
        for (int y : new int[]{0, 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    same(String.format("%04d-%02d-%02d", y, m, d));
                    n++;
                }
            }
        }
        assertThat(n).isEqualTo(12 * 14 * 33);
    }

    @Test
    void randomMutations() {
        SplittableRandom rnd = new SplittableRandom(7);
        String alphabet = "0123456789-+ /T:x\u0661\uFF10";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder(String.format("%04d-%02d-%02d", rnd.nextInt(10000), rnd.nextInt(14), rnd.nextInt(33)));
            int edits = rnd.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = rnd.nextInt(sb.length() + 1);
                char c = alphabet.charAt(rnd.nextInt(alphabet.length()));
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.insert(at, c);
                    case 1 -> { if (at < sb.length()) sb.setCharAt(at, c); }
                    default -> { if (at < sb.length()) sb.deleteCharAt(at); }
                }
            }
            same(sb.toString());
        }
        same("");
        same("+10000-01-01");
        same("-0001-01-01");
    }
}
