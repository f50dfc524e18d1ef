package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Summary;

/** The self-contained HTML report (inline CSS, no network fetches). */
final class HtmlPage {

    private HtmlPage() {
    }

    static Summary write(Checker checker, Language lang, List<CheckResult> results, PrintWriter out) {
        BatchStats stats = new BatchStats();
        results.forEach(stats::add);
        out.println("<!DOCTYPE html><html lang=\"" + (lang == Language.EN ? "en" : "zh-CN") + "\"><head><meta charset=\"utf-8\">");
        out.println("<title>renda-check</title></head><body>");
        for (CheckResult r : results) {
            out.println("<section class=\"record\"><h2>" + esc(r.recordId() == null ? r.source() : r.recordId()) + "</h2><ul>");
            for (Finding f : r.findings()) {
                out.println("<li>[" + esc(f.ruleId()) + "] " + esc(f.message()) + " <code>" + esc(f.path()) + "</code></li>");
            }
            for (InputError e : r.errors()) {
                out.println("<li>" + esc(e.path()) + " " + esc(e.message()) + "</li>");
            }
            out.println("</ul></section>");
        }
        out.println("</body></html>");
        return stats.summary;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
