package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.Severity;
import org.renda.check.Status;
import org.renda.check.Summary;

/**
 * {@code check --format docx}: (a) the bulletin (通报) in the layout of 党政机关公文 (GB/T 9704-2012:
 * A4, margins 37/35/28/26 mm, 22 lines of 28 characters, title in 方正小标宋简体 二号, body in
 * 仿宋_GB2312 三号, first-level headings in 黑体, second-level in 楷体_GB2312, page number
 * "— N —" in the footer; no 红头), with the score table as its attachment; or (b) the review pack for
 * the 讲评会 ({@code --docx review}). In the report's language: with {@code --lang en} the same
 * document in English (same layout; headings numbered 1. and (1), bold, where Chinese has 一、 and （一）).
 *
 * <p>Fonts are named as 公文 requires; where a font is not installed, Word and WPS substitute a
 * similar one and LibreOffice its replacement (on a machine with only Noto CJK: Noto Serif/Sans
 * CJK SC). The {@code w:rFonts} of each run name the East Asian font, with Times New Roman for
 * digits and Latin letters.
 */
final class DocxReport {

    /**
     * The next month's duties of a body (the {@code due} command's list), for the review pack;
     * null when there is none: the section is left out.
     */
    interface Duties {
        /** The duties of a record's body in a month, one line each (empty: none). */
        List<String> of(CheckResult record, YearMonth month);
    }

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    private static final String LATIN = "Times New Roman";
    /** Headings numbered 一 … 十 (then 十 again), as many as there are numerals. */
    private static final int NUMBERS = Ranking.CHINESE_NUMERALS.length();

    private final XWPFDocument doc = new XWPFDocument();
    private final Review review;
    private final Language lang;
    private final BatchStats stats;
    private final List<CheckResult> results;
    private final List<Review.Assessed> assessed = new ArrayList<>();

    private DocxReport(Review review, List<CheckResult> results) {
        this.review = review;
        this.lang = review.lang;
        this.stats = new BatchStats(review);
        this.results = results;
        results.forEach(r -> assessed.add(stats.add(r)));
    }

    /** Writes the bulletin ({@code reviewPack} false) or the review pack; returns the summary. */
    static Summary write(Checker checker, Review review, List<CheckResult> results, boolean reviewPack, String issuer,
                         LocalDate rectifyBy, OutputStream out) throws IOException {
        return write(review, results, reviewPack, issuer, rectifyBy, LocalDate.now(), null, out);
    }

    static Summary write(Review review, List<CheckResult> results, boolean reviewPack, String issuer,
                         LocalDate rectifyBy, LocalDate today, Duties duties, OutputStream out) throws IOException {
        DocxReport d = new DocxReport(review, results);
        d.page();
        if (reviewPack) {
            d.reviewPack(duties, today);
        } else {
            d.bulletin(issuer, rectifyBy, today);
        }
        d.doc.write(out);
        d.doc.close();
        return d.stats.summary;
    }

