package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.Summary;

/** Placeholder-free minimal HTML report; the full auditor report is built in HtmlPage. */
final class HtmlReport {
    private final Checker checker;
    private final Language lang;

    HtmlReport(Checker checker, Language lang) {
        this.checker = checker;
        this.lang = lang;
    }

    Summary write(List<CheckResult> results, PrintWriter out) {
        return HtmlPage.write(checker, lang, results, out);
    }
}
