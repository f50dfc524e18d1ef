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
        err.println(lang == Language.EN
                ? "The rule packs did not load (" + e.problems().size() + " problem(s)); nothing was checked:"
                : "规则包未能加载（" + e.problems().size() + " 个问题），未检查任何记录：");
        for (PackProblem p : e.problems()) {
            err.println("  " + p.toString(lang));
        }
        return 2;
    }
}
