package org.renda.check;

import java.util.Locale;

/** The language of titles, messages and remedies: Chinese (default) or English. */
public enum Language {
    ZH, EN;

    /** Parses {@code zh}, {@code zh-CN}, {@code en}, … (case-insensitive). */
    public static Language parse(String tag) {
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) {
            return ZH;
        }
        if (t.startsWith("en")) {
            return EN;
        }
        throw new IllegalArgumentException("unknown language: " + tag + " (expected zh or en)");
    }
}
