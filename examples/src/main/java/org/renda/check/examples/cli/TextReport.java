package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.renda.check.CheckResult;
import org.renda.check.Citation;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Severity;
import org.renda.check.Status;

/**
 * The report for a person at a terminal, in the order a person reads it: the header (title with
 * year and region, time, packs, changed parameters), the summary tables by county and by rule, the
 * ranking; then, per record, the findings grouped by severity with title, message, basis and place.
 *
 * <p>The per-record details are written to a temporary file while the records are checked and
 * copied after the summary by {@link #finish()}, so a batch of any size runs in constant memory.
 */
final class TextReport {

    private static final String RULE = "════════════════════════════════════════════════════════════════";

    /** Where the part being written goes: the details file while records come in, then the report. */
    private PrintWriter out;
    private final PrintWriter target;
    private final java.nio.file.Path detailsFile;
    private final Language lang;
    private final BatchStats stats;
    private final ReportHeader header;

    TextReport(PrintWriter out, Language lang, Scoring scoring) {
        this(out, lang, new Review(scoring, null, lang), null);
    }

    TextReport(PrintWriter out, Language lang, Review review, ReportHeader header) {
        this.target = out;
        this.lang = lang;
        this.stats = new BatchStats(review);
        this.header = header;
        try {
            this.detailsFile = java.nio.file.Files.createTempFile("renda-check-details-", ".txt");
            this.out = new PrintWriter(java.nio.file.Files.newBufferedWriter(detailsFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Object... args) {
        return Texts.get(lang, key, args);
    }

    /** Notes said once for the whole report (e.g. a holiday year the calendar does not list), in first-seen order. */
    private final java.util.Set<String> notes = new java.util.LinkedHashSet<>();

    void record(CheckResult r) {
        Review.Assessed assessed = stats.add(r);
        notes.addAll(r.notes());
        String who = BatchStats.who(r);
        out.println(RULE);
        if (r.status() == Status.REJECTED) {
            out.println(msg("textReport.rejected") + who);
            out.println(msg("textReport.source") + r.source() + msg("textReport.recordNumber") + (r.index() + 1) + msg("textReport.recordNumberEnd"));
            for (InputError e : r.errors()) {
                String cell = e.cellLabel(lang);
                out.println("  ✗ " + (cell != null ? cell + "  " : "") + (e.path().isEmpty() ? "/" : e.path()) + "  " + e.message());
            }
            return;
        }
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        out.println(msg("textReport.checked") + who + msg("textReport.errors") + errors + msg("textReport.warnings") + warnings);
        out.println(msg("textReport.source") + r.source());
        scoreLines(assessed);
        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(s == Severity.ERROR ? msg("textReport.errorsBreachesLaw")
                    : msg("textReport.warningsNormsGuidelinesLocalMeasures"));
            for (Finding f : group) {
                out.println("  • " + markTag(assessed, f) + "[" + f.ruleId() + "] " + f.title() + msg("textReport.pack") + f.pack() + msg("textReport.closingBracket"));
                out.println("    " + f.message());
                out.println(msg("textReport.where") + place(f.path()));
                for (Citation c : f.basis()) {
                    out.println(msg("textReport.basis") + c.display());
                }
                out.println(msg("textReport.remedy") + f.remedy());
            }
        }
        if (!r.notChecked().isEmpty()) {
            out.println();
            out.println(msg("textReport.rulesNotChecked") + r.notChecked().size() + msg("textReport.notCheckedCountEnd"));
            r.notChecked().forEach(n -> out.println(msg("textReport.notCheckedRule", n.ruleId(), n.reason())));
        }
        if (r.findings().isEmpty()) {
            out.println(msg("textReport.noFindings"));
        }
        resolvedLines(assessed);
    }

    // ---- quarterly review (issue 13): score, band, baseline marks, resolved findings ----

    private void scoreLines(Review.Assessed a) {
        if (a.score() == null) {
            return;
        }
        out.println(msg("textReport.score") + a.score().value() + msg("textReport.openingBracket") + a.score().band() + msg("textReport.bandEnd")
                + a.score().formula());
        if (a.duplicateOf() >= 0) {
            out.println(msg("textReport.sameBodyAs") + stats.review.source(a.duplicateOf())
                    + msg("textReport.notRanked"));
        }
        Baseline.Body then = a.before();
        if (stats.review.baseline != null) {
            out.println(then == null ? msg("textReport.baselineBodyNotPreviousCheck")
                    : msg("textReport.lastTimeScore") + then.score() + msg("textReport.openingBracket") + stats.review.bandLabel(then.band()) + msg("textReport.rank")
                    + then.rank() + msg("textReport.rankInCountyEnd"));
        }
    }

    private String markTag(Review.Assessed a, Finding f) {
        String mark = stats.review.mark(a, f);
        return mark == null ? "" : msg("textReport.markTag", stats.review.markLabel(mark));
    }

    private void resolvedLines(Review.Assessed a) {
        if (stats.review.baseline == null || a.resolved().isEmpty()) {
            return;
        }
        out.println();
        out.println(msg("textReport.rectifiedPreviousCheckGoneNow") + a.resolved().size()
                + msg("textReport.resolvedCountEnd"));
        for (Baseline.Old o : a.resolved()) {
            out.println("  ✓ [" + o.ruleId() + "] " + o.title() + msg("textReport.colon") + o.message());
        }
    }

    /** Warnings (the same body twice) and the counties' average scores, with the baseline's. */
    private void reviewSummary() {
        if (!stats.review.warnings().isEmpty()) {
            out.println();
            out.println(msg("textReport.warningsHeading"));
            stats.review.warnings().forEach(w -> out.println("  ⚠ " + w));
        }
        List<Review.County> counties = stats.review.counties();
        if (counties.isEmpty()) {
            return;
        }
        out.println();
        out.println(msg("textReport.countiesAverageScoreRank"));
        for (Review.County c : counties) {
            Baseline.County then = stats.review.baseline == null ? null : stats.review.baseline.county(c.county());
            out.println("  " + pad(c.period().label(lang), 16) + pad(c.county(), 12) + msg("textReport.average")
                    + String.format(java.util.Locale.ROOT, "%.1f", c.average()) + msg("textReport.rankLabel") + c.rank()
                    + msg("textReport.rankThenBodies") + c.bodies() + msg("textReport.bodies")
                    + (then == null ? "" : msg("textReport.lastTime")
                    + String.format(java.util.Locale.ROOT, "%.1f", then.average()) + msg("textReport.rankLabel") + then.rank() + msg("textReport.rankEnd")));
        }
    }

    /** 代表建议 第1条（/suggestions/0）: the place for a person (counted from 1), then the JSON Pointer. */
    private String place(String pointer) {
        String label = org.renda.check.RecordFormat.get().label(pointer, lang);
        return label + msg("textReport.openingBracket") + (pointer.isEmpty() ? "/" : pointer) + msg("textReport.closingBracket");
    }

    /** Writes the header, the summary and the ranking, then the details of every record. */
    void finish() {
        out.flush();
        PrintWriter details = out;
        out = target;
        header();
        summary();
        out.println();
        out.println(RULE);
        out.println(msg("textReport.resultsPerBody"));
        details.close();
        out.flush();
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(detailsFile, StandardCharsets.UTF_8)) {
            char[] buf = new char[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard();
        }
        out.flush();
    }

    /** Removes the details file (also when the report is abandoned). */
    void discard() {
        try {
            java.nio.file.Files.deleteIfExists(detailsFile);
        } catch (IOException e) {
            // a temporary file left behind is not worth failing the report for
        }
    }

    private void header() {
        out.println(RULE);
        out.println(header == null ? msg("textReport.complianceReport") : header.title(stats));
        if (header == null) {
            return;
        }
        out.println(msg("textReport.generated") + header.time());
        out.println(msg("textReport.packs"));
        header.packs().forEach(p -> out.println("    " + p));
        List<org.renda.check.ParameterInfo> changed = header.changedParameters();
        String file = header.parametersFile();
        if (changed.isEmpty()) {
            out.println(msg("textReport.parametersAllAtTheirDefaults")
                    + (file == null ? "" : msg("textReport.parameterFile") + file + msg("textReport.closingBracket")));
        } else {
            out.println(msg("textReport.parametersDifferFromDefaults")
                    + (file == null ? "" : msg("textReport.parameterFile") + file + msg("textReport.closingBracket")) + msg("textReport.parametersColon"));
            changed.forEach(p -> out.println("    " + header.describe(p)));
        }
    }

    private void summary() {
        out.println(RULE);
        out.println(msg("textReport.summary"));
        out.printf(msg("textReport.dRecordsDCheckedD"),
                stats.summary.records(), stats.summary.checked(), stats.summary.rejected(),
                stats.summary.findings(Severity.ERROR), stats.summary.findings(Severity.WARNING));
        for (String note : notes) {
            out.println(msg("textReport.note") + note);
        }
        out.println();
        out.println(msg("textReport.byCounty"));
        out.println("  " + pad(msg("textReport.countyColumn"), 14) + lpad(msg("textReport.recordsColumn"), 7) + lpad(msg("textReport.checkedColumn"), 7)
                + lpad(msg("textReport.rejectedColumn"), 7) + lpad(msg("textReport.errorsColumn"), 7) + lpad(msg("textReport.warningsColumn"), 7));
        for (Map.Entry<String, BatchStats.CountyRow> e : stats.byCounty.entrySet()) {
            BatchStats.CountyRow c = e.getValue();
            out.println("  " + pad(e.getKey(), 14) + lpad(c.records, 7) + lpad(c.checked, 7) + lpad(c.rejected, 7)
                    + lpad(c.errors, 7) + lpad(c.warnings, 7));
        }
        if (!stats.byRule.isEmpty()) {
            out.println();
            out.println(msg("textReport.byRuleMostFindingsFirst"));
            List<Map.Entry<String, BatchStats.RuleRow>> rows = new java.util.ArrayList<>(stats.byRule.entrySet());
            rows.sort(java.util.Comparator.comparing((Map.Entry<String, BatchStats.RuleRow> e) -> -e.getValue().findings)
                    .thenComparing(Map.Entry::getKey));
            int idWidth = width(msg("textReport.rule"));
            int packWidth = width(msg("textReport.packColumn"));
            for (Map.Entry<String, BatchStats.RuleRow> e : rows) {
                idWidth = Math.max(idWidth, width(e.getKey()));
                packWidth = Math.max(packWidth, width(e.getValue().pack));
            }
            out.println("  " + pad(msg("textReport.rule"), idWidth + 1) + pad(msg("textReport.packColumn"), packWidth + 1)
                    + pad(msg("textReport.severity"), 8) + lpad(msg("textReport.findingsColumn"), 6) + lpad(msg("textReport.recordsColumn"), 6) + "  " + msg("textReport.title"));
            for (Map.Entry<String, BatchStats.RuleRow> e : rows) {
                BatchStats.RuleRow r = e.getValue();
                out.println("  " + pad(e.getKey(), idWidth + 1) + pad(r.pack, packWidth + 1)
                        + pad(r.severity == Severity.ERROR ? msg("textReport.error") : msg("textReport.warning"), 8) + lpad(r.findings, 6)
                        + lpad(r.records, 6) + "  " + r.title);
            }
        }
        ranking();
        reviewSummary();
        out.flush();
    }

    /** 季度讲评排名: the city, then each county; rejected records apart. */
    private void ranking() {
        out.println();
        out.println("════════════════════════════════════════════════════════════════");
        out.println(msg("textReport.rankingQuarterlyReview"));
        out.println(msg("textReport.scoring") + stats.scoring.describe(lang));
        out.println();
        for (Map.Entry<String, List<Scoring.Entry>> city : stats.cityRankings().entrySet()) {
            out.println(msg("textReport.cityRanking") + city.getKey() + msg("textReport.closingBracket"));
            rankingTable(city.getValue(), true);
        }
        for (Map.Entry<String, List<Scoring.Entry>> e : stats.countyRanking().entrySet()) {
            out.println();
            out.println(e.getKey() + msg("textReport.ranking"));
            rankingTable(e.getValue(), false);
        }
        if (!stats.rejected.isEmpty()) {
            out.println();
            out.println(msg("textReport.rejectedRecordsNotRanked"));
            for (BatchStats.Rejected r : stats.rejected) {
                out.println("  ✗ " + r.who() + msg("textReport.colon") + r.reason());
            }
        }
    }

    private void rankingTable(List<Scoring.Entry> entries, boolean withCounty) {
        if (entries.isEmpty()) {
            out.println(msg("textReport.noCheckedRecords"));
            return;
        }
        int nameWidth = 8;
        for (Scoring.Entry e : entries) {
            nameWidth = Math.max(nameWidth, width(e.name()));
        }
        out.println("  " + lpad(msg("textReport.rankColumn"), 5) + lpad(msg("textReport.scoreColumn"), 6) + "  "
                + (withCounty ? pad(msg("textReport.countyColumn"), 12) : "") + pad(msg("textReport.body"), nameWidth + 2)
                + msg("textReport.computation"));
        for (Scoring.Entry e : entries) {
            out.println("  " + lpad(e.rank(), 5) + lpad(e.score(), 6) + "  " + (withCounty ? pad(e.county(), 12) : "")
                    + pad(e.name(), nameWidth + 2) + e.band() + "  " + e.formula());
        }
    }

    BatchStats stats() {
        return stats;
    }

    /** Pads on the right to a display width: a CJK (wide) character takes two columns. */
    static String pad(String s, int width) {
        int w = width(s);
        return w >= width ? s + " " : s + " ".repeat(width - w);
    }

    /** Pads on the left to a display width (for numbers and their headings). */
    static String lpad(Object o, int width) {
        String s = String.valueOf(o);
        int w = width(s);
        return w >= width ? " " + s : " ".repeat(width - w) + s;
    }

    /** The display width in a terminal: East Asian wide and fullwidth characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
