package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Citation;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.PackInfo;
import org.renda.check.Severity;
import org.renda.check.Status;
import org.renda.check.Summary;

/**
 * The auditor's HTML report: one self-contained file (inline CSS and SVG, no network fetch of any
 * kind). Header (date, packs, parameters, scoring), overview (counts, charts, tables by county
 * and by rule), the ranking, then one section per record. Every string from a record, a rule or
 * a parameter is escaped.
 */
final class HtmlPage {

    private static final int TOP_RULES = 15;

    private final Checker checker;
    private final Language lang;
    private final Scoring scoring;
    private final Review review;
    private final PrintWriter out;
    private final String generated;

    private HtmlPage(Checker checker, Language lang, Review review, PrintWriter out, String generated) {
        this.checker = checker;
        this.lang = lang;
        this.review = review;
        this.scoring = review.scoring;
        this.out = out;
        this.generated = generated;
    }

    static Summary write(Checker checker, Language lang, Scoring scoring, List<CheckResult> results, PrintWriter out) {
        return write(checker, lang, new Review(scoring, null, lang), results, out);
    }

    static Summary write(Checker checker, Language lang, Review review, List<CheckResult> results, PrintWriter out) {
        ReportHeader header = new ReportHeader(checker, lang);
        HtmlPage page = new HtmlPage(checker, lang, review, out, header.time());
        page.header = header;
        return page.page(results);
    }

    /** Title, time, packs and changed parameters, shared with the text report. */
    private ReportHeader header;

    private String msg(String key, Object... args) {
        return Texts.get(lang, key, args);
    }

    private Summary page(List<CheckResult> results) {
        BatchStats stats = new BatchStats(review);
        List<Review.Assessed> assessed = new ArrayList<>();
        results.forEach(r -> assessed.add(stats.add(r)));
        Map<Integer, Scoring.Entry> scoreBySeq = new java.util.HashMap<>();
        stats.scores.forEach(e -> scoreBySeq.put(e.seq(), e));

        String title = header.title(stats);
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + (lang == Language.EN ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + esc(title) + "</title>");
        out.println("<style>" + CSS + pageCss(title) + "</style>");
        out.println("</head><body>");
        header(title);
        nav(results.size());
        overview(stats);
        notes(results);
        ranking(stats);
        out.println("<section id=\"records\"><h2>" + msg("htmlPage.resultsPerRecord") + "</h2>");
        for (int i = 0; i < results.size(); i++) {
            current = assessed.get(i);
            record(i, results.get(i), scoreBySeq.get(i));
        }
        out.println("</section>");
        parameterAppendix();
        out.println("<footer><p>" + msg("htmlPage.generatedByRendaCheckSingle") + "</p></footer>");
        out.println("<script>" + PRINT_SCRIPT + "</script>");
        out.println("</body></html>");
        out.flush();
        return stats.summary;
    }

    private void header(String title) {
        out.println("<header class=\"head\"><h1>" + esc(title) + "</h1>");
        out.println("<p class=\"meta\">" + msg("htmlPage.generated") + esc(generated) + " · renda-check 1.0.0 · "
                + msg("htmlPage.languageEnglish") + "</p>");
        out.println("<div class=\"headgrid\"><div><h2 class=\"small\">" + msg("htmlPage.rulePacks") + "</h2>");
        out.println("<div class=\"scroll\"><table class=\"packs\"><thead><tr><th>" + msg("htmlPage.id") + "</th><th>" + msg("htmlPage.title")
                + "</th><th>" + msg("htmlPage.version") + "</th><th class=\"num\">" + msg("htmlPage.rules")
                + "</th><th>" + msg("htmlPage.layering") + "</th><th>SHA-256</th></tr></thead><tbody>");
        for (PackInfo p : checker.packs()) {
            String sha = p.sha256() == null ? "" : p.sha256();
            List<String> layer = new ArrayList<>();
            if (!p.extendsIds().isEmpty()) {
                layer.add(msg("htmlPage.layeredOn", String.join(msg("htmlPage.listSeparator"), p.extendsIds())));
            }
            if (!p.replaces().isEmpty()) {
                layer.add(msg("htmlPage.replaces", String.join(msg("htmlPage.listSeparator"), p.replaces())));
            }
            if (!p.disables().isEmpty()) {
                layer.add(msg("htmlPage.disables", String.join(msg("htmlPage.listSeparator"), p.disables())));
            }
            out.println("<tr><td><code>" + esc(p.id()) + "</code></td><td>" + esc(p.title()) + "</td><td>" + esc(p.version())
                    + "</td><td class=\"num\">" + p.rules() + "</td><td>" + esc(layer.isEmpty() ? "—" : String.join(msg("htmlPage.layerSeparator"), layer))
                    + "</td><td><code title=\"" + esc(sha) + "\">"
                    + esc(sha.length() > 12 ? sha.substring(0, 12) : sha) + "</code></td></tr>");
        }
        out.println("</tbody></table></div>");
        out.println("<p class=\"scheme\"><strong>" + msg("htmlPage.scoring") + "</strong>" + esc(scoring.describe(lang)) + "</p></div>");
        out.println("</div></div>");
        parameters();
        out.println("</header>");
    }

