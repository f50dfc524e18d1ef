package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.Summary;

/** The {@code --format html} report: collects nothing itself, the page is written by {@link HtmlPage}. */
final class HtmlReport {
    private final Checker checker;
    private final Language lang;
    private final Scoring scoring;

    HtmlReport(Checker checker, Language lang, Scoring scoring) {
        this.checker = checker;
        this.lang = lang;
        this.scoring = scoring;
    }

    Summary write(List<CheckResult> results, PrintWriter out) {
        return HtmlPage.write(checker, lang, scoring, results, out);
    }
}
