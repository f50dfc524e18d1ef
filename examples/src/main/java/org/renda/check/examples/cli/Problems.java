package org.renda.check.examples.cli;

import java.io.PrintWriter;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;
import org.renda.check.PackProblem;

/** Prints the problems that kept packs from loading, one per line, compiler style. */
final class Problems {

    private Problems() {
    }

    static int print(PrintWriter err, CheckerBuildException e, Language lang) {
        err.println(Texts.get(lang, "problems.rulePacksDidNotLoad", e.problems().size()));
        for (PackProblem p : e.problems()) {
            err.println("  " + p.toString(lang));
        }
        return 2;
    }
}