    /**
     * The parameters with their Chinese descriptions: those that differ from the defaults first
     * and always visible (with the parameter file), then all of them.
     */
    private void parameters() {
        List<org.renda.check.ParameterInfo> all = checker.parameterInfo();
        List<org.renda.check.ParameterInfo> changed = header.changedParameters();
        String file = header.parametersFile();
        out.println("<div class=\"paramblock\"><h2 class=\"small\">" + msg("htmlPage.parameters")
                + (file == null ? "" : msg("htmlPage.parameterFile") + "<code>" + esc(file) + "</code>" + msg("htmlPage.closingBracket"))
                + "</h2>");
        out.println(changed.isEmpty() ? "<p class=\"meta\">" + msg("htmlPage.allParametersAtTheirDefaults") + "</p>"
                : "<p class=\"meta\">" + msg("htmlPage.parametersDifferFromDefaults") + "</p>");
        if (!changed.isEmpty()) {
            paramTable(changed);
        }
        out.println("<p class=\"meta\"><a href=\"#parameters\">" + msg("htmlPage.allParametersWithTheirMeaning", all.size()) + "</a></p></div>");
    }

    /** The appendix: every parameter with its Chinese description, value, default, range, basis and pack. */
    private void parameterAppendix() {
        List<org.renda.check.ParameterInfo> all = checker.parameterInfo();
        out.println("<section id=\"parameters\"><h2>" + msg("htmlPage.appendixParameters") + all.size() + msg("htmlPage.parameterCountEnd") + "</h2>");
        paramTable(all);
        out.println("</section>");
    }

