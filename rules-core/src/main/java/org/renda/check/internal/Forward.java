package org.renda.check.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.PackProblem;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;

/**
 * The forward view of the rules (月初提示): which duties fall due in a month, computed by the same
 * rules and gating as the findings. A finding means "a deadline has passed unmet as of
 * {@code asOfDate}"; so the record as it stands, judged on a later day ({@link
 * AnnualRecord#withAsOfDate}), gives exactly the duties that will be unmet by then. No rule
 * condition is repeated here: this class only chooses the days to judge on and compares the
 * matches.
 *
 * <p>A rule declares its forward view once, in its DRL metadata, {@code @due(...)}:
 * <ul>
 *   <li>{@code deadline}: the event date the rule reports is the deadline (a suggestion's reply,
 *       a publication); the duty falls due on it;</li>
 *   <li>{@code deadline:NAME,NAME}: the deadlines are the reported values of these names (the event
 *       date being the activity's date, which selects the law cited); the duty falls due on the
 *       first of them after {@code asOfDate} on which the rule fires;</li>
 *   <li>{@code year}: a yearly obligation (with {@code @yearComplete("true")}), still open when it
 *       would fire on 31 December;</li>
 *   <li>{@code quarter}, {@code month}: a duty of every quarter or month (a presidium meeting, a
 *       station's receptions), due when that quarter or month ends.</li>
 * </ul>
 * A rule without {@code @due} has no forward view (a session's quorum is a fact, not a duty).
 */
public final class Forward {

    /** The kinds of forward view. */
    public enum Kind { DEADLINE, YEAR, QUARTER, MONTH }

    /** One rule's forward view: its kind and, for a deadline, the names of the values holding it (empty = event date). */
    public record View(Kind kind, List<String> deadlineNames) {
    }

    /**
     * One duty as the engine sees it.
     *
     * @param finding the finding it would be, rendered on the day it is judged (title, basis, remedy)
     * @param dueDate the deadline (due), the last day of the period (recurring), or the yearly
     *                duty's date (open: the reported event date, else 31 December)
     * @param period  the quarter or month a recurring duty is for ({@code 2025-Q2}, {@code 2025-06}), else null
     * @param paths   for an open yearly duty, every place it would be reported (one deputy each, …)
     */
    public record Item(Finding finding, LocalDate dueDate, String period, List<String> paths) {
    }

    /** The four parts of one record's duty list, and the rules that cannot be looked ahead. */
    public record Plan(List<Finding> overdue, List<Item> due, List<Item> open, List<Item> recurring,
                       List<NotChecked> notChecked) {
    }

    private final Engine engine;
    private final Map<String, View> views;

    public Forward(Engine engine, RuleBase ruleBase) {
        this.engine = engine;
        Map<String, View> v = new HashMap<>();
        for (KiePackage kp : ruleBase.kieBase().getKiePackages()) {
            for (Rule r : kp.getRules()) {
                View view = parse(RuleMeta.str(r.getMetaData(), "due"));
                if (view != null) {
                    v.put(RuleMeta.str(r.getMetaData(), "id"), view);
                }
            }
        }
        this.views = Map.copyOf(v);
    }

    /** The forward view of a rule, or null when it has none. */
    public View viewOf(String ruleId) {
        return views.get(ruleId);
    }

