package org.renda.check.internal;

/** The order of JSON Pointers in reports: segment by segment, numeric segments numerically. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Orders JSON Pointers segment by segment, numeric segments numerically. */
    public static int compare(String a, String b) {
        // Performance (issue #5): walks both strings in place (no split, no streams); same order as
        // comparing the split segments: numeric (all digits, < 10 long) numerically, else as strings,
        // then the pointer with fewer segments first.
        int i = 0;
        int j = 0;
        while (true) {
            int ei = a.indexOf('/', i);
            int ej = b.indexOf('/', j);
            if (ei < 0) {
                ei = a.length();
            }
            if (ej < 0) {
                ej = b.length();
            }
            int c;
            if (isNumber(a, i, ei) && isNumber(b, j, ej)) {
                c = Integer.compare(Integer.parseInt(a, i, ei, 10), Integer.parseInt(b, j, ej, 10));
            } else {
                c = compareRegions(a, i, ei, b, j, ej);
            }
            if (c != 0) {
                return c;
            }
            boolean endA = ei == a.length();
            boolean endB = ej == b.length();
            if (endA || endB) {
                return Integer.compare(endA ? 0 : 1, endB ? 0 : 1);
            }
            i = ei + 1;
            j = ej + 1;
        }
    }

    private static boolean isNumber(String s, int from, int to) {
        if (from == to || to - from >= 10) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code String.compareTo} of two substrings, without making them. */
    private static int compareRegions(String a, int i, int ei, String b, int j, int ej) {
        int la = ei - i;
        int lb = ej - j;
        for (int k = 0; k < Math.min(la, lb); k++) {
            char x = a.charAt(i + k);
            char y = b.charAt(j + k);
            if (x != y) {
                return x - y;
            }
        }
        return la - lb;
    }
}