    // ---- layout ----

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4, twips
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(mm(37)));
        m.setBottom(BigInteger.valueOf(mm(35)));
        m.setLeft(BigInteger.valueOf(mm(28)));
        m.setRight(BigInteger.valueOf(mm(26)));
        m.setFooter(BigInteger.valueOf(mm(28) - 567));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", BODY_FONT, 14, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", BODY_FONT, 14, false);
    }

    private static int mm(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr rpr = r.getCTR().isSetRPr()
                ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setEastAsia(font);
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setCs(LATIN);
        return r;
    }

    private XWPFParagraph para(String text, String font, int size, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(28.95, LineSpacingRule.EXACT); // 22 lines in the 225 mm type area
        p.setSpacingAfter(0);
        if (indent) {
            p.setIndentationFirstLine(16 * 20 * 2); // two characters of 三号 (16 pt)
        }
        if (text != null) {
            run(p, text, font, size, false);
        }
        return p;
    }

    /** A body paragraph: 仿宋_GB2312 三号, first line indented by two characters. */
    private XWPFParagraph body(String text) {
        return para(text, BODY_FONT, 16, ParagraphAlignment.BOTH, true);
    }

    /** The title, 二号 小标宋, centred; the lines are broken where the meaning allows (GB/T 9704 7.3.1). */
    private void title(String... lines) {
        para(null, BODY_FONT, 16, ParagraphAlignment.CENTER, false);
        XWPFParagraph p = para(null, TITLE_FONT, 22, ParagraphAlignment.CENTER, false);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], TITLE_FONT, 22, false);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
        para(null, BODY_FONT, 16, ParagraphAlignment.CENTER, false);
    }

    private String msg(String key, Object... args) {
        return Texts.get(lang, key, args);
    }

    /** Heading n (from 0): 一、 … in Chinese, 1. … in English (bold: Latin text has no 黑体). */
    private void heading(int n, String text) {
        bold(para(msg("docxReport.heading", number(n), text), HEADING_FONT, 16, ParagraphAlignment.LEFT, true));
    }

    private void subheading(int n, String text) {
        bold(para(msg("docxReport.subheading", number(n), text), SUBHEADING_FONT, 16, ParagraphAlignment.LEFT, true));
    }

    private String number(int n) {
        return lang == Language.EN ? String.valueOf(n + 1) : Ranking.CHINESE_NUMERALS.substring(n, n + 1);
    }

    /** English headings are bold (Chinese ones are set apart by 黑体 and 楷体). */
    private void bold(XWPFParagraph p) {
        if (lang == Language.EN) {
            p.getRuns().forEach(r -> r.setBold(true));
        }
    }

    /** A table across the type area; {@code percent} gives each column's share of the width. */
    private XWPFTable table(List<String> head, List<List<String>> rows, int... percent) {
        XWPFTable t = doc.createTable(rows.size() + 1, head.size());
        t.setWidth("100%");
        fill(t.getRow(0), head, true, percent);
        for (int i = 0; i < rows.size(); i++) {
            fill(t.getRow(i + 1), rows.get(i), false, percent);
        }
        t.getRow(0).setRepeatHeader(true);
        return t;
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean head, int[] percent) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell c = row.getCell(i);
            if (i < percent.length) {
                c.setWidth(percent[i] + "%");
            }
            XWPFParagraph p = c.getParagraphs().get(0);
            p.setAlignment(head ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, cells.get(i), head ? HEADING_FONT : BODY_FONT, 10, false);
        }
    }

    // ---- content ----

    /** The batch's period ("2025年第一季度"), the latest when it has several. */
    private String period() {
        Ranking.Period latest = null;
        for (Scoring.Entry e : stats.scores) {
            if (latest == null || e.period().compareTo(latest) > 0) {
                latest = e.period();
            }
        }
        return latest == null ? "" : latest.label(lang);
    }

    /** "2025年3月1日" / "1 March 2025". */
    private String date(LocalDate d) {
        return msg("docxReport.date", d.getYear(), lang == Language.EN
                ? d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) : d.getMonthValue(),
                d.getDayOfMonth());
    }

    /** A body as named in the document: county and name. */
    private String who(CheckResult r) {
        return msg("docxReport.who", BatchStats.county(r), BatchStats.name(r));
    }

    private long bodies(String kind) {
        return assessed.stream().filter(a -> a.result().body() != null && kind.equals(a.result().body().kind())).count();
    }

    private void bulletin(String issuer, LocalDate rectifyBy, LocalDate today) {
        String period = period();
        title(msg("docxReport.bulletinTitle", period), msg("docxReport.bulletinTitle2"));
        para(msg("docxReport.addressees"), BODY_FONT, 16, ParagraphAlignment.LEFT, false);
        Summary s = stats.summary;
        body(msg("docxReport.bulletinIntro", period, s.records(), bodies("TOWNSHIP"), bodies("STREET")));

        heading(0, msg("docxReport.overview"));
        List<Scoring.Entry> ranked = stats.cityRanking();
        Map<String, Integer> byBand = new LinkedHashMap<>();
        review.scoring.bands.forEach(b -> byBand.put(b.label(lang), 0));
        double sum = 0;
        for (Scoring.Entry e : ranked) {
            byBand.merge(e.band(), 1, Integer::sum);
            sum += e.score();
        }
        List<String> bandText = new ArrayList<>();
        byBand.forEach((b, n) -> bandText.add(msg("docxReport.bandCount", b, n)));
        long unreported = assessed.stream().filter(a -> a.score() != null && !a.score().reported()).count();
        body(msg("docxReport.overall", s.records(), s.checked(), s.rejected(),
                s.findings(Severity.ERROR) + s.findings(Severity.WARNING), s.findings(Severity.ERROR), s.findings(Severity.WARNING),
                ranked.size(), ranked.isEmpty() ? "—" : String.format(java.util.Locale.ROOT, "%.1f", sum / ranked.size()),
                String.join(msg("docxReport.comma"), bandText),
                unreported > 0 ? msg("docxReport.unreportedBodies", unreported) : ""));
        List<String> top = topRules(5);
        if (!top.isEmpty()) {
            body(msg("docxReport.frequentProblems", String.join(msg("docxReport.semicolon"), top)));
        }

        heading(1, msg("docxReport.commended"));
        Scoring.Band best = review.scoring.bands.get(0);
        List<Scoring.Entry> good = ranked.stream().filter(e -> e.band().equals(best.label(lang))).toList();
        if (good.isEmpty()) {
            body(msg("docxReport.noneInTopBand", best.label(lang)));
        } else {
            body(msg("docxReport.praise", best.label(lang), best.min(), byCounty(good)));
        }

        heading(2, msg("docxReport.problemsAndRectification"));
        Scoring.Band worst = review.scoring.bands.get(review.scoring.bands.size() - 1);
        List<Review.Assessed> named = new ArrayList<>();
        for (Review.Assessed a : assessed) {
            if (a.ranked() && a.score().band().equals(worst.label(lang))) {
                named.add(a);
            }
        }
        named.sort(java.util.Comparator.comparing((Review.Assessed a) -> BatchStats.county(a.result()))
                .thenComparingInt(a -> a.score().value()));
        if (named.isEmpty()) {
            body(msg("docxReport.noneInBottomBand", worst.label(lang)));
        } else {
            body(msg("docxReport.named", named.size(), review.scoring.bands.get(review.scoring.bands.size() - 2).min(),
                    date(rectifyBy)));
            int i = 0;
            for (Review.Assessed a : named) {
                subheading(Math.min(i++, NUMBERS - 1), msg("docxReport.whoWithScore", who(a.result()), a.score().value()));
                body(problems(a, 6) + msg("docxReport.rectifyBy", date(rectifyBy)));
            }
        }

        heading(3, msg("docxReport.requirements"));
        body(msg("docxReport.requireRectification"));
        body(msg("docxReport.requireTruthfulReports"));
        body(msg("docxReport.requireLastingWork"));
        // the attachment line, the issuer and the date stay on one page (never a date alone on a page)
        body(msg("docxReport.attachmentLine", period)).setKeepNext(true);
        para(null, BODY_FONT, 16, ParagraphAlignment.RIGHT, false).setKeepNext(true);
        XWPFParagraph signed = para(issuer, BODY_FONT, 16, ParagraphAlignment.RIGHT, false);
        signed.setIndentationRight(16 * 20 * 4);
        signed.setKeepNext(true);
        para(date(today), BODY_FONT, 16, ParagraphAlignment.RIGHT, false).setIndentationRight(16 * 20 * 4);

        XWPFParagraph brk = doc.createParagraph();
        brk.setPageBreak(true);
        bold(para(msg("docxReport.attachment"), HEADING_FONT, 16, ParagraphAlignment.LEFT, false));
        para(msg("docxReport.scoreTableTitle", period), TITLE_FONT, 18, ParagraphAlignment.CENTER, false);
        scoreTable(false);
    }

    /** The rules with the most bodies concerned: "会期缩水（12 个单位）". */
    private List<String> topRules(int n) {
        List<Map.Entry<String, BatchStats.RuleRow>> rows = new ArrayList<>(stats.byRule.entrySet());
        rows.sort(java.util.Comparator.comparingLong((Map.Entry<String, BatchStats.RuleRow> e) -> -e.getValue().records)
                .thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, BatchStats.RuleRow> e : rows.subList(0, Math.min(n, rows.size()))) {
            out.add(msg("docxReport.ruleWithBodies", e.getValue().title, e.getValue().records));
        }
        return out;
    }

    private String byCounty(List<Scoring.Entry> entries) {
        Map<String, List<String>> m = new TreeMap<>();
        entries.forEach(e -> m.computeIfAbsent(e.county(), k -> new ArrayList<>()).add(msg("docxReport.nameWithScore", e.name(), e.score())));
        List<String> parts = new ArrayList<>();
        m.forEach((c, names) -> parts.add(msg("docxReport.countyBodies", c, String.join(msg("docxReport.listSeparator"), names))));
        return String.join(msg("docxReport.semicolon"), parts);
    }

    /** "存在问题：1. 会期缩水：…；2. …" with at most {@code max} named, then "等 N 项". */
    private String problems(Review.Assessed a, int max) {
        List<Finding> fs = a.result().findings();
        long unreported = a.result().notChecked().stream().filter(n -> n.cause() == NotChecked.Cause.NOT_REPORTED).count();
        if (fs.isEmpty() && unreported > 0) {
            return msg("docxReport.nothingReported", unreported);
        }
        StringBuilder b = new StringBuilder(msg("docxReport.findingCount", fs.size()));
        for (int i = 0; i < Math.min(max, fs.size()); i++) {
            Finding f = fs.get(i);
            b.append(msg("docxReport.numberedFinding", i + 1, markTag(a, f), f.message()));
        }
        if (fs.size() > max) {
            b.append(msg("docxReport.findingsInAll", fs.size()));
        }
        if (unreported > 0) {
            b.append(msg("docxReport.alsoNotChecked", unreported));
        }
        return b.toString();
    }

    /** "〔新增〕" before a finding when there is a baseline, else "". */
    private String markTag(Review.Assessed a, Finding f) {
        String mark = review.mark(a, f);
        return mark == null ? "" : msg("docxReport.markTag", review.markLabel(mark));
    }

    /** A message without its final full stop, to be joined with others. */
    private String sentence(String message) {
        String stop = msg("docxReport.fullStop");
        return message.endsWith(stop) ? message.substring(0, message.length() - stop.length()) : message;
    }

    private void scoreTable(boolean withFormula) {
        List<String> head = new ArrayList<>(List.of(msg("docxReport.columnNo"), msg("docxReport.columnCounty"),
                msg("docxReport.columnBody"), msg("docxReport.columnScore"), msg("docxReport.columnBand"),
                msg("docxReport.columnRankInCounty")));
        if (withFormula) {
            head.add(msg("docxReport.columnComputation"));
        }
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (List<Scoring.Entry> county : stats.countyRanking().values()) {
            for (Scoring.Entry e : county) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(i++), e.county(), e.name(), String.valueOf(e.score()),
                        e.band(), String.valueOf(e.rank())));
                if (withFormula) {
                    row.add(e.formula());
                }
                rows.add(row);
            }
        }
        if (withFormula) {
            table(head, rows, 5, 10, 14, 6, 7, 7, 51);
        } else {
            table(head, rows, 8, 18, 30, 12, 16, 16);
        }
    }

    private void reviewPack(Duties duties, LocalDate today) {
        String period = period();
        title(msg("docxReport.reviewTitle", period), msg("docxReport.reviewTitle2"));
        Summary s = stats.summary;
        heading(0, msg("docxReport.findingsInFigures"));
        body(msg("docxReport.reviewCounts", s.records(), s.checked(), s.rejected(), s.findings(Severity.ERROR) + s.findings(Severity.WARNING)));
        table(List.of(msg("docxReport.columnSeverity"), msg("docxReport.columnFindings")),
                List.of(List.of(msg("docxReport.errorsBreachLaw"), String.valueOf(s.findings(Severity.ERROR))),
                        List.of(msg("docxReport.warningsNorms"), String.valueOf(s.findings(Severity.WARNING)))), 70, 30);
        para(null, BODY_FONT, 16, ParagraphAlignment.LEFT, false);
        List<List<String>> rules = new ArrayList<>();
        stats.byRule.forEach((id, r) -> rules.add(List.of(id, r.title, msg(r.severity == Severity.ERROR ? "docxReport.error" : "docxReport.warning"),
                Scoring.groupLabel(review.scoring.group(id), lang), String.valueOf(r.findings), String.valueOf(r.records))));
        if (!rules.isEmpty()) {
            table(List.of(msg("docxReport.columnRule"), msg("docxReport.columnFinding"), msg("docxReport.columnSeverity"),
                    msg("docxReport.columnGroup"), msg("docxReport.columnFindings"), msg("docxReport.columnBodies")), rules, 26, 38, 8, 10, 8, 10);
        }

        heading(1, msg("docxReport.findingsByBody"));
        int i = 0;
        for (Review.Assessed a : assessed) {
            CheckResult r = a.result();
            if (r.status() != Status.CHECKED) {
                continue;
            }
            subheading(Math.min(i++, NUMBERS - 1), msg("docxReport.whoWithScoreAndBand", who(r), a.score().value(), a.score().band()));
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Scoring.SIX.forEach(g -> groups.put(g, new ArrayList<>()));
            for (Finding f : r.findings()) {
                groups.computeIfAbsent(review.scoring.group(f.ruleId()), k -> new ArrayList<>())
                        .add(msg("docxReport.titledFinding", markTag(a, f), f.title(), sentence(f.message())));
            }
            boolean any = false;
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                if (g.getValue().isEmpty()) {
                    continue;
                }
                any = true;
                body(msg("docxReport.groupFindings", Scoring.groupLabel(g.getKey(), lang), g.getValue().size(),
                        String.join(msg("docxReport.semicolon"), g.getValue())));
            }
            if (!a.resolved().isEmpty()) {
                List<String> done = new ArrayList<>();
                a.resolved().forEach(o -> done.add(o.title()));
                body(msg("docxReport.rectified", a.resolved().size(), String.join(msg("docxReport.semicolon"), done)));
            }
            if (!any) {
                body(msg("docxReport.noFindings"));
            }
        }

        heading(2, msg("docxReport.rankingAndComputation"));
        scoreTable(true);

        if (duties != null) {
            YearMonth next = YearMonth.from(today).plusMonths(1);
            heading(3, msg("docxReport.dutiesOfMonth", next.getYear(), lang == Language.EN
                    ? next.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) : next.getMonthValue()));
            for (Review.Assessed a : assessed) {
                List<String> lines = duties.of(a.result(), next);
                if (!lines.isEmpty()) {
                    body(msg("docxReport.bodyDuties", who(a.result()), String.join(msg("docxReport.semicolon"), lines)));
                }
            }
        }
    }
}
