package org.renda.check;

import java.util.List;

/**
 * The checker could not be built: every problem found is listed, never only the first. Nothing is
 * half-loaded: either all packs load or no checker is built.
 */
public final class CheckerBuildException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    public CheckerBuildException(List<PackProblem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<PackProblem> problems() {
        return problems;
    }

    private static String summarise(List<PackProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " problem(s) prevent the rule packs from loading:");
        for (PackProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
