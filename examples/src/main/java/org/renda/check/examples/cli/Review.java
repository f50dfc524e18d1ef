package org.renda.check.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.Status;

/**
 * The quarterly review of one batch, whatever the report format: each record's score, its ranking
 * group (county and period), the same body seen twice, and the comparison with a baseline.
 * {@link #assess} is called once per record in input order; ranks are known after the last one.
 * Keeps per record only four bytes (which file it came from), so the JSON report of a million
 * records stays small in memory.
 */
final class Review {

    /**
     * One record as the review sees it.
     *
     * @param seq         its position in the batch
     * @param score       null unless CHECKED
     * @param group       county|period
     * @param duplicateOf the position of an earlier record of the same body, or -1
     * @param before      the body in the baseline, or null (no baseline, or not in it)
     * @param resolved    the baseline's findings gone now
     */
    record Assessed(int seq, CheckResult result, Scoring.Score score, String group, int duplicateOf,
                    Baseline.Body before, List<Baseline.Old> resolved) {
        boolean ranked() {
            return score != null && duplicateOf < 0;
        }
    }

    /** A county in one period: how many ranked bodies, their average score, and its rank among counties. */
    record County(String county, Ranking.Period period, int bodies, double average, int rank) {
    }

    final Scoring scoring;
    final Baseline baseline;
    final Language lang;
    private final Ranking ranking = new Ranking();
    private final List<String> sources = new ArrayList<>();
    private int[] sourceOf = new int[1024];
    private int seq;
    private final List<String> warnings = new ArrayList<>();
    /** At most this many warnings are kept (memory stays bounded); the rest are counted. */
    static final int MAX_WARNINGS = 1000;
    private long moreWarnings;
    private final Map<String, double[]> countySums = new TreeMap<>();

    Review(Scoring scoring, Baseline baseline, Language lang) {
        this.scoring = scoring;
        this.baseline = baseline;
        this.lang = lang;
    }

    private String msg(String key, Object... args) {
        return Texts.get(lang, key, args);
    }

    Assessed assess(CheckResult r) {
        int n = seq++;
        if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(r.source())) {
            sources.add(r.source());
        }
        if (n >= sourceOf.length) {
            sourceOf = Arrays.copyOf(sourceOf, sourceOf.length * 2);
        }
        sourceOf[n] = sources.size() - 1;
        String group = Ranking.group(r);
        if (r.status() != Status.CHECKED) {
            return new Assessed(n, r, null, group, -1, null, List.of());
        }
        Scoring.Score s = scoring.score(r, lang);
        int first = ranking.firstOfBody(r, n);
        if (first >= 0 && warnings.size() >= MAX_WARNINGS) {
            moreWarnings++;
        } else if (first >= 0) {
            CheckResult.Body b = r.body();
            warnings.add(msg("review.sameBodyTwice", b.name(), b.county(), b.year(), where(first),
                    r.source() + (r.index() > 0 ? " #" + r.index() : "")));
        }
        if (first < 0) {
            ranking.add(group, s.value(), s.reported());
            double[] sum = countySums.computeIfAbsent(group, k -> new double[2]);
            sum[0] += s.value();
            sum[1]++;
        }
        Baseline.Body before = baseline == null ? null : baseline.of(r);
        return new Assessed(n, r, s, group, first, before, Baseline.resolved(before, r.findings()));
    }

    private String where(int seqOfRecord) {
        return sources.get(sourceOf[seqOfRecord]);
    }

    /** The source file of the record at a position. */
    String source(int seqOfRecord) {
        return where(seqOfRecord);
    }

    /** The rank of a ranked record in its group (after every record was assessed); null when not ranked. */
    Integer rank(Assessed a) {
        return a.ranked() ? ranking.rank(a.group(), a.score().value(), a.score().reported()) : null;
    }

    /** The rank of a score in a group (after every record was assessed). */
    int rank(String group, int score, boolean reported) {
        return ranking.rank(group, score, reported);
    }

    /** How many records its group ranks. */
    int groupSize(String group) {
        return ranking.size(group);
    }

    /** The warnings so far (the same body twice), in input order. */
    List<String> warnings() {
        if (moreWarnings == 0) {
            return List.copyOf(warnings);
        }
        List<String> out = new ArrayList<>(warnings);
        out.add(msg("review.moreRecordsRepeatBodySeen", moreWarnings));
        return out;
    }

    /** Every county and period with ranked records: average score and rank among the counties of the period. */
    List<County> counties() {
        Map<String, Double> ranks = Baseline.countyRanks(countySums);
        List<County> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : countySums.entrySet()) {
            String[] kp = e.getKey().split("\\|", 2);
            double[] s = e.getValue();
            out.add(new County(kp[0], periodOf(kp[1]), (int) s[1], s[0] / s[1], (int) Math.round(ranks.get(e.getKey()))));
        }
        out.sort(java.util.Comparator.comparing(County::period).thenComparingInt(County::rank).thenComparing(County::county));
        return out;
    }

    private static Ranking.Period periodOf(String key) {
        int q = key.indexOf("-Q");
        return q < 0 ? new Ranking.Period(Integer.parseInt(key), 0)
                : new Ranking.Period(Integer.parseInt(key.substring(0, q)), Integer.parseInt(key.substring(q + 2)));
    }

    /** NEW / PERSISTING of a finding; null without a baseline. */
    String mark(Assessed a, Finding f) {
        if (baseline == null) {
            return null;
        }
        Set<String> before = a.before() == null ? null : a.before().fingerprints();
        return Baseline.mark(before, f);
    }

    /** A band name as the baseline wrote it, in the report's language when it is one of the scheme's bands. */
    String bandLabel(String name) {
        for (Scoring.Band b : scoring.bands) {
            if (b.name().equals(name) || name != null && name.equals(b.nameEn())) {
                return b.label(lang);
            }
        }
        return name;
    }

    /** 新增 / 仍未整改 as shown to a person. */
    String markLabel(String mark) {
        return mark == null ? "" : "NEW".equals(mark) ? msg("review.new") : msg("review.notYetRectified");
    }

    /** The JSON fields of a county for the report. */
    Map<String, Object> countyJson(County c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("county", c.county());
        m.put("period", c.period().key());
        m.put("bodies", c.bodies());
        m.put("averageScore", Math.round(c.average() * 10) / 10.0);
        m.put("rank", c.rank());
        if (baseline != null) {
            Baseline.County then = baseline.county(c.county());
            Map<String, Object> before = null;
            if (then != null) { // in this order in every run (Map.of's order changes from run to run)
                before = new LinkedHashMap<>();
                before.put("period", then.period());
                before.put("bodies", then.bodies());
                before.put("averageScore", Math.round(then.average() * 10) / 10.0);
                before.put("rank", then.rank());
            }
            m.put("baseline", before);
        }
        return m;
    }
}
