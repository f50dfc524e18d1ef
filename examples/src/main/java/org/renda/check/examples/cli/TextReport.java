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

    private String t(String zh, String en) {
        return lang == Language.EN ? en : zh;
    }

    /** Notes said once for the whole report (e.g. a holiday year the calendar does not list), in first-seen order. */
    private final java.util.Set<String> notes = new java.util.LinkedHashSet<>();

    void record(CheckResult r) {
        Review.Assessed assessed = stats.add(r);
        notes.addAll(r.notes());
        String who = BatchStats.who(r);
        out.println(RULE);
        if (r.status() == Status.REJECTED) {
            out.println(t("【拒收】", "[REJECTED] ") + who);
            out.println(t("  来源：", "  source: ") + r.source() + t("，第 ", ", record ") + (r.index() + 1) + t(" 条", ""));
            for (InputError e : r.errors()) {
                out.println("  ✗ " + (e.path().isEmpty() ? "/" : e.path()) + "  " + e.message());
            }
            return;
        }
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        out.println(t("【已检查】", "[CHECKED] ") + who + t("  错误 ", "  errors ") + errors + t("  警告 ", "  warnings ") + warnings);
        out.println(t("  来源：", "  source: ") + r.source());
        scoreLines(assessed);
        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(s == Severity.ERROR ? t("  ■ 错误（违反法律法规）", "  ■ ERRORS (breaches of law)")
                    : t("  ■ 警告（规范性要求、指南或地方办法）", "  ■ WARNINGS (norms, guidelines, local measures)"));
            for (Finding f : group) {
                out.println("  • " + markTag(assessed, f) + "[" + f.ruleId() + "] " + f.title() + t("（规则包 ", " (pack ") + f.pack() + t("）", ")"));
                out.println("    " + f.message());
                out.println(t("    位置：", "    where: ") + place(f.path()));
                for (Citation c : f.basis()) {
                    out.println(t("    依据：", "    basis: ") + c.display());
                }
                out.println(t("    整改：", "    remedy: ") + f.remedy());
            }
        }
        if (!r.notChecked().isEmpty()) {
            out.println();
            out.println(t("  未检查的规则（", "  Rules not checked (") + r.notChecked().size() + t(" 条）：", "):"));
            r.notChecked().forEach(n -> out.println("    - " + n.ruleId() + "：" + n.reason()));
        }
        if (r.findings().isEmpty()) {
            out.println(t("  未发现问题。", "  No findings."));
        }
        resolvedLines(assessed);
    }

    // ---- quarterly review (issue 13): score, band, baseline marks, resolved findings ----

    private void scoreLines(Review.Assessed a) {
        if (a.score() == null) {
            return;
        }
        out.println(t("  得分：", "  score: ") + a.score().value() + t("（", " (") + a.score().band() + t("）  ", ")  ")
                + a.score().formula());
        if (a.duplicateOf() >= 0) {
            out.println(t("  ⚠ 与 ", "  ⚠ the same body as ") + stats.review.source(a.duplicateOf())
                    + t(" 是同一单位，不参加排名", "; not ranked"));
        }
        Baseline.Body then = a.before();
        if (stats.review.baseline != null) {
            out.println(then == null ? t("  基线：上次检查中没有该单位", "  baseline: the body is not in the previous check")
                    : t("  上次：得分 ", "  last time: score ") + then.score() + t("（", " (") + stats.review.bandLabel(then.band()) + t("），县内第 ", "), rank ")
                    + then.rank() + t(" 名", " in the county"));
        }
    }

    private String markTag(Review.Assessed a, Finding f) {
        String mark = stats.review.mark(a, f);
        return mark == null ? "" : "【" + stats.review.markLabel(mark) + "】";
    }

    private void resolvedLines(Review.Assessed a) {
        if (stats.review.baseline == null || a.resolved().isEmpty()) {
            return;
        }
        out.println();
        out.println(t("  ■ 已整改（上次检查有、本次已消除，", "  ■ Rectified (in the previous check, gone now: ") + a.resolved().size()
                + t(" 项）", ")"));
        for (Baseline.Old o : a.resolved()) {
            out.println("  ✓ [" + o.ruleId() + "] " + o.title() + t("：", ": ") + o.message());
        }
    }

    /** Warnings (the same body twice) and the counties' average scores, with the baseline's. */
    private void reviewSummary() {
        if (!stats.review.warnings().isEmpty()) {
            out.println();
            out.println(t("注意", "Warnings"));
            stats.review.warnings().forEach(w -> out.println("  ⚠ " + w));
        }
        List<Review.County> counties = stats.review.counties();
        if (counties.isEmpty()) {
            return;
        }
        out.println();
        out.println(t("各县（市、区）平均得分与名次", "Counties: average score and rank"));
        for (Review.County c : counties) {
            Baseline.County then = stats.review.baseline == null ? null : stats.review.baseline.county(c.county());
            out.println("  " + pad(c.period().label(lang), 16) + pad(c.county(), 12) + t("平均 ", "average ")
                    + String.format(java.util.Locale.ROOT, "%.1f", c.average()) + t("，第 ", ", rank ") + c.rank()
                    + t(" 名（", " (") + c.bodies() + t(" 个单位）", " bodies)")
                    + (then == null ? "" : t("；上次 ", "; last time ")
                    + String.format(java.util.Locale.ROOT, "%.1f", then.average()) + t("，第 ", ", rank ") + then.rank() + t(" 名", "")));
        }
    }

    /** 代表建议 第1条（/suggestions/0）: the place for a person (counted from 1), then the JSON Pointer. */
    private String place(String pointer) {
        String label = org.renda.check.RecordFormat.get().label(pointer, lang);
        return label + t("（", " (") + (pointer.isEmpty() ? "/" : pointer) + t("）", ")");
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
        out.println(t("各单位检查结果", "Results per body"));
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
        out.println(header == null ? t("乡镇人大、街道人大工委履职检查报告", "Compliance report") : header.title(stats));
        if (header == null) {
            return;
        }
        out.println(t("  生成时间：", "  generated: ") + header.time());
        out.println(t("  规则包：", "  packs:"));
        header.packs().forEach(p -> out.println("    " + p));
        List<org.renda.check.ParameterInfo> changed = header.changedParameters();
        String file = header.parametersFile();
        if (changed.isEmpty()) {
            out.println(t("  参数：全部为默认值", "  parameters: all at their defaults")
                    + (file == null ? "" : t("（参数文件 ", " (parameter file ") + file + t("）", ")")));
        } else {
            out.println(t("  与默认值不同的参数", "  parameters that differ from the defaults")
                    + (file == null ? "" : t("（参数文件 ", " (parameter file ") + file + t("）", ")")) + t("：", ":"));
            changed.forEach(p -> out.println("    " + header.describe(p)));
        }
    }

    private void summary() {
        out.println(RULE);
        out.println(t("汇总", "Summary"));
        out.printf(t("  记录 %d 条：已检查 %d，拒收 %d；错误 %d，警告 %d%n", "  %d records: %d checked, %d rejected; %d errors, %d warnings%n"),
                stats.summary.records(), stats.summary.checked(), stats.summary.rejected(),
                stats.summary.findings(Severity.ERROR), stats.summary.findings(Severity.WARNING));
        for (String note : notes) {
            out.println(t("  说明：", "  note: ") + note);
        }
        out.println();
        out.println(t("按县（市、区）", "By county"));
        out.println("  " + pad(t("县市区", "county"), 14) + lpad(t("记录", "recs"), 7) + lpad(t("检查", "chk"), 7)
                + lpad(t("拒收", "rej"), 7) + lpad(t("错误", "err"), 7) + lpad(t("警告", "warn"), 7));
        for (Map.Entry<String, BatchStats.CountyRow> e : stats.byCounty.entrySet()) {
            BatchStats.CountyRow c = e.getValue();
            out.println("  " + pad(e.getKey(), 14) + lpad(c.records, 7) + lpad(c.checked, 7) + lpad(c.rejected, 7)
                    + lpad(c.errors, 7) + lpad(c.warnings, 7));
        }
        if (!stats.byRule.isEmpty()) {
            out.println();
            out.println(t("按规则（按问题数从多到少）", "By rule (most findings first)"));
            List<Map.Entry<String, BatchStats.RuleRow>> rows = new java.util.ArrayList<>(stats.byRule.entrySet());
            rows.sort(java.util.Comparator.comparing((Map.Entry<String, BatchStats.RuleRow> e) -> -e.getValue().findings)
                    .thenComparing(Map.Entry::getKey));
            int idWidth = width(t("规则", "rule"));
            int packWidth = width(t("规则包", "pack"));
            for (Map.Entry<String, BatchStats.RuleRow> e : rows) {
                idWidth = Math.max(idWidth, width(e.getKey()));
                packWidth = Math.max(packWidth, width(e.getValue().pack));
            }
            out.println("  " + pad(t("规则", "rule"), idWidth + 1) + pad(t("规则包", "pack"), packWidth + 1)
                    + pad(t("级别", "severity"), 8) + lpad(t("问题", "finds"), 6) + lpad(t("记录", "recs"), 6) + "  " + t("标题", "title"));
            for (Map.Entry<String, BatchStats.RuleRow> e : rows) {
                BatchStats.RuleRow r = e.getValue();
                out.println("  " + pad(e.getKey(), idWidth + 1) + pad(r.pack, packWidth + 1)
                        + pad(r.severity == Severity.ERROR ? t("错误", "ERROR") : t("警告", "WARNING"), 8) + lpad(r.findings, 6)
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
        out.println(t("季度讲评排名（比学赶超）", "Ranking for the quarterly review"));
        out.println(t("  评分办法：", "  scoring: ") + stats.scoring.describe(lang));
        out.println();
        for (Map.Entry<String, List<Scoring.Entry>> city : stats.cityRankings().entrySet()) {
            out.println(t("全市排名（", "City ranking (") + city.getKey() + t("）", ")"));
            rankingTable(city.getValue(), true);
        }
        for (Map.Entry<String, List<Scoring.Entry>> e : stats.countyRanking().entrySet()) {
            out.println();
            out.println(e.getKey() + t("排名", " ranking"));
            rankingTable(e.getValue(), false);
        }
        if (!stats.rejected.isEmpty()) {
            out.println();
            out.println(t("拒收记录（不参加排名）", "Rejected records (not ranked)"));
            for (BatchStats.Rejected r : stats.rejected) {
                out.println("  ✗ " + r.who() + t("：", ": ") + r.reason());
            }
        }
    }

    private void rankingTable(List<Scoring.Entry> entries, boolean withCounty) {
        if (entries.isEmpty()) {
            out.println(t("  （无已检查的记录）", "  (no checked records)"));
            return;
        }
        int nameWidth = 8;
        for (Scoring.Entry e : entries) {
            nameWidth = Math.max(nameWidth, width(e.name()));
        }
        out.println("  " + lpad(t("名次", "rank"), 5) + lpad(t("得分", "score"), 6) + "  "
                + (withCounty ? pad(t("县市区", "county"), 12) : "") + pad(t("单位", "body"), nameWidth + 2)
                + t("计算", "computation"));
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