    private void paramTable(List<org.renda.check.ParameterInfo> params) {
        out.println("<div class=\"scroll\"><table class=\"grid params\"><thead><tr><th>" + msg("htmlPage.parameter") + "</th><th>"
                + msg("htmlPage.meaning") + "</th><th class=\"num\">" + msg("htmlPage.value") + "</th><th class=\"num\">"
                + msg("htmlPage.default") + "</th><th>" + msg("htmlPage.range") + "</th><th>" + msg("htmlPage.basis") + "</th><th>"
                + msg("htmlPage.pack") + "</th></tr></thead><tbody>");
        for (org.renda.check.ParameterInfo p : params) {
            out.println("<tr" + (p.overridden() ? " class=\"changed\"" : "") + "><td><code>" + esc(p.name()) + "</code></td><td>"
                    + esc(p.description()) + "</td><td class=\"num\">" + esc(String.valueOf(p.value())) + "</td><td class=\"num\">"
                    + esc(String.valueOf(p.defaultValue())) + "</td><td>" + esc(ParamsCommand.range(p))
                    + (p.fixed() ? msg("htmlPage.fixedByLaw") : "") + "</td><td>" + esc(p.basis()) + "</td><td><code>"
                    + esc(p.pack()) + "</code></td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    private void nav(int records) {
        out.println("<nav class=\"toc noprint\"><a href=\"#overview\">" + msg("htmlPage.overview") + "</a>"
                + "<a href=\"#ranking\">" + msg("htmlPage.ranking") + "</a>"
                + "<a href=\"#records\">" + msg("htmlPage.records") + records + msg("htmlPage.closingBracket") + "</a>"
                + "<a href=\"#parameters\">" + msg("htmlPage.parameters") + "</a></nav>");
    }

    /** The notes of the batch, each said once (e.g. a holiday year the bundled calendar does not list). */
    private void notes(List<CheckResult> results) {
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        results.forEach(r -> notes.addAll(r.notes()));
        if (!notes.isEmpty()) {
            out.println("<section id=\"notes\"><h2>" + msg("htmlPage.notes") + "</h2><ul>");
            notes.forEach(n -> out.println("<li>" + esc(n) + "</li>"));
            out.println("</ul></section>");
        }
    }

    private void overview(BatchStats stats) {
        Summary s = stats.summary;
        out.println("<section id=\"overview\"><h2>" + msg("htmlPage.overview") + "</h2>");
        out.println("<div class=\"cards\">");
        card(msg("htmlPage.recordsColumn"), s.records(), "");
        card(msg("htmlPage.checked"), s.checked(), "");
        card(msg("htmlPage.rejected"), s.rejected(), s.rejected() > 0 ? "bad" : "");
        card(msg("htmlPage.errors"), s.findings(Severity.ERROR), s.findings(Severity.ERROR) > 0 ? "err" : "");
        card(msg("htmlPage.warnings"), s.findings(Severity.WARNING), s.findings(Severity.WARNING) > 0 ? "warn" : "");
        out.println("</div>");

        out.println("<div class=\"charts\">");
        List<Bar> counties = new ArrayList<>();
        stats.byCounty.forEach((k, c) -> counties.add(new Bar(k, null, c.errors, c.warnings)));
        chart(msg("htmlPage.findingsByCounty"), counties);
        List<Bar> rules = new ArrayList<>();
        stats.byRule.forEach((k, r) -> rules.add(new Bar(r.title, k, r.severity == Severity.ERROR ? r.findings : 0,
                r.severity == Severity.WARNING ? r.findings : 0)));
        rules.sort(Comparator.comparingLong((Bar b) -> -(b.errors + b.warnings)).thenComparing(Bar::code));
        chart(msg("htmlPage.rulesWithMostFindingsTop") + Math.min(TOP_RULES, rules.size()) + msg("htmlPage.ruleCountEnd"),
                rules.subList(0, Math.min(TOP_RULES, rules.size())));
        out.println("</div>");

        out.println("<h3>" + msg("htmlPage.byCounty") + "</h3>");
        out.println("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>" + msg("htmlPage.county") + "</th><th class=\"num\">" + msg("htmlPage.recordsColumn")
                + "</th><th class=\"num\">" + msg("htmlPage.checked") + "</th><th class=\"num\">" + msg("htmlPage.rejected")
                + "</th><th class=\"num\">" + msg("htmlPage.errors") + "</th><th class=\"num\">" + msg("htmlPage.warnings")
                + "</th></tr></thead><tbody>");
        stats.byCounty.forEach((k, c) -> out.println("<tr><td>" + esc(k) + "</td><td class=\"num\">" + c.records
                + "</td><td class=\"num\">" + c.checked + "</td><td class=\"num\">" + c.rejected + "</td><td class=\"num err\">"
                + c.errors + "</td><td class=\"num warn\">" + c.warnings + "</td></tr>"));
        out.println("</tbody></table></div>");

        if (!stats.byRule.isEmpty()) {
            out.println("<h3>" + msg("htmlPage.byRuleMostFindingsFirst") + "</h3>");
            out.println("<div class=\"scroll\"><table class=\"grid wide\"><thead><tr><th>" + msg("htmlPage.rule") + "</th><th>" + msg("htmlPage.severity")
                    + "</th><th>" + msg("htmlPage.titleColumn") + "</th><th>" + msg("htmlPage.pack") + "</th><th class=\"num\">" + msg("htmlPage.findings")
                    + "</th><th class=\"num\">" + msg("htmlPage.recordsConcerned") + "</th></tr></thead><tbody>");
            List<Map.Entry<String, BatchStats.RuleRow>> rows = new ArrayList<>(stats.byRule.entrySet());
            rows.sort(Comparator.comparing((Map.Entry<String, BatchStats.RuleRow> e) -> -e.getValue().findings)
                    .thenComparing(Map.Entry::getKey));
            rows.forEach(e -> out.println("<tr><td><code>" + esc(e.getKey()) + "</code></td><td>" + badge(e.getValue().severity)
                    + "</td><td>" + esc(e.getValue().title) + "</td><td><code>" + esc(e.getValue().pack) + "</code></td><td class=\"num\">"
                    + e.getValue().findings + "</td><td class=\"num\">" + e.getValue().records + "</td></tr>"));
            out.println("</tbody></table></div>");
        }
        out.println("</section>");
    }

    private void card(String label, long n, String cls) {
        out.println("<div class=\"card " + cls + "\"><div class=\"n\">" + n + "</div><div class=\"l\">" + esc(label) + "</div></div>");
    }

    private record Bar(String label, String code, long errors, long warnings) {
    }

    /**
     * A horizontal stacked bar chart (ERROR red, WARNING amber): each row a label in HTML (a rule's
     * Chinese title, or a county; it wraps, so no label is ever clipped, on a phone or on paper) and
     * its bar as a small inline SVG scaled to the row's width.
     */
    private void chart(String caption, List<Bar> bars) {
        long max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.errors + b.warnings);
        }
        out.println("<figure class=\"chart\"><figcaption>" + esc(caption) + "</figcaption>");
        out.println("<div class=\"legend\"><span class=\"sw e\"></span>" + msg("htmlPage.error")
                + " <span class=\"sw w\"></span>" + msg("htmlPage.warning") + "</div>");
        if (bars.isEmpty()) {
            out.println("<p class=\"meta\">" + msg("htmlPage.noFindings") + "</p>");
        }
        out.println("<div class=\"bars\">");
        for (Bar b : bars) {
            double we = 100.0 * b.errors / max;
            double ww = 100.0 * b.warnings / max;
            String tip = (b.code == null ? "" : b.code + " ") + b.label + " · " + msg("htmlPage.errorsTip") + b.errors
                    + msg("htmlPage.warningsTip") + b.warnings;
            out.println("<div class=\"bl\">" + esc(b.label) + (b.code == null ? "" : " <code>" + esc(b.code) + "</code>") + "</div>");
            out.printf(java.util.Locale.ROOT, "<div class=\"bv\"><svg role=\"img\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\""
                    + " aria-label=\"%s\"><title>%s</title><rect x=\"0\" y=\"0\" width=\"%.2f\" height=\"10\" class=\"e\"/>"
                    + "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"10\" class=\"w\"/></svg><b>%d</b></div>%n",
                    esc(tip), esc(tip), we, we, ww, b.errors + b.warnings);
        }
        out.println("</div></figure>");
    }

