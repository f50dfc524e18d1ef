package org.renda.check.examples.cli;

import java.util.ArrayList;
import java.util.HashSet;
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
 * Counts for the summary tables of the text and HTML reports (by county, by rule) and the
 * scores for the ranking. Keeps no findings, so a batch of any size fits in memory.
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
    final List<Scoring.Entry> scores = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final Scoring scoring;
    private final Language lang;
    private int seq;

    BatchStats(Scoring scoring, Language lang) {
        this.scoring = scoring;
        this.lang = lang;
    }

    static String county(CheckResult r) {
        return r.body() == null || r.body().county() == null ? "（未知）" : r.body().county();
    }

    static String who(CheckResult r) {
        return r.recordId() != null ? r.recordId() : r.source() + " #" + r.index();
    }

    static String name(CheckResult r) {
        return r.body() != null && r.body().name() != null ? r.body().name() : who(r);
    }

    void add(CheckResult r) {
        int n = seq++;
        summary.add(r);
        String county = county(r);
        CountyRow c = byCounty.computeIfAbsent(county, k -> new CountyRow());
        c.records++;
        if (r.status() == Status.CHECKED) {
            c.checked++;
            Scoring.Score s = scoring.score(r, lang);
            scores.add(new Scoring.Entry(n, r.recordId(), county, name(r), s.value(), s.formula(), 0));
        } else {
            c.rejected++;
            List<InputError> errors = r.errors();
            String reason = errors.isEmpty() ? "" : (errors.get(0).path().isEmpty() ? "/" : errors.get(0).path())
                    + " " + errors.get(0).message() + (errors.size() > 1
                    ? (lang == Language.EN ? " (and " + (errors.size() - 1) + " more)" : "（另有 " + (errors.size() - 1) + " 处）")
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
    }

    List<Scoring.Entry> cityRanking() {
        return Scoring.rank(scores);
    }

    Map<String, List<Scoring.Entry>> countyRanking() {
        return Scoring.rankByCounty(scores);
    }
}
