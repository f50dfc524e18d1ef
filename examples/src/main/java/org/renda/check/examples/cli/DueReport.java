package org.renda.check.examples.cli;

import static org.renda.check.examples.cli.HtmlPage.esc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renda.check.Citation;
import org.renda.check.DueResult;
import org.renda.check.Duty;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.RuleInfo;
import org.renda.check.Severity;
import org.renda.check.Status;

/**
 * The duty lists of one month in words: text, JSON and the printable HTML (one 月初提示单 per
 * body, then one grid per county). Everything here only arranges what {@link
 * org.renda.check.Checker#due} returned; no rule is decided here.
 */
final class DueReport {

    final YearMonth month;
    final Language lang;
    final List<DueResult> results;
    final List<CountyCalendar.Item> calendar;
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    DueReport(YearMonth month, Language lang, List<DueResult> results, List<CountyCalendar.Item> calendar,
              List<RuleInfo> rules) {
        this.month = month;
        this.lang = lang;
        this.results = List.copyOf(results);
        this.calendar = List.copyOf(calendar);
        rules.forEach(r -> this.rules.put(r.id(), r));
    }

    String msg(String key, Object... args) {
        return Texts.get(lang, key, args);
    }

    /** "2025年6月" or "June 2025". */
    String monthLabel() {
        return Texts.get(lang, "dueReport.yearMonth", month.getYear(), lang == Language.EN
                ? month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) : month.getMonthValue());
    }

    /** "2025年第2季度" / "Q2 2025" / "2025年6月" / "June 2025" for a recurring duty's period. */
    String periodLabel(String period) {
        if (period == null) {
            return "";
        }
        if (period.contains("-Q")) {
            String[] p = period.split("-Q");
            return Texts.get(lang, "dueReport.quarterLabel", p[1], p[0]);
        }
        YearMonth ym = YearMonth.parse(period);
        return lang == Language.EN ? ym.toString() : msg("dueReport.yearMonth", ym.getYear(), ym.getMonthValue());
    }

    /** "剩余 7 个月" / "7 months left", or "期限已过" when the yearly duty's date is before the month. */
    String left(Duty d) {
        if (d.monthsLeft() == null) {
            return "";
        }
        if (d.monthsLeft() == 0) {
            return msg("dueReport.itsDateHasPassedYear", d.dueDate());
        }
        return msg("dueReport.monthSLeft", d.monthsLeft(), d.dueDate());
    }

    /** "涉及 13 处" for a duty of several places (deputies, stations …). */
    String count(Duty d) {
        return d.count() > 1 ? msg("dueReport.places", d.count()) + String.join(
                msg("dueReport.listSeparator"), d.paths().size() > 6 ? d.paths().subList(0, 6) : d.paths())
                + (d.paths().size() > 6 ? "…" : "") : "";
    }

    /** Whether a due item's date lies before the month (between the record's date and the month). */
    boolean lapsed(Duty d) {
        return d.dueDate().isBefore(month.atDay(1));
    }

    String bodyName(DueResult r) {
        return r.body() != null && r.body().name() != null ? r.body().name() : r.source();
    }

    /** The results by county, in first-seen order (a record with no county under "未注明县"). */
    Map<String, List<DueResult>> byCounty() {
        Map<String, List<DueResult>> out = new LinkedHashMap<>();
        for (DueResult r : results) {
            String c = r.body() != null && r.body().county() != null ? r.body().county() : msg("dueReport.noCounty");
            out.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** The grid's columns for a county: every rule any of its bodies has something pending under, in rule order. */
    List<String> columns(List<DueResult> bodies) {
        Set<String> seen = new LinkedHashSet<>();
        for (DueResult r : bodies) {
            r.overdue().forEach(f -> seen.add(f.ruleId()));
            r.due().forEach(d -> seen.add(d.ruleId()));
            r.recurring().forEach(d -> seen.add(d.ruleId()));
            r.open().forEach(d -> seen.add(d.ruleId()));
        }
        List<String> out = new ArrayList<>();
        for (String id : rules.keySet()) {
            if (seen.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** One grid cell: 逾期, 本月到期, 待办, 未检查, 已办, or — when the rule does not apply to the body. */
    String cell(DueResult r, String ruleId) {
        if (r.overdue().stream().anyMatch(f -> f.ruleId().equals(ruleId))) {
            return msg("dueReport.overdue");
        }
        if (r.due().stream().anyMatch(d -> d.ruleId().equals(ruleId))
                || r.recurring().stream().anyMatch(d -> d.ruleId().equals(ruleId))) {
            return msg("dueReport.due");
        }
        if (r.open().stream().anyMatch(d -> d.ruleId().equals(ruleId))) {
            return msg("dueReport.open");
        }
        if (r.notChecked().stream().anyMatch(n -> n.ruleId().equals(ruleId))) {
            return msg("dueReport.notChecked");
        }
        RuleInfo info = rules.get(ruleId);
        if (info != null && r.body() != null && !info.appliesTo().contains(r.body().kind())) {
            return "—";
        }
        return msg("dueReport.done");
    }

    String title(String ruleId) {
        RuleInfo info = rules.get(ruleId);
        return info == null ? ruleId : info.title();
    }

    // ---------------------------------------------------------------- text

    void text(PrintWriter out) {
        out.println(msg("dueReport.duties") + monthLabel() + msg("dueReport.asEachRecordStandsOn"));
        for (Map.Entry<String, List<DueResult>> county : byCounty().entrySet()) {
            out.println();
            out.println("== " + county.getKey() + " ==");
            for (DueResult r : county.getValue()) {
                textBody(out, r);
            }
            out.println();
            out.println(msg("dueReport.countyGridBodyDutyOverdue"));
            List<String> columns = columns(county.getValue());
            for (String id : columns) {
                StringBuilder row = new StringBuilder("  " + id + " " + title(id) + msg("dueReport.colon"));
                List<String> cells = new ArrayList<>();
                for (DueResult r : county.getValue()) {
                    cells.add(bodyName(r) + " " + (r.status() == Status.REJECTED ? msg("dueReport.rejected") : cell(r, id)));
                }
                out.println(row.append(String.join(msg("dueReport.comma"), cells)));
            }
            if (!calendar.isEmpty()) {
                out.println();
                out.println(msg("dueReport.countyItems"));
                for (CountyCalendar.Item i : calendar) {
                    out.println("  " + i.date() + "  " + i.title() + (i.who() == null ? "" : msg("dueReport.openingBracket") + i.who() + msg("dueReport.closingBracket")));
                }
            }
        }
        out.flush();
    }

    private void textBody(PrintWriter out, DueResult r) {
        out.println();
        out.println("-- " + bodyName(r) + (r.recordId() == null ? "" : msg("dueReport.openingBracket") + r.recordId() + msg("dueReport.closingBracket"))
                + (r.asOfDate() == null ? "" : msg("dueReport.recordAs") + r.asOfDate()) + " --");
        if (r.status() == Status.REJECTED) {
            out.println(msg("dueReport.rejectedLine"));
            for (InputError e : r.errors()) {
                out.println("    " + (e.path().isEmpty() ? "" : e.path() + " ") + e.message());
            }
            return;
        }
        out.println(msg("dueReport.dueMonthCountStart") + r.due().size() + msg("dueReport.closingBracket"));
        for (Duty d : r.due()) {
            out.println("  " + d.dueDate() + (lapsed(d) ? msg("dueReport.passed") : "") + "  " + d.ruleId() + " "
                    + d.title() + "  " + d.path() + (d.item() == null ? "" : " " + d.item()));
            textDetails(out, d.basis(), d.remedy());
        }
        out.println(msg("dueReport.overdueCountStart") + r.overdue().size() + msg("dueReport.closingBracket"));
        for (Finding f : r.overdue()) {
            out.println("  [" + (f.severity() == Severity.ERROR ? msg("dueReport.error") : msg("dueReport.warning")) + "] "
                    + f.ruleId() + " " + f.title() + "  " + f.path());
        }
        out.println(msg("dueReport.openYearCountStart") + r.open().size() + msg("dueReport.closingBracket"));
        for (Duty d : r.open()) {
            out.println("  " + d.ruleId() + " " + d.title() + "  " + left(d) + (d.count() > 1 ? "  " + count(d) : ""));
            textDetails(out, d.basis(), d.remedy());
        }
        out.println(msg("dueReport.recurringCountStart") + r.recurring().size() + msg("dueReport.closingBracket"));
        for (Duty d : r.recurring()) {
            out.println("  " + d.dueDate() + "  " + d.ruleId() + " " + d.title() + msg("dueReport.openingBracket") + periodLabel(d.period()) + msg("dueReport.closingBracketGap")
                    + d.path() + (d.item() == null ? "" : " " + d.item()));
            textDetails(out, d.basis(), d.remedy());
        }
        if (!r.notChecked().isEmpty()) {
            out.println(msg("dueReport.rulesCannotLookAheadSection")
                    + String.join(", ", r.notChecked().stream().map(NotChecked::ruleId).toList()));
        }
    }

    private void textDetails(PrintWriter out, List<Citation> basis, String remedy) {
        out.println(msg("dueReport.basis") + String.join(msg("dueReport.semicolon"), basis.stream().map(Citation::display).toList()));
        out.println(msg("dueReport.do") + remedy);
    }

    // ---------------------------------------------------------------- JSON

    void json(PrintWriter out) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("month", month.toString());
        root.put("language", lang == Language.EN ? "en" : "zh");
        ArrayNode bodies = root.putArray("bodies");
        for (DueResult r : results) {
            ObjectNode b = bodies.addObject();
            b.put("source", r.source());
            b.put("index", r.index());
            b.put("recordId", r.recordId());
            b.put("status", r.status().name());
            if (r.body() != null) {
                ObjectNode body = b.putObject("body");
                body.put("kind", r.body().kind());
                body.put("name", r.body().name());
                body.put("county", r.body().county());
                if (r.body().year() != null) {
                    body.put("year", r.body().year());
                }
            }
            b.put("asOfDate", r.asOfDate() == null ? null : r.asOfDate().toString());
            ArrayNode due = b.putArray("due");
            r.due().forEach(d -> duty(due.addObject(), d));
            ArrayNode overdue = b.putArray("overdue");
            for (Finding f : r.overdue()) {
                ObjectNode o = overdue.addObject();
                o.put("ruleId", f.ruleId());
                o.put("severity", f.severity().name());
                o.put("title", f.title());
                o.put("path", f.path());
                o.put("message", f.message());
            }
            ArrayNode open = b.putArray("open");
            r.open().forEach(d -> duty(open.addObject(), d));
            ArrayNode recurring = b.putArray("recurring");
            r.recurring().forEach(d -> duty(recurring.addObject(), d));
            ArrayNode nc = b.putArray("notChecked");
            r.notChecked().forEach(n -> nc.addObject().put("ruleId", n.ruleId()).put("reason", n.reason()));
            ArrayNode errors = b.putArray("errors");
            r.errors().forEach(e -> errors.addObject().put("path", e.path()).put("message", e.message()));
        }
        ArrayNode counties = root.putArray("counties");
        for (Map.Entry<String, List<DueResult>> c : byCounty().entrySet()) {
            ObjectNode county = counties.addObject();
            county.put("county", c.getKey());
            ArrayNode cols = county.putArray("rules");
            List<String> columns = columns(c.getValue());
            columns.forEach(cols::add);
            ArrayNode rows = county.putArray("grid");
            for (DueResult r : c.getValue()) {
                ObjectNode row = rows.addObject();
                row.put("recordId", r.recordId());
                ObjectNode cells = row.putObject("cells");
                for (String id : columns) {
                    cells.put(id, r.status() == Status.REJECTED ? msg("dueReport.rejected") : cell(r, id));
                }
            }
            ArrayNode items = county.putArray("calendar");
            for (CountyCalendar.Item i : calendar) {
                items.addObject().put("date", i.date().toString()).put("title", i.title()).put("who", i.who());
            }
        }
        try {
            m.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static void duty(ObjectNode o, Duty d) {
        o.put("ruleId", d.ruleId());
        o.put("severity", d.severity().name());
        o.put("title", d.title());
        o.put("path", d.path());
        if (d.item() != null) {
            o.put("item", d.item());
        }
        o.put("dueDate", d.dueDate().toString());
        if (d.period() != null) {
            o.put("period", d.period());
        }
        if (d.monthsLeft() != null) {
            o.put("monthsLeft", d.monthsLeft());
            o.put("count", d.count());
            ArrayNode paths = o.putArray("paths");
            d.paths().forEach(paths::add);
        }
        ArrayNode basis = o.putArray("basis");
        for (Citation c : d.basis()) {
            basis.addObject().put("law", c.law()).put("version", c.version()).put("article", c.article())
                    .put("display", c.display());
        }
        o.put("remedy", d.remedy());
    }

    // ---------------------------------------------------------------- HTML

    void html(PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + msg("dueReport.htmlLang") + "\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + esc(msg("dueReport.dutiesPageTitle") + monthLabel()) + "</title>");
        out.println("<style>" + CSS + "</style></head><body>");
        for (Map.Entry<String, List<DueResult>> county : byCounty().entrySet()) {
            for (DueResult r : county.getValue()) {
                htmlBody(out, county.getKey(), r);
            }
            htmlGrid(out, county.getKey(), county.getValue());
        }
        out.println("</body></html>");
        out.flush();
    }

    private void htmlBody(PrintWriter out, String county, DueResult r) {
        out.println("<section class=\"sheet\">");
        out.println("<h1>" + esc(msg("dueReport.monthlyDutyList")) + "</h1>");
        String gap = msg("dueReport.metaGap");
        out.println("<p class=\"meta\"><b>" + esc(bodyName(r)) + "</b>" + gap + esc(county) + gap + esc(monthLabel())
                + (r.asOfDate() == null ? "" : gap + esc(msg("dueReport.recordAsOf", r.asOfDate())))
                + (r.recordId() == null ? "" : "<br><span class=\"rid\">" + esc(r.recordId()) + "</span>") + "</p>");
        if (r.status() == Status.REJECTED) {
            out.println("<div class=\"rejected\"><b>" + esc(msg("dueReport.recordWasRejected")) + "</b><ul>");
            for (InputError e : r.errors()) {
                out.println("<li><code>" + esc(e.path()) + "</code> " + esc(e.message()) + "</li>");
            }
            out.println("</ul></div></section>");
            return;
        }
        part(out, msg("dueReport.dueMonthHeading"), r.due(), false);
        out.println("<h2>" + esc(msg("dueReport.overdueHeading")) + " <small>(" + r.overdue().size() + ")</small></h2>");
        if (r.overdue().isEmpty()) {
            out.println("<p class=\"none\">" + esc(msg("dueReport.none")) + "</p>");
        } else {
            out.println("<table><thead><tr><th class=\"n\">" + esc(msg("dueReport.no")) + "</th><th>" + esc(msg("dueReport.duty"))
                    + "</th><th class=\"w\">" + esc(msg("dueReport.where")) + "</th>" + fillHeads() + "</tr></thead><tbody>");
            int n = 1;
            for (Finding f : r.overdue()) {
                out.println("<tr><td class=\"n\">" + n++ + "</td><td><span class=\"" + (f.severity() == Severity.ERROR ? "err" : "warn")
                        + "\">" + esc(f.severity() == Severity.ERROR ? msg("dueReport.error") : msg("dueReport.warning")) + "</span> "
                        + esc(f.title()) + " <code>" + esc(f.ruleId()) + "</code></td><td class=\"w\"><code>" + esc(f.path())
                        + "</code></td><td></td><td></td></tr>");
            }
            out.println("</tbody></table>");
        }
        part(out, msg("dueReport.openYearHeading"), r.open(), true);
        part(out, msg("dueReport.recurringHeading"), r.recurring(), false);
        if (!r.notChecked().isEmpty()) {
            out.println("<p class=\"nc\">" + esc(msg("dueReport.cannotLookAheadSectionNot")
                    + String.join(msg("dueReport.listSeparator"), r.notChecked().stream().map(NotChecked::ruleId).toList())) + "</p>");
        }
        out.println("<p class=\"sign\">" + esc(msg("dueReport.filledByCheckedByDate")) + "</p>");
        out.println("</section>");
    }

    private String fillHeads() {
        return "<th class=\"fill\">" + esc(msg("dueReport.doneOn")) + "</th><th class=\"fill\">" + esc(msg("dueReport.ledgerNo")) + "</th>";
    }

    private void part(PrintWriter out, String heading, List<Duty> duties, boolean open) {
        out.println("<h2>" + esc(heading) + " <small>(" + duties.size() + ")</small></h2>");
        if (duties.isEmpty()) {
            out.println("<p class=\"none\">" + esc(msg("dueReport.none")) + "</p>");
            return;
        }
        out.println("<table><thead><tr><th class=\"n\">" + esc(msg("dueReport.no")) + "</th><th>" + esc(msg("dueReport.dutyBasis"))
                + "</th><th class=\"w\">" + esc(open ? msg("dueReport.timeLeft") : msg("dueReport.dueColumn")) + "</th>" + fillHeads()
                + "</tr></thead><tbody>");
        int n = 1;
        for (Duty d : duties) {
            StringBuilder what = new StringBuilder();
            what.append("<b>").append(esc(d.title())).append("</b> <code>").append(esc(d.ruleId())).append("</code>");
            if (d.period() != null) {
                what.append(msg("dueReport.openingBracket")).append(esc(periodLabel(d.period()))).append(msg("dueReport.closingBracket"));
            }
            what.append("<div class=\"item\">").append(esc(msg("dueReport.whereLabel"))).append("<code>").append(esc(d.path())).append("</code>");
            if (d.item() != null) {
                what.append(" ").append(esc(d.item()));
            }
            if (d.count() > 1) {
                what.append(" ").append(esc(count(d)));
            }
            what.append("</div><div class=\"basis\">").append(esc(msg("dueReport.basisLabel")))
                    .append(esc(String.join(msg("dueReport.semicolon"), d.basis().stream().map(Citation::display).toList())))
                    .append("</div><div class=\"remedy\">").append(esc(msg("dueReport.doLabel"))).append(esc(d.remedy())).append("</div>");
            String when = open ? left(d) : d.dueDate() + (lapsed(d) ? msg("dueReport.passed") : "");
            out.println("<tr><td class=\"n\">" + n++ + "</td><td>" + what + "</td><td class=\"w\">" + esc(when)
                    + "</td><td></td><td></td></tr>");
        }
        out.println("</tbody></table>");
    }

    private void htmlGrid(PrintWriter out, String county, List<DueResult> bodies) {
        out.println("<section class=\"sheet grid\">");
        out.println("<h1>" + esc(county + msg("dueReport.dutyGrid")) + "</h1>");
        out.println("<p class=\"meta\">" + esc(monthLabel()) + msg("dueReport.metaGap") + esc(msg("dueReport.overdueAlreadyFindingDueDone")) + "</p>");
        List<String> columns = columns(bodies);
        out.println("<table class=\"g\"><thead><tr><th>" + esc(msg("dueReport.body")) + "</th>");
        for (String id : columns) {
            out.println("<th title=\"" + esc(title(id)) + "\"><span>" + esc(title(id)) + "</span><code>" + esc(id) + "</code></th>");
        }
        out.println("</tr></thead><tbody>");
        for (DueResult r : bodies) {
            out.print("<tr><th>" + esc(bodyName(r)) + "</th>");
            if (r.status() == Status.REJECTED) {
                out.print("<td class=\"rej\" colspan=\"" + Math.max(columns.size(), 1) + "\">" + esc(msg("dueReport.rejectedCell")
                        + (r.errors().isEmpty() ? "" : r.errors().get(0).message())) + "</td>");
            } else {
                for (String id : columns) {
                    String c = cell(r, id);
                    String cls = c.equals(msg("dueReport.overdue")) ? "c-over" : c.equals(msg("dueReport.due")) ? "c-due"
                            : c.equals(msg("dueReport.open")) ? "c-open" : "c-done";
                    out.print("<td class=\"" + cls + "\">" + esc(c) + "</td>");
                }
            }
            out.println("</tr>");
        }
        out.println("</tbody></table>");
        out.println("<h2>" + esc(msg("dueReport.countyItems")) + "</h2>");
        if (calendar.isEmpty()) {
            out.println("<p class=\"none\">" + esc(msg("dueReport.noneListThemWithCalendar")) + "</p>");
        } else {
            out.println("<table><thead><tr><th class=\"w\">" + esc(msg("dueReport.date")) + "</th><th>" + esc(msg("dueReport.item"))
                    + "</th><th class=\"w\">" + esc(msg("dueReport.who")) + "</th>" + fillHeads() + "</tr></thead><tbody>");
            for (CountyCalendar.Item i : calendar) {
                out.println("<tr><td class=\"w\">" + i.date() + "</td><td>" + esc(i.title()) + "</td><td class=\"w\">"
                        + esc(i.who()) + "</td><td></td><td></td></tr>");
            }
            out.println("</tbody></table>");
        }
        out.println("</section>");
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;
              color:#1d2330;margin:0;background:#eef1f5;font-size:14px;line-height:1.5}
            .sheet{background:#fff;max-width:1000px;margin:16px auto;padding:24px 32px;box-shadow:0 1px 4px #0002}
            h1{font-size:22px;text-align:center;margin:0 0 4px;letter-spacing:.2em}
            h2{font-size:16px;margin:18px 0 6px;border-left:4px solid #b3261e;padding-left:8px}
            h2 small{color:#667;font-weight:normal}
            .meta{text-align:center;margin:0 0 12px;color:#333}
            .rid{color:#778;font-size:12px}
            table{border-collapse:collapse;width:100%;margin:4px 0 8px}
            table:not(.g){table-layout:fixed}
            td{overflow-wrap:anywhere}
            th,td{border:1px solid #99a;padding:4px 6px;vertical-align:top;text-align:left}
            thead th{background:#f2f4f7}
            td.n,th.n{width:2.5em;text-align:center}
            td.w,th.w{width:8.5em}
            th.fill{width:6em}
            .item,.basis,.remedy{font-size:12.5px;color:#333}
            .basis{color:#3b4a6b}
            code{font-family:"Noto Sans Mono CJK SC",ui-monospace,Consolas,monospace;font-size:.88em;background:#f2f4f7;padding:0 3px;border-radius:3px}
            .none{color:#667;margin:2px 0 8px}
            .err{color:#fff;background:#b3261e;border-radius:3px;padding:0 4px;font-size:12px}
            .warn{color:#1d2330;background:#f5c542;border-radius:3px;padding:0 4px;font-size:12px}
            .rejected{border:2px solid #b3261e;padding:8px 12px}
            .nc{font-size:12px;color:#667}
            .sign{margin-top:24px;color:#333}
            table.g th span{display:block;font-weight:normal;font-size:12px}
            table.g tbody th,table.g thead th:first-child{white-space:nowrap}
            table.g thead th code{word-break:break-all}
            table.g th code{font-size:10px}
            table.g td{text-align:center;white-space:nowrap}
            table.g td.rej{text-align:left;white-space:normal;color:#b3261e}
            .c-over{background:#f6d3d0;color:#8c1d18;font-weight:bold}
            .c-due{background:#fde8b0}
            .c-open{background:#e3ecfa}
            .c-done{color:#2e7d32}
            @media print{
              body{background:#fff;font-size:11pt}
              .sheet{box-shadow:none;margin:0;padding:0;max-width:none;break-after:page;page-break-after:always}
              .sheet:last-child{break-after:auto;page-break-after:auto}
              tr{break-inside:avoid;page-break-inside:avoid}
              h2{break-after:avoid;page-break-after:avoid}
              thead{display:table-header-group}
              @page{size:A4;margin:14mm 12mm}
              .c-over,.c-due,.c-open,.err,.warn,thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }
            """;
}