    private void ranking(BatchStats stats) {
        out.println("<section id=\"ranking\"><h2>" + msg("htmlPage.rankingQuarterlyReview") + "</h2>");
        out.println("<p class=\"scheme\">" + msg("htmlPage.scoring") + esc(scoring.describe(lang))
                + msg("htmlPage.rejectedRecordsNotRanked") + "</p>");
        for (Map.Entry<String, List<Scoring.Entry>> city : stats.cityRankings().entrySet()) {
            out.println("<h3>" + msg("htmlPage.cityRanking") + esc(city.getKey()) + msg("htmlPage.closingBracket") + "</h3>");
            rankingTable(city.getValue(), true);
        }
        reviewSummary();
        out.println("<h3>" + msg("htmlPage.rankingByCounty") + "</h3>");
        out.println("<div class=\"counties\">");
        for (Map.Entry<String, List<Scoring.Entry>> e : stats.countyRanking().entrySet()) {
            out.println("<div class=\"county\"><h4>" + esc(e.getKey()) + "</h4>");
            rankingTable(e.getValue(), false);
            out.println("</div>");
        }
        out.println("</div>");
        if (!stats.rejected.isEmpty()) {
            out.println("<h3>" + msg("htmlPage.rejectedRecordsHeading") + "</h3><ul class=\"rejected\">");
            for (BatchStats.Rejected r : stats.rejected) {
                out.println("<li><a href=\"#r" + r.seq() + "\">" + esc(r.who()) + "</a>" + msg("htmlPage.colon") + esc(r.reason()) + "</li>");
            }
            out.println("</ul>");
        }
        out.println("</section>");
    }

    private void rankingTable(List<Scoring.Entry> entries, boolean withCounty) {
        if (entries.isEmpty()) {
            out.println("<p>" + msg("htmlPage.noCheckedRecords") + "</p>");
            return;
        }
        out.println("<div class=\"scroll\"><table class=\"grid rank\"><thead><tr><th class=\"num\">" + msg("htmlPage.rank") + "</th><th class=\"num\">"
                + msg("htmlPage.score") + "</th>" + (withCounty ? "<th>" + msg("htmlPage.county") + "</th>" : "")
                + "<th>" + msg("htmlPage.body") + "</th><th>" + msg("htmlPage.computation") + "</th></tr></thead><tbody>");
        for (Scoring.Entry e : entries) {
            out.println("<tr><td class=\"num\">" + e.rank() + "</td><td class=\"num score\">" + e.score() + "</td>"
                    + (withCounty ? "<td>" + esc(e.county()) + "</td>" : "") + "<td><a href=\"#r" + e.seq() + "\">"
                    + esc(e.name()) + "</a></td><td class=\"formula\">" + esc(e.band()) + " · " + esc(e.formula()) + "</td></tr>");
        }
        out.println("</tbody></table></div>");
    }

