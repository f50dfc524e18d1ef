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
import org.renda.check.NotChecked;
import org.renda.check.Severity;
import org.renda.check.Status;
import org.renda.check.Summary;

/**
 * {@code check --format docx}: (a) the bulletin (通报) in the layout of 党政机关公文 (GB/T 9704-2012:
 * A4, margins 37/35/28/26 mm, 22 lines of 28 characters, title in 方正小标宋简体 二号, body in
 * 仿宋_GB2312 三号, first-level headings in 黑体, second-level in 楷体_GB2312, page number
 * "— N —" in the footer; no 红头), with the score table as its attachment; or (b) the review pack for
 * the 讲评会 ({@code --docx review}). Chinese only: 公文 are written in Chinese.
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
    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final XWPFDocument doc = new XWPFDocument();
    private final Review review;
    private final BatchStats stats;
    private final List<CheckResult> results;
    private final List<Review.Assessed> assessed = new ArrayList<>();

    private DocxReport(Review review, List<CheckResult> results) {
        this.review = review;
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

    private void heading(int n, String text) {
        para(NUMBERS[n] + "、" + text, HEADING_FONT, 16, ParagraphAlignment.LEFT, true);
    }

    private void subheading(int n, String text) {
        para("（" + NUMBERS[n] + "）" + text, SUBHEADING_FONT, 16, ParagraphAlignment.LEFT, true);
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
        return latest == null ? "" : latest.label(review.lang);
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private long bodies(String kind) {
        return assessed.stream().filter(a -> a.result().body() != null && kind.equals(a.result().body().kind())).count();
    }

    private void bulletin(String issuer, LocalDate rectifyBy, LocalDate today) {
        String period = period();
        title("关于" + period + "乡镇（街道）", "人大工作情况的通报");
        para("各县（市、区）人大常委会，各乡镇人大、街道人大工委：", BODY_FONT, 16, ParagraphAlignment.LEFT, false);
        Summary s = stats.summary;
        body("为推动乡镇人大、街道人大工委依法履职，按照季度讲评、比学赶超的安排，依据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》"
                + "和省、市有关规定，对" + period + "报送的 " + s.records() + " 份履职记录（乡镇人大 " + bodies("TOWNSHIP")
                + " 个、街道人大工委 " + bodies("STREET") + " 个）进行了检查评分。现将有关情况通报如下：");

        heading(0, "总体情况");
        List<Scoring.Entry> ranked = stats.cityRanking();
        Map<String, Integer> byBand = new LinkedHashMap<>();
        review.scoring.bands.forEach(b -> byBand.put(b.name(), 0));
        double sum = 0;
        for (Scoring.Entry e : ranked) {
            byBand.merge(e.band(), 1, Integer::sum);
            sum += e.score();
        }
        List<String> bandText = new ArrayList<>();
        byBand.forEach((b, n) -> bandText.add(b + " " + n + " 个"));
        long unreported = assessed.stream().filter(a -> a.score() != null && !a.score().reported()).count();
        body("检查记录 " + s.records() + " 份，其中符合格式、完成检查的 " + s.checked() + " 份，格式不符被拒收的 " + s.rejected()
                + " 份。共发现问题 " + (s.findings(Severity.ERROR) + s.findings(Severity.WARNING)) + " 个，其中违反法律法规的错误 "
                + s.findings(Severity.ERROR) + " 个、不符合规范性要求的警告 " + s.findings(Severity.WARNING) + " 个。参加排名的 "
                + ranked.size() + " 个单位平均得分 " + (ranked.isEmpty() ? "—" : String.format(java.util.Locale.ROOT, "%.1f", sum / ranked.size()))
                + " 分，按档次：" + String.join("，", bandText) + "。"
                + (unreported > 0 ? "另有 " + unreported + " 个单位未报送任何履职内容，按未报送扣分，排名列后。" : ""));
        List<String> top = topRules(5);
        if (!top.isEmpty()) {
            body("问题较为集中的方面：" + String.join("；", top) + "。");
        }

        heading(1, "表扬单位");
        Scoring.Band best = review.scoring.bands.get(0);
        List<Scoring.Entry> good = ranked.stream().filter(e -> e.band().equals(best.name())).toList();
        if (good.isEmpty()) {
            body("本期没有得分达到“" + best.name() + "”档次的单位。");
        } else {
            body("以下单位得分达到“" + best.name() + "”档次（" + best.min() + " 分及以上），予以通报表扬：" + byCounty(good) + "。");
        }

        heading(2, "存在的问题及整改要求");
        Scoring.Band worst = review.scoring.bands.get(review.scoring.bands.size() - 1);
        List<Review.Assessed> named = new ArrayList<>();
        for (Review.Assessed a : assessed) {
            if (a.ranked() && a.score().band().equals(worst.name())) {
                named.add(a);
            }
        }
        named.sort(java.util.Comparator.comparing((Review.Assessed a) -> BatchStats.county(a.result()))
                .thenComparingInt(a -> a.score().value()));
        if (named.isEmpty()) {
            body("本期没有得分落入“" + worst.name() + "”档次的单位。");
        } else {
            body("以下 " + named.size() + " 个单位得分低于 " + review.scoring.bands.get(review.scoring.bands.size() - 2).min()
                    + " 分，予以通报。请于" + date(rectifyBy) + "前整改到位，并将整改情况书面报送。");
            int i = 0;
            for (Review.Assessed a : named) {
                subheading(Math.min(i++, NUMBERS.length - 1), BatchStats.county(a.result()) + BatchStats.name(a.result())
                        + "（" + a.score().value() + " 分）");
                body(problems(a, 6) + "整改期限：" + date(rectifyBy) + "。");
            }
        }

        heading(3, "工作要求");
        body("（一）抓好问题整改。各县（市、区）人大常委会要督促被通报单位逐条对照问题清单，明确责任人和完成时限，按期整改到位；"
                + "下一季度检查将逐项核对整改情况，仍未整改的问题继续扣分。");
        body("（二）如实完整报送。履职记录各部分应如实填报；未报送的内容无法检查，按未报送扣分，不得以不报代替整改。");
        body("（三）建立长效机制。对照“开好会、盯好法、管好钱、定好事、进好站、服好务”的要求，把依法按期召开会议、审查批准预算、"
                + "组织代表进站履职等工作列入年度计划，做到常态长效。");
        // the attachment line, the issuer and the date stay on one page (never a date alone on a page)
        body("附件：" + period + "乡镇（街道）人大工作评分表").setKeepNext(true);
        para(null, BODY_FONT, 16, ParagraphAlignment.RIGHT, false).setKeepNext(true);
        XWPFParagraph signed = para(issuer, BODY_FONT, 16, ParagraphAlignment.RIGHT, false);
        signed.setIndentationRight(16 * 20 * 4);
        signed.setKeepNext(true);
        para(date(today), BODY_FONT, 16, ParagraphAlignment.RIGHT, false).setIndentationRight(16 * 20 * 4);

        XWPFParagraph brk = doc.createParagraph();
        brk.setPageBreak(true);
        para("附件", HEADING_FONT, 16, ParagraphAlignment.LEFT, false);
        para(period + "乡镇（街道）人大工作评分表", TITLE_FONT, 18, ParagraphAlignment.CENTER, false);
        scoreTable(false);
    }

    /** The rules with the most bodies concerned: "会期缩水（12 个单位）". */
    private List<String> topRules(int n) {
        List<Map.Entry<String, BatchStats.RuleRow>> rows = new ArrayList<>(stats.byRule.entrySet());
        rows.sort(java.util.Comparator.comparingLong((Map.Entry<String, BatchStats.RuleRow> e) -> -e.getValue().records)
                .thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, BatchStats.RuleRow> e : rows.subList(0, Math.min(n, rows.size()))) {
            out.add(e.getValue().title + "（" + e.getValue().records + " 个单位）");
        }
        return out;
    }

    private static String byCounty(List<Scoring.Entry> entries) {
        Map<String, List<String>> m = new TreeMap<>();
        entries.forEach(e -> m.computeIfAbsent(e.county(), k -> new ArrayList<>()).add(e.name() + "（" + e.score() + " 分）"));
        List<String> parts = new ArrayList<>();
        m.forEach((c, names) -> parts.add(c + "：" + String.join("、", names)));
        return String.join("；", parts);
    }

    /** "存在问题：1. 会期缩水：…；2. …" with at most {@code max} named, then "等 N 项". */
    private String problems(Review.Assessed a, int max) {
        List<Finding> fs = a.result().findings();
        long unreported = a.result().notChecked().stream().filter(n -> n.cause() == NotChecked.Cause.NOT_REPORTED).count();
        StringBuilder b = new StringBuilder();
        if (fs.isEmpty() && unreported > 0) {
            b.append("未报送履职记录的有关内容，").append(unreported).append(" 项检查无法进行。");
            return b.toString();
        }
        b.append("存在问题 ").append(fs.size()).append(" 个：");
        for (int i = 0; i < Math.min(max, fs.size()); i++) {
            Finding f = fs.get(i);
            String mark = review.mark(a, f);
            b.append(i + 1).append(". ").append(mark == null ? "" : "〔" + review.markLabel(mark) + "〕").append(f.message());
        }
        if (fs.size() > max) {
            b.append("等 ").append(fs.size()).append(" 个问题。");
        }
        if (unreported > 0) {
            b.append("另有 ").append(unreported).append(" 项因未报送有关内容无法检查。");
        }
        return b.toString();
    }

    /** A message without its final full stop, to be joined with others. */
    private static String sentence(String message) {
        return message.endsWith("。") ? message.substring(0, message.length() - 1) : message;
    }

    private void scoreTable(boolean withFormula) {
        List<String> head = new ArrayList<>(List.of("序号", "县（市、区）", "单位", "得分", "档次", "县内名次"));
        if (withFormula) {
            head.add("计算");
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
        title(period + "乡镇（街道）", "人大工作讲评会材料");
        Summary s = stats.summary;
        heading(0, "问题统计");
        body("检查记录 " + s.records() + " 份（完成检查 " + s.checked() + " 份，拒收 " + s.rejected() + " 份），发现问题 "
                + (s.findings(Severity.ERROR) + s.findings(Severity.WARNING)) + " 个。");
        table(List.of("级别", "问题数"), List.of(List.of("错误（违反法律法规）", String.valueOf(s.findings(Severity.ERROR))),
                List.of("警告（规范性要求、指南或地方办法）", String.valueOf(s.findings(Severity.WARNING)))), 70, 30);
        para(null, BODY_FONT, 16, ParagraphAlignment.LEFT, false);
        List<List<String>> rules = new ArrayList<>();
        stats.byRule.forEach((id, r) -> rules.add(List.of(id, r.title, r.severity == Severity.ERROR ? "错误" : "警告",
                review.scoring.group(id), String.valueOf(r.findings), String.valueOf(r.records))));
        if (!rules.isEmpty()) {
            table(List.of("规则", "问题", "级别", "方面", "问题数", "涉及单位"), rules, 26, 38, 8, 10, 8, 10);
        }

        heading(1, "各单位问题（按“六个好”归类）");
        int i = 0;
        for (Review.Assessed a : assessed) {
            CheckResult r = a.result();
            if (r.status() != Status.CHECKED) {
                continue;
            }
            subheading(Math.min(i++, NUMBERS.length - 1), BatchStats.county(r) + BatchStats.name(r) + "（" + a.score().value()
                    + " 分，" + a.score().band() + "）");
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Scoring.SIX.forEach(g -> groups.put(g, new ArrayList<>()));
            for (Finding f : r.findings()) {
                String mark = review.mark(a, f);
                groups.computeIfAbsent(review.scoring.group(f.ruleId()), k -> new ArrayList<>())
                        .add((mark == null ? "" : "〔" + review.markLabel(mark) + "〕") + f.title() + "：" + sentence(f.message()));
            }
            boolean any = false;
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                if (g.getValue().isEmpty()) {
                    continue;
                }
                any = true;
                body(g.getKey() + "（" + g.getValue().size() + " 项）：" + String.join("；", g.getValue()) + "。");
            }
            if (!a.resolved().isEmpty()) {
                List<String> done = new ArrayList<>();
                a.resolved().forEach(o -> done.add(o.title()));
                body("已整改（" + a.resolved().size() + " 项）：" + String.join("；", done) + "。");
            }
            if (!any) {
                body("未发现问题。");
            }
        }

        heading(2, "排名与计算");
        scoreTable(true);

        if (duties != null) {
            YearMonth next = YearMonth.from(today).plusMonths(1);
            heading(3, next.getYear() + "年" + next.getMonthValue() + "月应办事项");
            for (Review.Assessed a : assessed) {
                List<String> lines = duties.of(a.result(), next);
                if (!lines.isEmpty()) {
                    body(BatchStats.county(a.result()) + BatchStats.name(a.result()) + "：" + String.join("；", lines) + "。");
                }
            }
        }
    }
}
