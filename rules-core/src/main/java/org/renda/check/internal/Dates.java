package org.renda.check.internal;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;

/** Date parsing shared by the validator and the mapper. Internal. */
final class Dates {

    private Dates() {
    }

    /**
     * Exactly {@link LocalDate#parse(CharSequence)}: the same dates, the same exceptions. The
     * common shape {@code yyyy-MM-dd} (ASCII digits, a day that exists) is read by hand, which is
     * ~10× cheaper than the formatter; anything else goes to {@code LocalDate.parse}.
     */
    static LocalDate parse(String s) {
        if (isPlainDate(s)) {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        return LocalDate.parse(s);
    }

    /**
     * True when {@code s} is exactly {@code yyyy-MM-dd} in ASCII digits and names a day that
     * exists (year 0000–9999): such a string is accepted by {@code LocalDate.parse}, by the
     * schema's {@code date} format and by its pattern {@code ^\d{4}-\d{2}-\d{2}$}.
     */
    static boolean isPlainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= lengthOfMonth(y, m);
    }

    private static int lengthOfMonth(int y, int m) {
        return switch (m) {
            case 2 -> IsoChronology.INSTANCE.isLeapYear(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 for any other char. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }
}
