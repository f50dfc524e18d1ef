package org.renda.check.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.renda.check.CheckResult;
import org.renda.check.Language;

/**
 * Ranking in bounded memory: records are ranked within their group (same county and same period:
 * the year, or the quarter when {@code asOfDate} is the last day of a quarter before the year's
 * end), highest score first, a record that reports no section after every record that reports
 * something, equal scores sharing a rank (1, 2, 2, 4). Keeps per group only how many records have
 * each score, and per record a 64-bit hash of its body (to spot the same body twice), so a batch
 * of a million records ranks in a few megabytes.
 */
final class Ranking {

    /** 一 … 十: the numerals of Chinese quarters and of a Chinese official document's headings (data, not a message). */
    static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    /** The period a record is ranked in: its year, or its quarter when {@code asOfDate} ends one. */
    record Period(int year, int quarter) implements Comparable<Period> {
        String key() {
            return quarter == 0 ? String.valueOf(year) : year + "-Q" + quarter;
        }

        /** "2025年第一季度" / "2025 Q1", "2025年" / "2025". */
        String label(Language lang) {
            return quarter == 0 ? Texts.get(lang, "ranking.yearLabel", year) : Texts.get(lang, "ranking.quarterLabel", year,
                    lang == Language.EN ? String.valueOf(quarter) : CHINESE_NUMERALS.substring(quarter - 1, quarter));
        }

        @Override
        public int compareTo(Period o) {
            return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
        }
    }

    static Period period(CheckResult.Body b) {
        int year = b == null || b.year() == null ? 0 : b.year();
        if (b != null && b.asOfDate() != null) {
            try {
                LocalDate d = LocalDate.parse(b.asOfDate());
                if (d.getYear() == year && d.getMonthValue() < 12 && d.getMonthValue() % 3 == 0
                        && d.getDayOfMonth() == d.lengthOfMonth()) {
                    return new Period(year, d.getMonthValue() / 3);
                }
            } catch (DateTimeParseException e) {
                // an unreadable date: the year
            }
        }
        return new Period(year, 0);
    }

    /** The ranking group of a record: county and period. */
    static String group(CheckResult r) {
        return BatchStats.county(r) + "|" + period(r.body()).key();
    }

    /** The body of a record as the duplicate check and the baseline see it: kind, name, county, year. */
    static String bodyKey(CheckResult.Body b) {
        return b == null ? null : b.kind() + "|" + b.name() + "|" + b.county() + "|" + b.year();
    }

    private final Map<String, TreeMap<Long, Integer>> counts = new HashMap<>();
    private Map<String, TreeMap<Long, Integer>> ranks;
    private final LongIntMap bodies = new LongIntMap();

    private static long key(int score, boolean reported) {
        return ((reported ? 1L : 0L) << 33) + ((long) score - Integer.MIN_VALUE);
    }

    /**
     * Notes a checked record's body; returns the sequence number of an earlier record of the same
     * body in this batch, or -1 when it is the first.
     */
    int firstOfBody(CheckResult r, int seq) {
        String k = bodyKey(r.body());
        return k == null ? -1 : bodies.putIfAbsent(hash(k), seq);
    }

    /** Counts a ranked record. */
    void add(String group, int score, boolean reported) {
        counts.computeIfAbsent(group, g -> new TreeMap<>()).merge(key(score, reported), 1, Integer::sum);
        ranks = null;
    }

    /** A record's rank in its group (after all were added). */
    int rank(String group, int score, boolean reported) {
        if (ranks == null) {
            ranks = new HashMap<>();
            counts.forEach((g, byKey) -> {
                TreeMap<Long, Integer> r = new TreeMap<>();
                int better = 0;
                for (Map.Entry<Long, Integer> e : byKey.descendingMap().entrySet()) {
                    r.put(e.getKey(), better + 1);
                    better += e.getValue();
                }
                ranks.put(g, r);
            });
        }
        TreeMap<Long, Integer> r = ranks.get(group);
        Integer v = r == null ? null : r.get(key(score, reported));
        return v == null ? 0 : v;
    }

    /** How many records a group ranks. */
    int size(String group) {
        TreeMap<Long, Integer> c = counts.get(group);
        return c == null ? 0 : c.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** FNV-1a, 64 bits, over the UTF-16 units. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * An open-addressing map from long to int without boxing: 12 bytes a slot, at most three
     * quarters full (a million bodies: 2M slots, 24 MB; 36 MB while it grows). The key 0 is stored
     * as 1 (a hash of 0 or 1 shares a slot; with 64-bit hashes of body keys this does not occur).
     */
    static final class LongIntMap {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        /** The value already there, or -1 after putting {@code v}. */
        int putIfAbsent(long key, int v) {
            long k = key == 0 ? 1 : key;
            if ((size + 1) * 4L > keys.length * 3L) {
                grow();
            }
            int i = slot(k, keys.length);
            while (keys[i] != 0) {
                if (keys[i] == k) {
                    return values[i];
                }
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = k;
            values[i] = v;
            size++;
            return -1;
        }

        private static int slot(long k, int n) {
            long x = k * 0x9E3779B97F4A7C15L;
            return (int) (x >>> 33) & (n - 1);
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = values;
            keys = new long[ok.length * 2];
            values = new int[ok.length * 2];
            for (int j = 0; j < ok.length; j++) {
                if (ok[j] != 0) {
                    int i = slot(ok[j], keys.length);
                    while (keys[i] != 0) {
                        i = (i + 1) & (keys.length - 1);
                    }
                    keys[i] = ok[j];
                    values[i] = ov[j];
                }
            }
        }
    }
}