    private void record(int seq, CheckResult r, Scoring.Entry score) {
        boolean rejected = r.status() == Status.REJECTED;
        out.println("<section class=\"record" + (rejected ? " rejected" : "") + "\" id=\"r" + seq + "\">");
        // On paper the head of this table repeats on every page of the record: a running header naming the body.
        out.println("<table class=\"sec\"><thead><tr><th>" + esc(BatchStats.name(r)) + " · " + esc(BatchStats.county(r))
                + (r.body() != null && r.body().year() != null ? " · " + r.body().year() + msg("htmlPage.yearSuffix") : "")
                + "</th></tr></thead><tbody><tr><td>");
        out.println("<h3>" + esc(BatchStats.name(r)) + " <span class=\"status " + (rejected ? "bad" : "ok") + "\">"
                + (rejected ? msg("htmlPage.rejectedBadge") : msg("htmlPage.checkedBadge")) + "</span></h3>");
        out.println("<p class=\"meta\">" + msg("htmlPage.record") + "<code>" + esc(BatchStats.who(r)) + "</code> · "
                + msg("htmlPage.source") + "<code>" + esc(r.source()) + "</code>" + (r.index() > 0 ? msg("htmlPage.recordNumber") + (r.index() + 1) + msg("htmlPage.recordNumberEnd") : "")
                + " · " + esc(BatchStats.county(r)) + (r.body() != null && r.body().kind() != null
                ? " · " + ("STREET".equals(r.body().kind()) ? msg("htmlPage.streetCommittee") : msg("htmlPage.townshipCongress"))
                : "") + "</p>");
        if (rejected) {
            out.println("<p>" + msg("htmlPage.recordDoesNotConformFormat") + "</p>");
            out.println("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>" + msg("htmlPage.where") + "</th><th>" + msg("htmlPage.errorColumn")
                    + "</th></tr></thead><tbody>");
            for (InputError e : r.errors()) {
                String cell = e.cellLabel(lang);
                out.println("<tr><td>" + (cell != null ? esc(cell) + "<br>" : "") + "<code>" + esc(e.path().isEmpty() ? "/" : e.path())
                        + "</code></td><td>" + esc(e.message()) + "</td></tr>");
            }
            out.println("</tbody></table></div>");
        } else {
            if (score != null) {
                out.println("<p class=\"scoreline\">" + msg("htmlPage.scoreLabel") + "<strong>" + score.score() + "</strong> "
                        + esc(score.band()) + " <span class=\"formula\">" + esc(score.formula()) + "</span></p>");
            }
            baselineLine();
            if (r.findings().isEmpty()) {
                out.println("<p class=\"okmsg\">" + msg("htmlPage.noFindingsSentence") + "</p>");
            }
            for (Severity s : Severity.values()) {
                List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
                if (group.isEmpty()) {
                    continue;
                }
                out.println("<h4 class=\"" + (s == Severity.ERROR ? "err" : "warn") + "\">"
                        + (s == Severity.ERROR ? msg("htmlPage.errorsBreachesLaw")
                        : msg("htmlPage.warningsNormsGuidelinesLocalMeasures"))
                        + " · " + group.size() + "</h4><ol class=\"findings\">");
                group.forEach(this::finding);
                out.println("</ol>");
            }
            resolvedList();
            if (!r.notChecked().isEmpty()) {
                out.println("<details class=\"notchecked\"><summary>" + msg("htmlPage.rulesNotChecked")
                        + r.notChecked().size() + msg("htmlPage.ruleCountEnd") + "</summary><ul>");
                for (NotChecked n : r.notChecked()) {
                    out.println("<li><code>" + esc(n.ruleId()) + "</code>" + msg("htmlPage.colon") + esc(n.reason()) + "</li>");
                }
                out.println("</ul></details>");
            }
        }
        out.println("<p class=\"noprint back\"><a href=\"#ranking\">" + msg("htmlPage.backRanking") + "</a></p>");
        out.println("</td></tr></tbody></table></section>");
    }

