package org.renda.check.examples.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Severity;
import org.renda.check.Status;
import org.renda.check.Summary;

/**
 * Counts for the summary tables of the text, HTML and DOCX reports (by county, by rule) and the
 * scores for the ranking (through {@link Review}: one period per ranking, the same body ranked
 * once). Keeps no findings, so a batch of any size fits in memory.
 */
final class BatchStats {

    /** One county's row. */
    static final class CountyRow {
        long records;
        long checked;
        long rejected;
        long errors;
        long warnings;
    }

    /** One rule's row. */
    static final class RuleRow {
        String title;
        String pack;
        Severity severity;
        long findings;
        long records;
    }

    /** A rejected record: listed apart from the ranking, with the reason. */
    record Rejected(int seq, String who, String county, String reason) {
    }

    final Summary summary = new Summary();
    final Map<String, CountyRow> byCounty = new TreeMap<>();
    final Map<String, RuleRow> byRule = new TreeMap<>();
    /** Ranked records (the same body's later records are not ranked). */
    final List<Scoring.Entry> scores = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    /** The years and cities of the records, for the report's title. */
    final Set<Integer> years = new java.util.TreeSet<>();
    final Set<String> cities = new java.util.TreeSet<>();
    final Scoring scoring;
    final Review review;
    private final Language lang;

    BatchStats(Scoring scoring, Language lang) {
        this(new Review(scoring, null, lang));
    }

    BatchStats(Review review) {
        this.review = review;
        this.scoring = review.scoring;
        this.lang = review.lang;
    }

    /** The county of a record that names none (a grouping key, shown as it is). */
    static final String UNKNOWN_COUNTY = Texts.get(Language.ZH, "batchStats.unknownCounty");

    static String county(CheckResult r) {
        return r.body() == null || r.body().county() == null ? UNKNOWN_COUNTY : r.body().county();
    }

    static String who(CheckResult r) {
        return r.recordId() != null ? r.recordId() : r.source() + " #" + (r.index() + 1); // counted from 1 for people
    }

    static String name(CheckResult r) {
        return r.body() != null && r.body().name() != null ? r.body().name() : who(r);
    }

    /** Counts a result; returns how the review sees it. */
    Review.Assessed add(CheckResult r) {
        Review.Assessed a = review.assess(r);
        int n = a.seq();
        summary.add(r);
        if (r.body() != null && r.body().year() != null) {
            years.add(r.body().year());
        }
        if (r.body() != null && r.body().city() != null) {
            cities.add(r.body().city());
        }
        String county = county(r);
        CountyRow c = byCounty.computeIfAbsent(county, k -> new CountyRow());
        c.records++;
        if (r.status() == Status.CHECKED) {
            c.checked++;
            Scoring.Score s = a.score();
            if (a.ranked()) {
                scores.add(new Scoring.Entry(n, r.recordId(), county, name(r), s.value(), s.formula(), 0, s.band(),
                        s.reported(), Ranking.period(r.body())));
            }
        } else {
            c.rejected++;
            List<InputError> errors = r.errors();
            String reason = errors.isEmpty() ? "" : (errors.get(0).path().isEmpty() ? "/" : errors.get(0).path())
                    + " " + errors.get(0).message() + (errors.size() > 1
                    ? (Texts.get(lang, "batchStats.more", (errors.size() - 1)))
                    : "");
            rejected.add(new Rejected(n, who(r), county, reason));
        }
        Set<String> rulesInRecord = new HashSet<>();
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) {
                c.errors++;
            } else {
                c.warnings++;
            }
            RuleRow row = byRule.computeIfAbsent(f.ruleId(), k -> new RuleRow());
            row.title = f.title();
            row.pack = f.pack();
            row.severity = f.severity();
            row.findings++;
            if (rulesInRecord.add(f.ruleId())) {
                row.records++;
            }
        }
        return a;
    }

    /** The city ranking of each period (periods in time order); never two years in one ranking. */
    Map<String, List<Scoring.Entry>> cityRankings() {
        Map<Ranking.Period, List<Scoring.Entry>> byPeriod = new TreeMap<>();
        for (Scoring.Entry e : scores) {
            byPeriod.computeIfAbsent(e.period(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Scoring.Entry>> out = new LinkedHashMap<>();
        byPeriod.forEach((p, list) -> out.put(p.label(lang), Scoring.rank(list)));
        return out;
    }

    /** The city ranking when the batch has one period (all of them otherwise, each ranked apart). */
    List<Scoring.Entry> cityRanking() {
        List<Scoring.Entry> all = new ArrayList<>();
        cityRankings().values().forEach(all::addAll);
        return all;
    }

    /**
     * Ranks within each county and period (counties in name order, periods in time order); the
     * key is the county, followed by the period when the batch has more than one.
     */
    Map<String, List<Scoring.Entry>> countyRanking() {
        Map<String, List<Scoring.Entry>> groups = new TreeMap<>();
        Set<Ranking.Period> periods = new HashSet<>();
        scores.forEach(e -> periods.add(e.period()));
        for (Map.Entry<String, List<Scoring.Entry>> p : cityRankings().entrySet()) {
            for (Scoring.Entry e : p.getValue()) {
                String key = periods.size() > 1 ? Texts.get(lang, "batchStats.countyInPeriod", e.county(), p.getKey()) : e.county();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<Scoring.Entry>> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, Scoring.rank(v)));
        return out;
    }
}