    /** Parses a {@code @due} value; null when absent, blank or not understood (see {@link #lint}). */
    static View parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        switch (v) {
            case "deadline":
                return new View(Kind.DEADLINE, List.of());
            case "year":
                return new View(Kind.YEAR, List.of());
            case "quarter":
                return new View(Kind.QUARTER, List.of());
            case "month":
                return new View(Kind.MONTH, List.of());
            default:
                break;
        }
        if (v.startsWith("deadline:")) {
            List<String> names = new ArrayList<>();
            for (String n : v.substring("deadline:".length()).split("[,，\\s]+")) {
                if (!n.isBlank()) {
                    if (!n.strip().matches("[A-Za-z][A-Za-z0-9_]*")) {
                        return null;
                    }
                    names.add(n.strip());
                }
            }
            return names.isEmpty() ? null : new View(Kind.DEADLINE, List.copyOf(names));
        }
        return null;
    }

    /** Adds a problem when a rule's {@code @due} is present and not understood, or does not fit its {@code @yearComplete}. */
    static void lint(String file, int line, String ruleName, Map<String, Object> md, List<PackProblem> problems) {
        if (!md.containsKey("due")) {
            return;
        }
        String value = RuleMeta.str(md, "due");
        View view = parse(value);
        if (view == null) {
            problems.add(Msg.problem(file, line, ruleName, "forward.dueMustDeadlineDeadlineName", value));
            return;
        }
        boolean yearly = "true".equals(RuleMeta.str(md, "yearComplete"));
        if (yearly != (view.kind() == Kind.YEAR)) {
            problems.add(yearly ? Msg.problem(file, line, ruleName, "forward.yearlyDueMustBeYear", value)
                    : Msg.problem(file, line, ruleName, "forward.dueYearOnlyYearly"));
        }
    }

    /** What a duty is compared by across two days: the rule, the place and the reported values. */
    private record Key(String ruleId, String path, Map<String, Object> values) {
        static Key of(FindingCollector.Raw r) {
            return new Key(r.ruleId(), r.path(), r.values());
        }
    }

    /**
     * The duty list of one record for one month of its year. The caller has checked that the month
     * is in the record's year and does not end before {@code asOfDate}.
     */
    public Plan plan(AnnualRecord record, Parameters parameters, YearMonth month, Language lang) {
        LocalDate asOf = record.asOfDate();
        Map<LocalDate, Engine.Matches> byDay = new HashMap<>();
        Function<LocalDate, Engine.Matches> at = day -> byDay.computeIfAbsent(day,
                d -> engine.match(d.equals(asOf) ? record : record.withAsOfDate(d), parameters));
        Engine.Matches now = at.apply(asOf);
        Set<String> nowPlaces = new HashSet<>();
        for (FindingCollector.Raw r : now.raws()) {
            nowPlaces.add(r.ruleId() + "\u0000" + r.path());
        }
        List<Finding> overdue = engine.render(now, lang).findings();

        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        Engine.Matches atMonthEnd = at.apply(monthEnd);
        List<Item> due = new ArrayList<>();
        for (FindingCollector.Raw r : atMonthEnd.raws()) {
            View view = views.get(r.ruleId());
            if (view == null || view.kind() != Kind.DEADLINE || nowPlaces.contains(r.ruleId() + "\u0000" + r.path())) {
                continue;
            }
            // due in the month; a deadline after asOfDate but before the month is listed too, since
            // the record cannot show it met (see docs/due.md). Of several named deadlines (forward,
            // then feedback), the one the duty falls due on is the first day the rule fires there.
            List<LocalDate> candidates = new ArrayList<>();
            for (LocalDate d : deadlines(r, view)) {
                if (d.isAfter(asOf) && !d.isAfter(monthEnd)) {
                    candidates.add(d);
                }
            }
            candidates.sort(Comparator.naturalOrder());
            LocalDate deadline = null;
            for (LocalDate d : candidates) {
                if (candidates.size() == 1 || fires(at.apply(d), r.ruleId(), r.path())) {
                    deadline = d;
                    break;
                }
            }
            if (deadline != null) {
                due.add(new Item(engine.render(r, atMonthEnd.record(), lang), deadline, null, List.of(r.path())));
            }
        }

        LocalDate yearEnd = record.yearEnd();
        Engine.Matches atYearEnd = at.apply(yearEnd);
        Map<String, List<FindingCollector.Raw>> openByRule = new LinkedHashMap<>();
        for (FindingCollector.Raw r : atYearEnd.raws()) {
            View view = views.get(r.ruleId());
            if (view != null && view.kind() == Kind.YEAR && !nowPlaces.contains(r.ruleId() + "\u0000" + r.path())) {
                openByRule.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Item> open = new ArrayList<>();
        for (List<FindingCollector.Raw> raws : openByRule.values()) {
            FindingCollector.Raw first = raws.get(0);
            List<String> paths = new ArrayList<>();
            raws.forEach(r -> paths.add(r.path()));
            paths.sort(JsonPointers::compare);
            LocalDate date = first.eventDate() != null ? first.eventDate() : yearEnd;
            open.add(new Item(engine.render(first, atYearEnd.record(), lang), date, null, List.copyOf(paths)));
        }

        List<Item> recurring = new ArrayList<>();
        int q = (month.getMonthValue() - 1) / 3 + 1;
        YearMonth quarterFirst = YearMonth.of(month.getYear(), q * 3 - 2);
        recurring.addAll(recurring(Kind.QUARTER, quarterFirst.atDay(1), YearMonth.of(month.getYear(), q * 3).atEndOfMonth(),
                month.getYear() + "-Q" + q, record, at, lang));
        recurring.addAll(recurring(Kind.MONTH, monthStart, monthEnd, month.toString(), record, at, lang));

        Comparator<Item> order = Comparator.comparing(Item::dueDate)
                .thenComparing(i -> i.finding().path(), JsonPointers::compare)
                .thenComparing(i -> i.finding().ruleId());
        due.sort(order);
        open.sort(order);
        recurring.sort(order);
        // a rule with a forward view whose section the record does not report: it cannot announce anything
        List<NotChecked> notChecked = new ArrayList<>();
        for (NotChecked n : engine.render(atYearEnd, lang).notChecked()) {
            if (views.containsKey(n.ruleId())) {
                notChecked.add(n);
            }
        }
        return new Plan(overdue, List.copyOf(due), List.copyOf(open), List.copyOf(recurring), List.copyOf(notChecked));
    }

    /**
     * The duties of one quarter or month: what the rules of that kind report when the period has
     * ended and did not report the day before it began (or on {@code asOfDate}, when later), so an
     * earlier period's gap, already known or not, is not this period's duty.
     */
    private List<Item> recurring(Kind kind, LocalDate start, LocalDate end, String period, AnnualRecord record,
                                 Function<LocalDate, Engine.Matches> at, Language lang) {
        LocalDate before = start.minusDays(1);
        LocalDate baseline = before.isAfter(record.asOfDate()) ? before : record.asOfDate();
        Set<Key> known = new HashSet<>();
        for (FindingCollector.Raw r : at.apply(baseline).raws()) {
            known.add(Key.of(r));
        }
        for (FindingCollector.Raw r : at.apply(record.asOfDate()).raws()) {
            known.add(Key.of(r));
        }
        Engine.Matches atEnd = at.apply(end);
        List<Item> out = new ArrayList<>();
        for (FindingCollector.Raw r : atEnd.raws()) {
            View view = views.get(r.ruleId());
            if (view != null && view.kind() == kind && !known.contains(Key.of(r))) {
                out.add(new Item(engine.render(r, atEnd.record(), lang), end, period, List.of(r.path())));
            }
        }
        return out;
    }

    private static boolean fires(Engine.Matches m, String ruleId, String path) {
        for (FindingCollector.Raw r : m.raws()) {
            if (r.ruleId().equals(ruleId) && r.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** The deadlines a deadline rule reported: its event date, or the dates among the named values. */
    private static List<LocalDate> deadlines(FindingCollector.Raw r, View view) {
        List<LocalDate> out = new ArrayList<>();
        if (view.deadlineNames().isEmpty()) {
            if (r.eventDate() != null) {
                out.add(r.eventDate());
            }
        } else {
            for (String name : view.deadlineNames()) {
                LocalDate d = dateOf(r.values().get(name));
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * A reported value as a day: a {@code LocalDate}, or a record with a {@code date} component
     * (a deadline after the holiday roll-over, whose {@code date} is the real last day); else null.
     */
    static LocalDate dateOf(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v != null && v.getClass().isRecord()) {
            for (java.lang.reflect.RecordComponent c : v.getClass().getRecordComponents()) {
                if (c.getName().equals("date") && c.getType() == LocalDate.class) {
                    try {
                        return (LocalDate) c.getAccessor().invoke(v);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** Whole months from the month given to the month of {@code date}, both counted (June to 31 December: 7); 0 when before. */
    public static int monthsLeft(YearMonth from, LocalDate date) {
        YearMonth to = YearMonth.from(date);
        return to.isBefore(from) ? 0 : (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }
}