    private void finding(Finding f) {
        String cls = f.severity() == Severity.ERROR ? "err" : "warn";
        out.println("<li class=\"finding " + cls + "\"><div class=\"fhead\">" + badge(f.severity()) + markBadge(f) + " <code class=\"rule\">"
                + esc(f.ruleId()) + "</code> <strong>" + esc(f.title()) + "</strong> <span class=\"pack\">" + msg("htmlPage.packLabel")
                + esc(f.pack()) + "</span></div>");
        out.println("<p class=\"msg\">" + esc(f.message()) + "</p><dl>");
        out.println("<dt>" + msg("htmlPage.whereTerm") + "</dt><dd>" + esc(org.renda.check.RecordFormat.get().label(f.path(), lang))
                + " <code>" + esc(f.path().isEmpty() ? "/" : f.path()) + "</code></dd>");
        out.println("<dt>" + msg("htmlPage.basisTerm") + "</dt><dd>");
        for (Citation c : f.basis()) {
            if (c.articleText() == null || c.articleText().isBlank()) {
                out.println("<div class=\"cite\">" + esc(c.display()) + "</div>");
            } else {
                out.println("<details class=\"cite\"><summary>" + esc(c.display()) + "</summary><blockquote>"
                        + esc(c.articleText()).replace("\n", "<br>") + "</blockquote></details>");
            }
        }
        out.println("</dd><dt>" + msg("htmlPage.remedy") + "</dt><dd>" + esc(f.remedy()) + "</dd></dl></li>");
    }

    // ---- quarterly review (issue 13): baseline marks, rectified findings, counties ----

    /** The record being written (for its baseline marks). */
    private Review.Assessed current;

    private String markBadge(Finding f) {
        String mark = current == null ? null : review.mark(current, f);
        return mark == null ? "" : " <span class=\"badge " + ("NEW".equals(mark) ? "new" : "persist") + "\">"
                + esc(review.markLabel(mark)) + "</span>";
    }

    private void baselineLine() {
        if (current == null || review.baseline == null) {
            return;
        }
        Baseline.Body then = current.before();
        out.println("<p class=\"meta\">" + (then == null ? msg("htmlPage.notPreviousCheck")
                : msg("htmlPage.lastTimeScore") + then.score() + " " + esc(review.bandLabel(then.band())) + msg("htmlPage.rankInCounty")
                + then.rank() + msg("htmlPage.rankInCountyEnd")) + "</p>");
        if (current.duplicateOf() >= 0) {
            out.println("<p class=\"meta\">⚠ " + msg("htmlPage.sameBodyAs") + esc(review.source(current.duplicateOf()))
                    + msg("htmlPage.notRanked") + "</p>");
        }
    }

    private void resolvedList() {
        if (current == null || review.baseline == null || current.resolved().isEmpty()) {
            return;
        }
        out.println("<h4 class=\"ok\">" + msg("htmlPage.rectified") + " · " + current.resolved().size() + "</h4><ul class=\"resolved\">");
        for (Baseline.Old o : current.resolved()) {
            out.println("<li><code>" + esc(o.ruleId()) + "</code> " + esc(o.title()) + msg("htmlPage.colon") + esc(o.message()) + "</li>");
        }
        out.println("</ul>");
    }

