package org.renda.check;

import java.time.LocalDate;
import java.util.List;

/**
 * One duty of a month's duty list (月初提示单): what a rule will report if nothing is done, and by
 * when. Produced by the rules themselves, judged on a later day (see {@link Checker#due}).
 *
 * @param ruleId     the rule, e.g. {@code SUGG-REPLY-001}
 * @param pack       the rule's pack
 * @param severity   what it will be as a finding
 * @param title      the rule's title
 * @param path       the JSON Pointer of the item (for an open duty with several places, their common parent)
 * @param item       a short name of the item (its {@code id} and name, when the record gives them), or null
 * @param dueDate    due: the deadline (rolled over for holidays where the rule does so); recurring:
 *                   the last day of the quarter or month; open: the yearly duty's date (31 December
 *                   unless the rule names another)
 * @param basis      the legal basis, the article in force as the finding would cite it
 * @param remedy     what to do
 * @param period     recurring only: {@code 2025-Q2} or {@code 2025-06}; null otherwise
 * @param paths      every place the duty concerns (one each for due and recurring; an open yearly
 *                   duty of each deputy lists every deputy behind)
 * @param monthsLeft open only: the months left, the current one counted (June to 31 December: 7); null otherwise
 */
public record Duty(String ruleId, String pack, Severity severity, String title, String path, String item,
                   LocalDate dueDate, List<Citation> basis, String remedy, String period, List<String> paths,
                   Integer monthsLeft) {
    public Duty {
        basis = List.copyOf(basis);
        paths = List.copyOf(paths);
    }

    /** How many places (deputies, stations, …) the duty concerns. */
    public int count() {
        return paths.size();
    }
}