    private void reviewSummary() {
        if (!review.warnings().isEmpty()) {
            out.println("<h3>" + msg("htmlPage.warningsHeading") + "</h3><ul class=\"warnings\">");
            review.warnings().forEach(w -> out.println("<li>⚠ " + esc(w) + "</li>"));
            out.println("</ul>");
        }
        List<Review.County> counties = review.counties();
        if (counties.isEmpty()) {
            return;
        }
        out.println("<h3>" + msg("htmlPage.countiesAverageScore") + "</h3><table class=\"grid\"><thead><tr><th>"
                + msg("htmlPage.period") + "</th><th>" + msg("htmlPage.county") + "</th><th class=\"num\">" + msg("htmlPage.bodies")
                + "</th><th class=\"num\">" + msg("htmlPage.average") + "</th><th class=\"num\">" + msg("htmlPage.rank") + "</th>"
                + (review.baseline == null ? "" : "<th class=\"num\">" + msg("htmlPage.averageThen") + "</th><th class=\"num\">"
                + msg("htmlPage.rankThen") + "</th>") + "</tr></thead><tbody>");
        for (Review.County c : counties) {
            Baseline.County then = review.baseline == null ? null : review.baseline.county(c.county());
            out.println("<tr><td>" + esc(c.period().label(lang)) + "</td><td>" + esc(c.county()) + "</td><td class=\"num\">"
                    + c.bodies() + "</td><td class=\"num\">" + String.format(java.util.Locale.ROOT, "%.1f", c.average())
                    + "</td><td class=\"num\">" + c.rank() + "</td>" + (review.baseline == null ? "" : "<td class=\"num\">"
                    + (then == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", then.average())) + "</td><td class=\"num\">"
                    + (then == null ? "—" : then.rank()) + "</td>") + "</tr>");
        }
        out.println("</tbody></table>");
    }

    private String badge(Severity s) {
        return s == Severity.ERROR ? "<span class=\"badge err\">" + msg("htmlPage.error") + "</span>"
                : "<span class=\"badge warn\">" + msg("htmlPage.warning") + "</span>";
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Print: the report's title at the top of every page, page numbers at the bottom ("第 3 页，共 12 页"). */
    private String pageCss(String title) {
        return "@media print{@page{@top-left{content:\"" + cssString(title) + "\";font-size:8pt;color:#667085}"
                + "@bottom-center{content:" + msg("htmlPage.pageCounterPageCounterPages") + ";font-size:8pt;color:#667085}}}\n";
    }

    /** Text as the content of a CSS string: quotes, backslashes, angle brackets and line breaks escaped. */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Opens every collapsed <details> for printing and closes them again afterwards. */
    private static final String PRINT_SCRIPT = """
            (function(){var opened=[];
            addEventListener('beforeprint',function(){document.querySelectorAll('details:not([open])').forEach(function(d){d.open=true;opened.push(d);});});
            addEventListener('afterprint',function(){opened.forEach(function(d){d.open=false;});opened=[];});})();""";

    private static final String CSS = """
            :root{--err:#b42318;--err-bg:#fef3f2;--warn:#b54708;--warn-bg:#fffaeb;--ok:#067647;--line:#d0d5dd;--muted:#667085;--ink:#1d2939}
            *{box-sizing:border-box}
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;
             color:var(--ink);margin:0 auto;max-width:1180px;padding:24px 28px 48px;line-height:1.6;font-size:15px;background:#fff}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;border-bottom:2px solid var(--ink);padding-bottom:4px;margin-top:36px}
            h2.small{font-size:15px;border:0;margin:8px 0 4px}h3{font-size:18px;margin:24px 0 8px}h4{font-size:15px;margin:14px 0 6px}
            code{font-family:"Noto Sans Mono CJK SC",ui-monospace,Consolas,monospace;font-size:.92em;background:#f2f4f7;padding:0 4px;border-radius:3px}
            a{color:#175cd3;text-decoration:none}a:hover{text-decoration:underline}
            .meta{color:var(--muted);margin:2px 0 10px;font-size:14px}
            .headgrid{display:grid;grid-template-columns:2fr 1fr;gap:24px;align-items:start}
            table{border-collapse:collapse}
            .packs td,.packs th,.params td{padding:3px 10px 3px 0;text-align:left;font-size:14px}
            .params summary{cursor:pointer;font-weight:600;margin-top:8px}
            .grid{width:100%;margin:6px 0 14px;font-size:14px}
            .grid th{background:#f2f4f7;text-align:left;font-weight:600}
            .grid th,.grid td{border:1px solid var(--line);padding:4px 8px;vertical-align:top}
            .grid tbody tr:nth-child(even){background:#fcfcfd}
            .num{text-align:right;font-variant-numeric:tabular-nums}
th.num{width:6.5em}
            td.err{color:var(--err)}td.warn{color:var(--warn)}
            .toc{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:8px 0;margin-top:16px;z-index:1}
            .toc a{margin-right:20px;font-weight:600}
            .cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
            .card{border:1px solid var(--line);border-radius:8px;padding:10px 18px;min-width:120px}
            .card .n{font-size:26px;font-weight:700;font-variant-numeric:tabular-nums}.card .l{color:var(--muted);font-size:13px}
            .card.err .n{color:var(--err)}.card.warn .n{color:var(--warn)}.card.bad .n{color:var(--err)}
            .charts{display:grid;grid-template-columns:1fr 1fr;gap:20px}
            .chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px;min-width:0}
            .chart figcaption{font-weight:600;margin-bottom:4px}
            .legend{font-size:13px;color:var(--muted);margin-bottom:6px}.sw{display:inline-block;width:11px;height:11px;margin:0 3px 0 8px;vertical-align:-1px}
            .sw.e{background:var(--err)}.sw.w{background:#f79009}
            .bars{display:grid;grid-template-columns:minmax(7em,max-content) minmax(90px,1fr);gap:5px 10px;align-items:center}
            .bl{font-size:13px;text-align:right;line-height:1.35}.bl code{font-size:11px;color:var(--muted);background:none;padding:0;white-space:nowrap}
            .bv{display:flex;align-items:center;gap:6px}.bv svg{flex:1;height:14px;display:block}.bv b{font-size:13px;color:var(--muted);font-weight:400;min-width:2em}
            .chart .e{fill:var(--err)}.chart .w{fill:#f79009}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
            .grid.params{min-width:720px}.params tr.changed td{background:#fffaeb}
            .paramblock{margin-top:8px}.pack{font-size:12px;color:var(--muted);white-space:nowrap}
            table.sec{width:100%;border-collapse:collapse}table.sec>tbody>tr>td{padding:0}
            table.sec>thead{display:none}
            .counties{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(520px,100%),1fr));gap:4px 20px}
            .scroll>.grid{min-width:560px}.scroll>.packs{min-width:520px}.scroll>.grid.wide{min-width:680px}
            .grid th,.packs th{white-space:nowrap}.grid code,.packs code{white-space:nowrap}.grid td:first-child{white-space:nowrap}
            .grid .formula{white-space:normal;min-width:14em}
            .headgrid>div{min-width:0}
            .rank .score{font-weight:700}.formula{color:var(--muted);font-size:13px;font-variant-numeric:tabular-nums}
            .record{border-top:1px solid var(--line);padding-top:6px;margin-top:18px;scroll-margin-top:52px}
            .record h3 .status{font-size:12px;padding:1px 8px;border-radius:10px;vertical-align:middle;margin-left:6px}
            .status.ok{background:#ecfdf3;color:var(--ok)}.status.bad{background:var(--err-bg);color:var(--err)}
            .scoreline strong{font-size:18px}
            h4.err{color:var(--err)}h4.warn{color:var(--warn)}
            .findings{padding-left:22px;margin:4px 0}
            .finding{margin:0 0 12px;padding:8px 12px;border-left:4px solid var(--line);background:#fcfcfd}
            .finding.err{border-color:var(--err);background:var(--err-bg)}.finding.warn{border-color:#f79009;background:var(--warn-bg)}
            .finding .msg{margin:4px 0}
            .finding dl{display:grid;grid-template-columns:3.5em 1fr;gap:2px 8px;margin:4px 0 0;font-size:14px}
            .finding dt{color:var(--muted)}.finding dd{margin:0}
            .badge{font-size:12px;padding:0 6px;border-radius:4px;color:#fff;white-space:nowrap}
            .badge.err{background:var(--err)}.badge.warn{background:#dc6803}
            .badge.new{background:#175cd3}.badge.persist{background:#6941c6}h4.ok{color:var(--ok)}
            .cite summary{cursor:pointer}
            blockquote{margin:4px 0 6px;padding:6px 10px;border-left:3px solid var(--line);background:#fff;color:#344054;font-size:13.5px}
            .notchecked{color:var(--muted);font-size:14px}.notchecked summary{cursor:pointer}
            .okmsg{color:var(--ok);font-weight:600}.back{font-size:13px}
            footer{margin-top:40px;color:var(--muted);font-size:13px;border-top:1px solid var(--line)}
            @media (max-width:800px){.headgrid,.charts{grid-template-columns:1fr}.counties{grid-template-columns:1fr}}
            @media (max-width:480px){body{padding:14px 12px 36px;font-size:14px}h1{font-size:21px}.card{min-width:0;flex:1 1 40%;padding:8px 12px}
             .bars{grid-template-columns:minmax(6em,42%) 1fr}th.num{width:auto}.finding{padding:8px}.findings{padding-left:16px}.toc a{margin-right:12px}}
            @media print{
             @page{size:A4;margin:14mm 12mm}
             body{max-width:none;padding:0;font-size:11pt}
             .noprint,.toc{display:none!important}
             details>summary{list-style:none}details>summary::-webkit-details-marker{display:none}
             details::details-content{content-visibility:visible;display:block}
             a{color:inherit}
             .record{break-before:page;border-top:0;margin-top:0}
             #records>.record:first-of-type{break-before:avoid}
             #records,#parameters{break-before:page}
             .grid.params th,.grid.params td{font-size:9pt;padding:3px 5px}th.num{width:auto}
             table.sec>thead{display:table-header-group}
             table.sec>thead th{text-align:left;font-weight:400;font-size:9pt;color:var(--muted);border-bottom:1px solid var(--line);padding:0 0 3px}
             .scroll{overflow:visible}.scroll>.grid,.scroll>.packs,.grid.params{min-width:0}
             .bars{grid-template-columns:max-content 1fr}
             .chart,.card,tr,.fhead,.finding .msg,blockquote{break-inside:avoid}
             .fhead,.finding .msg,.finding dt{break-after:avoid}
             h2,h3,h4{break-after:avoid}
             .finding.err,.finding.warn,.badge,.chart rect,.status{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }
            """;
}
