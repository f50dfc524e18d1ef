package org.renda.check.bench;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.renda.check.RuleInfo;
import org.renda.check.model.AcceptingBody;
import org.renda.check.model.Absence;
import org.renda.check.model.Activity;
import org.renda.check.model.ActivityType;
import org.renda.check.model.AgendaItem;
import org.renda.check.model.AgendaType;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Deadline;
import org.renda.check.model.Periods;
import org.renda.check.model.BodyKind;
import org.renda.check.model.BudgetAdjustment;
import org.renda.check.model.Deputy;
import org.renda.check.model.DeputyLevel;
import org.renda.check.model.DeputyStatus;
import org.renda.check.model.EndReason;
import org.renda.check.model.LivelihoodProjects;
import org.renda.check.model.Meeting;
import org.renda.check.model.NormativeDocument;
import org.renda.check.model.Officer;
import org.renda.check.model.OfficerRole;
import org.renda.check.model.Organizer;
import org.renda.check.model.Parameters;
import org.renda.check.model.Post;
import org.renda.check.model.Section;
import org.renda.check.model.Session;
import org.renda.check.model.SessionKind;
import org.renda.check.model.Station;
import org.renda.check.model.Suggestion;
import org.renda.check.model.VoteMethod;

/**
 * A hand-written plain-Java implementation of the 65 checks of {@code rule-catalogue.md} 1.1, over
 * the same fact objects the DRL rules match. It exists (1) as the speed yardstick for the Drools
 * engine and (2) as an independent second implementation: the equivalence test compares the two.
 *
 * <p>Written from the catalogue, not from the DRL: one method per rule, named by ID, following the
 * catalogue's condition literally (deadlines rolled over for 法定休假日 with {@link Periods#daysAfter}
 * and {@link Periods#monthsAfter}, as the catalogue's section "Holiday roll-over" lists). Gating is
 * not restated here: applies-to, needs (→ not checked), year complete, {@code fromYear} and
 * {@code appliesFrom} are read from the loaded rules' {@link RuleInfo}, the metadata each DRL
 * declares once, and applied the way the catalogue says; a check reports the event date of each hit
 * so that an {@code appliesFrom} rule drops events before its day. Findings are (ruleId, path) only:
 * messages are the engine's business. Stateless and thread-safe.
 */
public final class PlainJavaChecks {

    /**
     * One finding: the rule, the JSON Pointer it points at, the event date (null: the year), and
     * the values the DRL consequence reports, as name, value pairs (null unless asked for with
     * {@link #checkWithValues}). Equality ignores the values (an array).
     */
    public record Hit(String ruleId, String path, LocalDate eventDate, Object[] values) {

        public Hit(String ruleId, String path, LocalDate eventDate) {
            this(ruleId, path, eventDate, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hit h && ruleId.equals(h.ruleId) && path.equals(h.path)
                    && java.util.Objects.equals(eventDate, h.eventDate);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleId, path, eventDate);
        }

        /** The values by name, in the order reported (empty when not computed). */
        public Map<String, Object> valueMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; values != null && i + 1 < values.length; i += 2) {
                m.put(String.valueOf(values[i]), values[i + 1]);
            }
            return m;
        }
    }

    /** The findings of one check run, and whether their values are computed too. */
    static final class Hits extends ArrayList<Hit> {
        final boolean withValues;

        Hits(boolean withValues) {
            this.withValues = withValues;
        }
    }

    /** Findings in rule order, and the IDs of the rules not checked. */
    public record Result(List<Hit> findings, List<String> notChecked) {
    }

    /** A loaded rule's gating, from its {@link RuleInfo}, and its hand-written check. */
    record Gate(String id, Set<BodyKind> appliesTo, List<Section> needs, boolean yearComplete, Integer fromYear,
                LocalDate appliesFrom, Check check) {

        static Gate of(RuleInfo info, Check check) {
            Set<BodyKind> kinds = EnumSet.noneOf(BodyKind.class);
            info.appliesTo().forEach(k -> kinds.add(BodyKind.valueOf(k)));
            List<Section> needs = new ArrayList<>();
            for (String n : info.needs()) {
                Section s = Section.byJsonName(n);
                if (s == null) {
                    throw new IllegalArgumentException(info.id() + ": unknown section " + n);
                }
                needs.add(s);
            }
            return new Gate(info.id(), kinds, List.copyOf(needs), info.yearComplete(), info.fromYear(),
                    info.appliesFrom(), check);
        }

        /** Whether the rule applies to the record at all (else neither checked nor listed). */
        boolean applies(AnnualRecord r) {
            return appliesTo.contains(r.kind())
                    && (fromYear == null || r.year() >= fromYear)
                    && (appliesFrom == null || !r.yearEnd().isBefore(appliesFrom));
        }
    }

    @FunctionalInterface
    interface Check {
        void run(AnnualRecord r, Parameters p, Hits out);
    }

    /** The 65 checks of the catalogue, by rule ID, in catalogue order: conditions only, no gating. */
    static final Map<String, Check> TWINS = twins();

    private static Map<String, Check> twins() {
        Map<String, Check> m = new LinkedHashMap<>();
        m.put("SESSION-FREQ-001", PlainJavaChecks::SESSION_FREQ_001);
        m.put("SESSION-FREQ-002", PlainJavaChecks::SESSION_FREQ_002);
        m.put("SESSION-QUORUM-001", PlainJavaChecks::SESSION_QUORUM_001);
        m.put("SESSION-PUBLISH-001", PlainJavaChecks::SESSION_PUBLISH_001);
        m.put("SESSION-EXTRA-001", PlainJavaChecks::SESSION_EXTRA_001);
        m.put("SESSION-FIRST-001", PlainJavaChecks::SESSION_FIRST_001);
        m.put("SESSION-PRESIDIUM-001", PlainJavaChecks::SESSION_PRESIDIUM_001);
        m.put("VOTE-MAJORITY-001", PlainJavaChecks::VOTE_MAJORITY_001);
        m.put("VOTE-MOTION-001", PlainJavaChecks::VOTE_MOTION_001);
        m.put("VOTE-SECRET-001", PlainJavaChecks::VOTE_SECRET_001);
        m.put("GOV-REPORT-001", PlainJavaChecks::GOV_REPORT_001);
        m.put("PRESIDIUM-REPORT-001", PlainJavaChecks::PRESIDIUM_REPORT_001);
        m.put("PRESIDIUM-SPECIAL-REPORT-001", PlainJavaChecks::PRESIDIUM_SPECIAL_REPORT_001);
        m.put("MAJOR-PLAN-001", PlainJavaChecks::MAJOR_PLAN_001);
        m.put("BUDGET-APPROVE-001", PlainJavaChecks::BUDGET_APPROVE_001);
        m.put("BUDGET-EXEC-001", PlainJavaChecks::BUDGET_EXEC_001);
        m.put("FINAL-ACCOUNTS-001", PlainJavaChecks::FINAL_ACCOUNTS_001);
        m.put("BUDGET-ADJUST-001", PlainJavaChecks::BUDGET_ADJUST_001);
        m.put("BUDGET-PUBLISH-001", PlainJavaChecks::BUDGET_PUBLISH_001);
        m.put("FINAL-ACCOUNTS-FILE-001", PlainJavaChecks::FINAL_ACCOUNTS_FILE_001);
        m.put("BUDGET-CONSULT-001", PlainJavaChecks::BUDGET_CONSULT_001);
        m.put("CHAIR-ADMIN-001", PlainJavaChecks::CHAIR_ADMIN_001);
        m.put("CHAIR-DEPUTY-001", PlainJavaChecks::CHAIR_DEPUTY_001);
        m.put("CHAIR-COUNT-001", PlainJavaChecks::CHAIR_COUNT_001);
        m.put("CHAIR-RESIGN-001", PlainJavaChecks::CHAIR_RESIGN_001);
        m.put("SUGG-ASSIGN-001", PlainJavaChecks::SUGG_ASSIGN_001);
        m.put("SUGG-REPLY-001", PlainJavaChecks::SUGG_REPLY_001);
        m.put("SUGG-REPLY-002", PlainJavaChecks::SUGG_REPLY_002);
        m.put("SUGG-REPORT-001", PlainJavaChecks::SUGG_REPORT_001);
        m.put("DEPUTY-ABSENCE-001", PlainJavaChecks::DEPUTY_ABSENCE_001);
        m.put("DEPUTY-LEAVE-001", PlainJavaChecks::DEPUTY_LEAVE_001);
        m.put("DEPUTY-RESIGN-001", PlainJavaChecks::DEPUTY_RESIGN_001);
        m.put("DEPUTY-REPORT-001", PlainJavaChecks::DEPUTY_REPORT_001);
        m.put("DEPUTY-DISCLOSE-001", PlainJavaChecks::DEPUTY_DISCLOSE_001);
        m.put("STREET-NOCONGRESS-001", PlainJavaChecks::STREET_NOCONGRESS_001);
        m.put("STREET-REPORT-001", PlainJavaChecks::STREET_REPORT_001);
        m.put("SESSION-FIRST-002", PlainJavaChecks::SESSION_FIRST_002);
        m.put("VOTE-INQUIRY-001", PlainJavaChecks::VOTE_INQUIRY_001);
        m.put("BUDGET-ADJUST-002", PlainJavaChecks::BUDGET_ADJUST_002);
        m.put("SUGG-CONTACT-001", PlainJavaChecks::SUGG_CONTACT_001);
        m.put("DEPUTY-RECORDS-001", PlainJavaChecks::DEPUTY_RECORDS_001);
        m.put("INSPECT-FOLLOWUP-001", PlainJavaChecks::INSPECT_FOLLOWUP_001);
        // hunan
        m.put("HN-FUNDS-001", PlainJavaChecks::HN_FUNDS_001);
        m.put("HN-SESSION-DURATION-001", PlainJavaChecks::HN_SESSION_DURATION_001);
        m.put("HN-SESSION-NOTICE-001", PlainJavaChecks::HN_SESSION_NOTICE_001);
        m.put("HN-SESSION-DOCS-001", PlainJavaChecks::HN_SESSION_DOCS_001);
        m.put("HN-PRESIDIUM-MEET-001", PlainJavaChecks::HN_PRESIDIUM_MEET_001);
        m.put("HN-CHAIR-PORTFOLIO-001", PlainJavaChecks::HN_CHAIR_PORTFOLIO_001);
        m.put("HN-STREET-MEET-001", PlainJavaChecks::HN_STREET_MEET_001);
        m.put("HN-STREET-ACTIVITY-001", PlainJavaChecks::HN_STREET_ACTIVITY_001);
        // loudi
        m.put("LD-SESSION-TIMING-001", PlainJavaChecks::LD_SESSION_TIMING_001);
        m.put("LD-CHAIR-FULLTIME-001", PlainJavaChecks::LD_CHAIR_FULLTIME_001);
        m.put("LD-LAW-INSPECT-001", PlainJavaChecks::LD_LAW_INSPECT_001);
        m.put("LD-BUDGET-TIMING-001", PlainJavaChecks::LD_BUDGET_TIMING_001);
        m.put("LD-MINSHENG-VOTE-001", PlainJavaChecks::LD_MINSHENG_VOTE_001);
        m.put("LD-MINSHENG-SECRET-001", PlainJavaChecks::LD_MINSHENG_SECRET_001);
        m.put("LD-MINSHENG-MARGIN-001", PlainJavaChecks::LD_MINSHENG_MARGIN_001);
        m.put("LD-MINSHENG-COLLECT-001", PlainJavaChecks::LD_MINSHENG_COLLECT_001);
        m.put("LD-MINSHENG-SUPERVISE-001", PlainJavaChecks::LD_MINSHENG_SUPERVISE_001);
        m.put("LD-STATION-VISIT-001", PlainJavaChecks::LD_STATION_VISIT_001);
        m.put("LD-STATION-IDLE-001", PlainJavaChecks::LD_STATION_IDLE_001);
        m.put("LD-FEEDBACK-001", PlainJavaChecks::LD_FEEDBACK_001);
        m.put("LD-SUPERVISE-FOLLOWUP-001", PlainJavaChecks::LD_SUPERVISE_FOLLOWUP_001);
        m.put("LD-NORMDOC-001", PlainJavaChecks::LD_NORMDOC_001);
        m.put("LD-RESIDENT-COUNCIL-001", PlainJavaChecks::LD_RESIDENT_COUNCIL_001);
        return Collections.unmodifiableMap(m);
    }

    /** Every rule ID with a hand-written twin, in catalogue order. */
    public static List<String> ids() {
        return List.copyOf(TWINS.keySet());
    }

    private final List<Gate> gates;
    private final List<String> missingTwins;

    /**
     * The twins of the given loaded rules (e.g. {@code checker.rules()}), gated by their metadata,
     * in catalogue order. A loaded rule with no twin is left out and listed by {@link #missingTwins()}.
     */
    public PlainJavaChecks(Collection<RuleInfo> loaded) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        loaded.forEach(i -> byId.put(i.id(), i));
        List<Gate> g = new ArrayList<>();
        TWINS.forEach((id, check) -> {
            RuleInfo info = byId.get(id);
            if (info != null) {
                g.add(Gate.of(info, check));
            }
        });
        this.gates = List.copyOf(g);
        List<String> missing = new ArrayList<>(byId.keySet());
        missing.removeAll(TWINS.keySet());
        this.missingTwins = List.copyOf(missing);
    }

    /** The loaded rules this class has no hand-written check for (none, when it follows the catalogue). */
    public List<String> missingTwins() {
        return missingTwins;
    }

    /** The IDs of the rules this instance checks. */
    public List<String> checkedIds() {
        return gates.stream().map(Gate::id).toList();
    }

    /** Checks one record: findings as (rule, path, event date), no values. */
    public Result check(AnnualRecord r, Parameters p) {
        return check(r, p, false);
    }

    /**
     * Checks one record, each finding with the values its DRL consequence reports: the plain-Java
     * side of the like-with-like rules-only ratio (issue 16, figure (a)).
     */
    public Result checkWithValues(AnnualRecord r, Parameters p) {
        return check(r, p, true);
    }

    private Result check(AnnualRecord r, Parameters p, boolean withValues) {
        Hits out = new Hits(withValues);
        List<String> notChecked = new ArrayList<>();
        boolean complete = r.isYearComplete();
        for (Gate gate : gates) {
            if (!gate.applies(r)) {
                continue;
            }
            boolean missing = false;
            for (Section s : gate.needs) {
                missing |= !r.has(s);
            }
            if (missing || (gate.yearComplete && !complete)) {
                notChecked.add(gate.id);
                continue;
            }
            int from = out.size();
            gate.check.run(r, p, out);
            if (gate.appliesFrom != null) {
                // an event before the day the duty took effect is no finding
                out.subList(from, out.size()).removeIf(h -> h.eventDate() != null && h.eventDate().isBefore(gate.appliesFrom));
            }
        }
        return new Result(out, notChecked);
    }

    /** A checker's displayed parameters ("MM-DD" for month-days) as a {@link Parameters} fact. */
    public static Parameters fromDisplay(Map<String, Object> display) {
        // every declared parameter is displayed, so the packs' defaults are not restated here
        Map<String, Object> v = new LinkedHashMap<>();
        display.forEach((k, x) -> v.put(k, x instanceof String s && s.matches("\\d\\d-\\d\\d") ? MonthDay.parse("--" + s) : x));
        return new Parameters(v);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /**
     * Adds a finding; its values (what the DRL consequence passes to {@code findings.report}, as
     * name, value pairs) are computed only when {@code out} asks for them.
     */
    private static void hit(Hits out, String id, String path, LocalDate eventDate, Supplier<Object[]> values) {
        out.add(new Hit(id, path, eventDate, out.withValues ? values.get() : null));
    }

    private static Object[] vals(Object... namedValues) {
        return namedValues;
    }

    private static Object[] replyValues(AnnualRecord r, Suggestion s, int months) {
        return vals("suggestion", s.id(), "assignedDate", s.assignedDate(), "months", months,
                "deadline", Periods.monthsAfter(s.assignedDate(), months),
                "repliedDate", s.repliedDate(), "asOfDate", r.asOfDate());
    }

    /**
     * The ended months since the station was set up with fewer receptions than needed (only the
     * first of them when {@code firstOnly}).
     */
    private static List<YearMonth> idleMonths(AnnualRecord r, Station st, int needed, boolean firstOnly) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m : Periods.endedMonths(r.year(), r.asOfDate(), st.establishedDate())) {
            int receptions = 0;
            for (Activity a : r.activities()) {
                if (a.type() == ActivityType.STATION_RECEPTION && st.id().equals(a.stationId())
                        && YearMonth.from(a.date()).equals(m)) {
                    receptions++;
                }
            }
            if (receptions < needed) {
                months.add(m);
                if (firstOnly) {
                    break;
                }
            }
        }
        return months;
    }

    /** Which follow-up dates are late or missing: opinionsForwardedDate, feedbackDate or both. */
    private static List<String> lateFields(AnnualRecord r, Parameters p, Activity a) {
        List<String> late = new ArrayList<>(2);
        if (r.lateOrMissing(a.opinionsForwardedDate(), Periods.daysAfter(a.date(), p.intValue("opinionForwardDays")))) {
            late.add("opinionsForwardedDate");
        }
        if (r.lateOrMissing(a.feedbackDate(), Periods.daysAfter(a.date(), p.intValue("feedbackDays")))) {
            late.add("feedbackDate");
        }
        return late;
    }

    private static boolean anyItem(AnnualRecord r, Predicate<AgendaItem> p) {
        for (Session s : r.sessions()) {
            for (AgendaItem a : s.agenda()) {
                if (p.test(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyActivity(AnnualRecord r, Predicate<Activity> p) {
        for (Activity a : r.activities()) {
            if (p.test(a)) {
                return true;
            }
        }
        return false;
    }

    /** The first session by startDate (ties: the earlier in the record) with an item matching p. */
    private static Session firstSessionWith(AnnualRecord r, Predicate<AgendaItem> p) {
        Session first = null;
        for (Session s : r.sessions()) {
            boolean has = false;
            for (AgendaItem a : s.agenda()) {
                has |= p.test(a);
            }
            if (has && (first == null || s.startDate().isBefore(first.startDate()))) {
                first = s;
            }
        }
        return first;
    }

    private static boolean adoptedBudgetForYear(AgendaItem a, int year) {
        return a.type() == AgendaType.BUDGET && a.isAdopted() && a.fiscalYear() != null && a.fiscalYear() == year;
    }

    private static boolean isChairOrVice(Officer o) {
        return o.role() == OfficerRole.CHAIRMAN || o.role() == OfficerRole.VICE_CHAIRMAN;
    }

    private static boolean followUpLate(AnnualRecord r, Parameters p, Activity a) {
        return r.lateOrMissing(a.opinionsForwardedDate(), Periods.daysAfter(a.date(), p.intValue("opinionForwardDays")))
                || r.lateOrMissing(a.feedbackDate(), Periods.daysAfter(a.date(), p.intValue("feedbackDays")));
    }

    // ---------------------------------------------------------------------------------------------
    // national

    static void SESSION_FREQ_001(AnnualRecord r, Parameters p, Hits out) {
        if (r.sessions().isEmpty()) {
            hit(out, "SESSION-FREQ-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void SESSION_FREQ_002(AnnualRecord r, Parameters p, Hits out) {
        int ordinary = 0;
        for (Session s : r.sessions()) {
            if (s.kind() == SessionKind.REGULAR || s.kind() == SessionKind.FIRST_OF_TERM) {
                ordinary++;
            }
        }
        if (!r.sessions().isEmpty() && ordinary < p.intValue("sessionsPerYear")) {
            final long regular = ordinary;
            hit(out, "SESSION-FREQ-002", "/sessions", null, () -> vals("year", r.year(), "held", (long) r.sessions().size(),
                    "regular", regular, "required", p.intValue("sessionsPerYear")));
        }
    }

    static void SESSION_QUORUM_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (s.deputiesPresent() * 3 < s.deputiesTotal() * 2) {
                hit(out, "SESSION-QUORUM-001", s.path(), s.startDate(), () -> vals("session", s.label(),
                        "present", s.deputiesPresent(), "total", s.deputiesTotal(), "required", (s.deputiesTotal() * 2 + 2) / 3));
            }
        }
    }

    static void SESSION_PUBLISH_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (s.isOrdinary() && (s.schedulePublishedDate() == null || !s.schedulePublishedDate().isBefore(s.startDate()))) {
                hit(out, "SESSION-PUBLISH-001", s.path(), s.startDate(), () -> vals("session", s.label(),
                        "start", s.startDate(), "published", s.schedulePublishedDate()));
            }
        }
    }

    static void SESSION_EXTRA_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (s.kind() == SessionKind.EXTRAORDINARY && s.proposingDeputies() != null
                    && s.proposingDeputies() * 5 < s.deputiesTotal()) {
                hit(out, "SESSION-EXTRA-001", s.path(), null, () -> vals("session", s.label(),
                        "proposers", s.proposingDeputies(), "total", s.deputiesTotal(), "required", (s.deputiesTotal() + 4) / 5));
            }
        }
    }

    static void SESSION_FIRST_001(AnnualRecord r, Parameters p, Hits out) {
        LocalDate elected = r.term().electionCompletedDate();
        for (Session s : r.sessions()) {
            if (s.kind() == SessionKind.FIRST_OF_TERM && elected != null
                    && s.startDate().isAfter(Periods.monthsAfter(elected, p.intValue("firstSessionWithinMonths")).date())) {
                hit(out, "SESSION-FIRST-001", s.path(), null, () -> vals("session", s.label(), "election", elected,
                        "deadline", Periods.monthsAfter(elected, p.intValue("firstSessionWithinMonths")), "start", s.startDate(),
                        "months", p.intValue("firstSessionWithinMonths")));
            }
        }
    }

    static void SESSION_PRESIDIUM_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (!s.presidiumElected()) {
                hit(out, "SESSION-PRESIDIUM-001", s.path(), null, () -> vals("session", s.label()));
            }
        }
    }

    static void VOTE_MAJORITY_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            for (AgendaItem a : s.agenda()) {
                if (a.isAdopted() && a.vote() != null && a.vote().inFavour() * 2 <= s.deputiesTotal()) {
                    hit(out, "VOTE-MAJORITY-001", a.path(), null, () -> vals("session", s.label(), "item", a.label(),
                            "for", a.vote().inFavour(), "total", s.deputiesTotal(), "required", s.deputiesTotal() / 2 + 1));
                }
            }
        }
    }

    static void VOTE_MOTION_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            for (AgendaItem a : s.agenda()) {
                if (a.type() == AgendaType.DEPUTY_MOTION && a.signatories() != null
                        && a.signatories() < p.intValue("minMotionSignatories")) {
                    hit(out, "VOTE-MOTION-001", a.path(), null, () -> vals("session", s.label(), "item", a.label(),
                            "signatories", a.signatories(), "required", p.intValue("minMotionSignatories")));
                }
            }
        }
    }

    static void VOTE_SECRET_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            for (AgendaItem a : s.agenda()) {
                // 无记名: a secret ballot or an (anonymous) electronic vote; only a show of hands is open
                if (a.type() == AgendaType.ELECTION && a.vote() != null && a.vote().method() == VoteMethod.SHOW_OF_HANDS) {
                    hit(out, "VOTE-SECRET-001", a.path(), null, () -> vals("session", s.label(), "item", a.label(),
                            "method", a.vote().method()));
                }
            }
        }
    }

    static void GOV_REPORT_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> a.type() == AgendaType.GOVERNMENT_WORK_REPORT && a.isHeard())) {
            hit(out, "GOV-REPORT-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void PRESIDIUM_REPORT_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> a.type() == AgendaType.PRESIDIUM_WORK_REPORT && a.isHeard())) {
            hit(out, "PRESIDIUM-REPORT-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void PRESIDIUM_SPECIAL_REPORT_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyActivity(r, a -> a.type() == ActivityType.SPECIAL_WORK_REPORT && a.date().getYear() == r.year())) {
            hit(out, "PRESIDIUM-SPECIAL-REPORT-001", "/activities", null, () -> vals("year", r.year()));
        }
    }

    static void MAJOR_PLAN_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> a.type() == AgendaType.CONSTRUCTION_PLAN && a.isAdopted())) {
            hit(out, "MAJOR-PLAN-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void BUDGET_APPROVE_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> adoptedBudgetForYear(a, r.year()))) {
            hit(out, "BUDGET-APPROVE-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void BUDGET_EXEC_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> a.type() == AgendaType.BUDGET_EXECUTION_REPORT && a.isAdopted())) {
            hit(out, "BUDGET-EXEC-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void FINAL_ACCOUNTS_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> a.type() == AgendaType.FINAL_ACCOUNTS && a.isAdopted() && a.fiscalYear() != null
                && a.fiscalYear() == r.year() - 1)) {
            hit(out, "FINAL-ACCOUNTS-001", "/sessions", null, () -> vals("year", r.year(), "fiscalYear", r.year() - 1));
        }
    }

    static void BUDGET_ADJUST_001(AnnualRecord r, Parameters p, Hits out) {
        for (BudgetAdjustment adj : r.budget().adjustments()) {
            if (adj.approvedAtSession() == null) {
                hit(out, "BUDGET-ADJUST-001", adj.path(), null, () -> vals("adjustment", adj.id(),
                            "executed", adj.executedDate(), "session", adj.approvedAtSession()));
                continue;
            }
            for (Session s : r.sessions()) {
                if (s.id().equals(adj.approvedAtSession()) && adj.executedDate().isBefore(s.startDate())) {
                    hit(out, "BUDGET-ADJUST-001", adj.path(), null, () -> vals("adjustment", adj.id(),
                            "executed", adj.executedDate(), "session", adj.approvedAtSession()));
                }
            }
        }
    }

    static void BUDGET_PUBLISH_001(AnnualRecord r, Parameters p, Hits out) {
        Set<AgendaType> types = EnumSet.of(AgendaType.BUDGET, AgendaType.BUDGET_ADJUSTMENT, AgendaType.FINAL_ACCOUNTS,
                AgendaType.BUDGET_EXECUTION_REPORT);
        for (Session s : r.sessions()) {
            Deadline deadline = Periods.daysAfter(s.endDate(), p.intValue("budgetPublishDays"));
            for (AgendaItem a : s.agenda()) {
                if (a.isAdopted() && types.contains(a.type()) && r.lateOrMissing(a.publishedDate(), deadline)) {
                    hit(out, "BUDGET-PUBLISH-001", a.path(), null, () -> vals("session", s.label(), "item", a.label(),
                            "approved", s.endDate(), "deadline", deadline, "days", p.intValue("budgetPublishDays"),
                            "published", a.publishedDate()));
                }
            }
        }
    }

    static void FINAL_ACCOUNTS_FILE_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            Deadline deadline = Periods.daysAfter(s.endDate(), p.intValue("finalAccountsFileDays"));
            for (AgendaItem a : s.agenda()) {
                if (a.isAdopted() && a.type() == AgendaType.FINAL_ACCOUNTS
                        && r.lateOrMissing(a.filedWithUpperGovernmentDate(), deadline)) {
                    hit(out, "FINAL-ACCOUNTS-FILE-001", a.path(), null, () -> vals("session", s.label(), "item", a.label(),
                            "approved", s.endDate(), "deadline", deadline, "days", p.intValue("finalAccountsFileDays"),
                            "filed", a.filedWithUpperGovernmentDate()));
                }
            }
        }
    }

    static void BUDGET_CONSULT_001(AnnualRecord r, Parameters p, Hits out) {
        Session first = firstSessionWith(r, a -> adoptedBudgetForYear(a, r.year()));
        if (first == null) {
            return;
        }
        boolean consulted = anyActivity(r, a -> a.type() == ActivityType.BUDGET_CONSULTATION
                && (a.date().getYear() == r.year() || a.date().getYear() == r.year() - 1)
                && a.date().isBefore(first.startDate()));
        if (!consulted) {
            hit(out, "BUDGET-CONSULT-001", "/activities", null, () -> vals("year", r.year(), "session", first.label(),
                    "start", first.startDate()));
        }
    }

    static void CHAIR_ADMIN_001(AnnualRecord r, Parameters p, Hits out) {
        for (Officer o : r.officers()) {
            if (!isChairOrVice(o)) {
                continue;
            }
            for (Post post : o.otherPosts()) {
                // three periods share a day: the latest start is on or before the earliest end
                LocalDate start = Periods.later(Periods.later(post.from(), o.from()), r.yearStart());
                LocalDate end = r.yearEnd();
                if (post.to() != null && post.to().isBefore(end)) {
                    end = post.to();
                }
                if (o.to() != null && o.to().isBefore(end)) {
                    end = o.to();
                }
                if (post.organ() == org.renda.check.model.Organ.ADMINISTRATIVE && !start.isAfter(end)) {
                    hit(out, "CHAIR-ADMIN-001", post.path(), null, () -> vals("role", o.role(), "name", o.displayName(),
                            "year", r.year(), "post", post.title(),
                            "postFrom", post.from(), "postTo", post.to(), "officerFrom", o.from(), "officerTo", o.to()));
                }
            }
        }
    }

    static void CHAIR_DEPUTY_001(AnnualRecord r, Parameters p, Hits out) {
        for (Officer o : r.officers()) {
            if (isChairOrVice(o) && Boolean.FALSE.equals(o.isDeputy())) {
                hit(out, "CHAIR-DEPUTY-001", o.path(), null, () -> vals("role", o.role(), "name", o.displayName()));
            }
        }
    }

    static void CHAIR_COUNT_001(AnnualRecord r, Parameters p, Hits out) {
        // the most officers serve at once on the first day of one of them in the year; the finding
        // names the earliest such day that is crowded
        int max = p.intValue("maxViceChairmen");
        LocalDate crowded = null;
        for (Officer v : r.officers()) {
            if (v.role() != OfficerRole.VICE_CHAIRMAN) {
                continue;
            }
            LocalDate day = Periods.later(v.from(), r.yearStart());
            if (day.isAfter(r.yearEnd()) || !v.servesOn(day) || (crowded != null && !day.isBefore(crowded))) {
                continue;
            }
            int serving = 0;
            for (Officer o : r.officers()) {
                if (o.role() == OfficerRole.VICE_CHAIRMAN && o.servesOn(day)) {
                    serving++;
                }
            }
            if (serving > max) {
                crowded = day;
            }
        }
        if (crowded != null) {
            final LocalDate day = crowded;
            hit(out, "CHAIR-COUNT-001", "/officers", null, () -> {
                // in the order the DRL's collectList gives them: the record's order reversed
                List<String> names = new ArrayList<>();
                for (int i = r.officers().size() - 1; i >= 0; i--) {
                    Officer o = r.officers().get(i);
                    if (o.role() == OfficerRole.VICE_CHAIRMAN && o.servesOn(day)) {
                        names.add(o.name());
                    }
                }
                return vals("day", day, "count", (long) names.size(), "names", names, "max", max);
            });
        }
    }

    static void CHAIR_RESIGN_001(AnnualRecord r, Parameters p, Hits out) {
        for (Officer o : r.officers()) {
            if (isChairOrVice(o) && o.endReason() == EndReason.RESIGNED && o.resignationAcceptedBy() != null
                    && o.resignationAcceptedBy() != AcceptingBody.CONGRESS) {
                hit(out, "CHAIR-RESIGN-001", o.path(), null, () -> vals("role", o.role(), "name", o.displayName(),
                        "acceptedBy", o.resignationAcceptedBy()));
            }
        }
    }

    static void SUGG_ASSIGN_001(AnnualRecord r, Parameters p, Hits out) {
        for (Suggestion s : r.suggestions()) {
            if (r.lateOrMissing(s.assignedDate(), Periods.daysAfter(s.submittedDate(), p.intValue("suggestionAssignDays")))) {
                hit(out, "SUGG-ASSIGN-001", s.path(), null, () -> vals("suggestion", s.id(), "submitted", s.submittedDate(),
                        "days", p.intValue("suggestionAssignDays"),
                        "deadline", Periods.daysAfter(s.submittedDate(), p.intValue("suggestionAssignDays")),
                        "assignedDate", s.assignedDate(), "asOfDate", r.asOfDate()));
            }
        }
    }

    static void SUGG_REPLY_001(AnnualRecord r, Parameters p, Hits out) {
        for (Suggestion s : r.suggestions()) {
            if (s.assignedDate() != null && !s.complex()
                    && r.lateOrMissing(s.repliedDate(), Periods.monthsAfter(s.assignedDate(), p.intValue("replyMonths")))) {
                hit(out, "SUGG-REPLY-001", s.path(), null, () -> replyValues(r, s, p.intValue("replyMonths")));
            }
        }
    }

    static void SUGG_REPLY_002(AnnualRecord r, Parameters p, Hits out) {
        for (Suggestion s : r.suggestions()) {
            if (s.assignedDate() != null && s.complex()
                    && r.lateOrMissing(s.repliedDate(), Periods.monthsAfter(s.assignedDate(), p.intValue("replyMonthsComplex")))) {
                hit(out, "SUGG-REPLY-002", s.path(), null, () -> replyValues(r, s, p.intValue("replyMonthsComplex")));
            }
        }
    }

    static void SUGG_REPORT_001(AnnualRecord r, Parameters p, Hits out) {
        if (!r.suggestions().isEmpty() && !anyItem(r, a -> a.type() == AgendaType.SUGGESTION_HANDLING_REPORT)) {
            hit(out, "SUGG-REPORT-001", "/sessions", null, () -> vals("year", r.year(), "count", (long) r.suggestions().size()));
        }
    }

    static void DEPUTY_ABSENCE_001(AnnualRecord r, Parameters p, Hits out) {
        for (Deputy d : r.deputies()) {
            if (d.status() != DeputyStatus.SERVING) {
                continue;
            }
            int missed = d.priorUnexcusedAbsencesInTerm();
            for (Session s : r.sessions()) {
                if (s.absentWithoutLeave(d.id())) {
                    missed++;
                }
            }
            if (missed >= p.intValue("unexcusedAbsencesEndingMandate")) {
                final long inYear = missed - d.priorUnexcusedAbsencesInTerm();
                hit(out, "DEPUTY-ABSENCE-001", d.path(), null, () -> vals("deputy", d.id(), "name", d.name(),
                        "total", d.priorUnexcusedAbsencesInTerm() + inYear, "prior", d.priorUnexcusedAbsencesInTerm(),
                        "inYear", inYear, "limit", p.intValue("unexcusedAbsencesEndingMandate")));
            }
        }
    }

    static void DEPUTY_LEAVE_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            for (Absence a : s.absences()) {
                if (!a.leaveApproved()) {
                    hit(out, "DEPUTY-LEAVE-001", a.path(), null, () -> vals("deputy", a.deputyId(), "session", s.label()));
                }
            }
        }
    }

    static void DEPUTY_RESIGN_001(AnnualRecord r, Parameters p, Hits out) {
        for (Deputy d : r.deputies()) {
            if (d.level() == DeputyLevel.TOWNSHIP && d.status() == DeputyStatus.RESIGNED
                    && d.resignationAcceptedBy() != null && d.resignationAcceptedBy() != AcceptingBody.CONGRESS) {
                hit(out, "DEPUTY-RESIGN-001", d.path(), null, () -> vals("deputy", d.id(), "name", d.name(),
                        "acceptedBy", d.resignationAcceptedBy()));
            }
        }
    }

    static void DEPUTY_REPORT_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyActivity(r, a -> a.type() == ActivityType.DEPUTY_REPORT_TO_VOTERS && a.date().getYear() == r.year())) {
            hit(out, "DEPUTY-REPORT-001", "/activities", null, () -> vals("year", r.year()));
        }
    }

    static void DEPUTY_DISCLOSE_001(AnnualRecord r, Parameters p, Hits out) {
        if (r.disclosures().deputyInfoPublishedDate() == null) {
            hit(out, "DEPUTY-DISCLOSE-001", "/disclosures", null, () -> vals("year", r.year()));
        }
    }

    static void STREET_NOCONGRESS_001(AnnualRecord r, Parameters p, Hits out) {
        if (!r.sessions().isEmpty()) {
            hit(out, "STREET-NOCONGRESS-001", "/sessions", null, () -> {
                List<String> labels = new ArrayList<>();
                for (Session s : r.sessions()) {
                    labels.add(s.label());
                }
                return vals("count", (long) labels.size(), "sessions", labels);
            });
        }
    }

    static void STREET_REPORT_001(AnnualRecord r, Parameters p, Hits out) {
        if (r.reportsToCounty().stream().noneMatch(x -> x.date().getYear() == r.year())) {
            hit(out, "STREET-REPORT-001", "/reportsToCounty", null, () -> vals("year", r.year()));
        }
    }

    static void SESSION_FIRST_002(AnnualRecord r, Parameters p, Hits out) {
        LocalDate elected = r.term().electionCompletedDate();
        if (elected == null || elected.getYear() != r.year()) {
            return;
        }
        LocalDate by = Periods.monthsAfter(elected, p.intValue("firstSessionWithinMonths")).date();
        if (by.isAfter(r.asOfDate()) || by.isAfter(r.yearEnd())) {
            return;
        }
        for (Session s : r.sessions()) {
            if (s.kind() == SessionKind.FIRST_OF_TERM) {
                return;
            }
        }
        hit(out, "SESSION-FIRST-002", "/term", by, () -> vals("election", elected,
                "deadline", Periods.monthsAfter(elected, p.intValue("firstSessionWithinMonths")),
                "months", p.intValue("firstSessionWithinMonths"), "asOf", r.asOfDate()));
    }

    static void VOTE_INQUIRY_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            for (AgendaItem a : s.agenda()) {
                if (a.type() == AgendaType.INQUIRY && a.signatories() != null && a.signatories() < 10) {
                    hit(out, "VOTE-INQUIRY-001", a.path(), s.startDate(), () -> vals("session", s.label(), "item", a.label(),
                            "signatories", a.signatories(), "required", 10));
                }
            }
        }
    }

    static void BUDGET_ADJUST_002(AnnualRecord r, Parameters p, Hits out) {
        for (BudgetAdjustment adj : r.budget().adjustments()) {
            if (adj.approvedAtSession() == null) {
                continue;
            }
            for (Session s : r.sessions()) {
                if (s.id().equals(adj.approvedAtSession())
                        && s.agenda().stream().noneMatch(a -> a.type() == AgendaType.BUDGET_ADJUSTMENT && a.isAdopted())) {
                    hit(out, "BUDGET-ADJUST-002", adj.path(), adj.executedDate(), () -> vals("adjustment", adj.id(),
                            "executed", adj.executedDate(), "session", s.label()));
                }
            }
        }
    }

    static void SUGG_CONTACT_001(AnnualRecord r, Parameters p, Hits out) {
        for (Suggestion s : r.suggestions()) {
            if (s.repliedDate() != null && Boolean.FALSE.equals(s.deputyContacted())) {
                hit(out, "SUGG-CONTACT-001", s.path(), s.repliedDate(), () -> vals("suggestion", s.id(),
                        "replied", s.repliedDate()));
            }
        }
    }

    static void DEPUTY_RECORDS_001(AnnualRecord r, Parameters p, Hits out) {
        if (Boolean.FALSE.equals(r.disclosures().performanceRecordsKept())) {
            hit(out, "DEPUTY-RECORDS-001", "/disclosures/performanceRecordsKept", null, () -> vals("year", r.year()));
        }
    }

    static void INSPECT_FOLLOWUP_001(AnnualRecord r, Parameters p, Hits out) {
        for (Activity a : r.activities()) {
            boolean visit = a.type() == ActivityType.INSPECTION || a.type() == ActivityType.RESEARCH;
            boolean ours = a.organizer() == Organizer.PRESIDIUM || a.organizer() == Organizer.COMMITTEE;
            if (visit && ours && a.opinionsCollected() != null && a.opinionsCollected() > 0) {
                Deadline forward = Periods.daysAfter(a.date(), p.intValue("inspectionForwardDays"));
                Deadline feedback = Periods.daysAfter(a.date(), p.intValue("inspectionFeedbackDays"));
                boolean forwardLate = r.lateOrMissing(a.opinionsForwardedDate(), forward);
                if (forwardLate || r.lateOrMissing(a.feedbackDate(), feedback)) {
                    hit(out, "INSPECT-FOLLOWUP-001", a.path(), (forwardLate ? forward : feedback).date(), () -> vals("type", a.type(),
                            "activity", a.id(), "date", a.date(), "opinions", a.opinionsCollected(),
                            "forwarded", a.opinionsForwardedDate(), "forwardDeadline", forward,
                            "feedback", a.feedbackDate(), "feedbackDeadline", feedback, "asOf", r.asOfDate()));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // hunan

    static void HN_FUNDS_001(AnnualRecord r, Parameters p, Hits out) {
        if (!r.budget().earmarkedCongressFunds()) {
            hit(out, "HN-FUNDS-001", "/budget/earmarkedCongressFunds", null, () -> vals("year", r.year()));
        }
    }

    static void HN_SESSION_DURATION_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (s.isOrdinary() && (s.halfDays() < p.intValue("minSessionHalfDays")
                    || (s.hasElection() && s.halfDays() < p.intValue("minSessionHalfDaysWithElection")))) {
                hit(out, "HN-SESSION-DURATION-001", s.path(), null, () -> vals("session", s.label(), "halfDays", s.halfDays(),
                        "required", s.hasElection() ? Math.max(p.intValue("minSessionHalfDays"), p.intValue("minSessionHalfDaysWithElection"))
                                : p.intValue("minSessionHalfDays"),
                        "min", p.intValue("minSessionHalfDays"), "minElection", p.intValue("minSessionHalfDaysWithElection")));
            }
        }
    }

    static void HN_SESSION_NOTICE_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (s.isOrdinary() && (s.noticeDate() == null
                    || s.noticeDate().isAfter(s.startDate().minusDays(p.intValue("noticeDays"))))) {
                hit(out, "HN-SESSION-NOTICE-001", s.path(), null, () -> vals("session", s.label(), "noticeDate", s.noticeDate(),
                        "days", p.intValue("noticeDays"), "deadline", s.startDate().minusDays(p.intValue("noticeDays"))));
            }
        }
    }

    static void HN_SESSION_DOCS_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            if (s.isOrdinary() && (s.documentsDeliveredDate() == null
                    || s.documentsDeliveredDate().isAfter(s.startDate().minusDays(p.intValue("documentsDays"))))) {
                hit(out, "HN-SESSION-DOCS-001", s.path(), null, () -> vals("session", s.label(),
                        "deliveredDate", s.documentsDeliveredDate(), "days", p.intValue("documentsDays"),
                        "deadline", s.startDate().minusDays(p.intValue("documentsDays"))));
            }
        }
    }

    static void HN_PRESIDIUM_MEET_001(AnnualRecord r, Parameters p, Hits out) {
        quarterly(r, r.presidiumMeetings(), "HN-PRESIDIUM-MEET-001", "/presidiumMeetings", out);
    }

    private static void quarterly(AnnualRecord r, List<Meeting> meetings, String id, String path, Hits out) {
        for (int q : r.endedQuarters()) {
            boolean met = false;
            for (Meeting m : meetings) {
                met |= m.date().getYear() == r.year() && m.quarter() == q;
            }
            if (!met) {
                hit(out, id, path, null, () -> vals("year", r.year(), "quarter", q));
            }
        }
    }

    static void HN_CHAIR_PORTFOLIO_001(AnnualRecord r, Parameters p, Hits out) {
        for (Officer o : r.officers()) {
            if (isChairOrVice(o) && !o.governmentPortfolios().isEmpty()) {
                hit(out, "HN-CHAIR-PORTFOLIO-001", o.path() + "/governmentPortfolios", null, () -> vals("role", o.role(),
                        "name", o.name() != null ? o.name() : o.id(), "portfolios", o.governmentPortfolios()));
            }
        }
    }

    static void HN_STREET_MEET_001(AnnualRecord r, Parameters p, Hits out) {
        quarterly(r, r.committeeMeetings(), "HN-STREET-MEET-001", "/committeeMeetings", out);
    }

    static void HN_STREET_ACTIVITY_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyActivity(r, a -> (a.type() == ActivityType.INSPECTION || a.type() == ActivityType.RESEARCH
                || a.type() == ActivityType.LAW_ENFORCEMENT_INSPECTION) && a.organizer() == Organizer.COMMITTEE)) {
            hit(out, "HN-STREET-ACTIVITY-001", "/activities", null, () -> vals("year", r.year()));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // loudi

    static void LD_SESSION_TIMING_001(AnnualRecord r, Parameters p, Hits out) {
        LocalDate by = r.dayInYear(p.monthDay("firstSessionBy"));
        for (Session s : r.sessions()) {
            if (s.isOrdinary() && !s.startDate().isAfter(by)) {
                return;
            }
        }
        hit(out, "LD-SESSION-TIMING-001", "/sessions", null, () -> vals("year", r.year(), "deadline", by));
    }

    static void LD_CHAIR_FULLTIME_001(AnnualRecord r, Parameters p, Hits out) {
        for (Officer o : r.officers()) {
            if (o.role() == OfficerRole.CHAIRMAN && Boolean.FALSE.equals(o.fullTime())) {
                hit(out, "LD-CHAIR-FULLTIME-001", o.path(), null, () -> vals("name", o.name() != null ? o.name() : o.id()));
            }
        }
    }

    static void LD_LAW_INSPECT_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyActivity(r, a -> a.type() == ActivityType.LAW_ENFORCEMENT_INSPECTION)) {
            hit(out, "LD-LAW-INSPECT-001", "/activities", null, () -> vals("year", r.year()));
        }
    }

    static void LD_BUDGET_TIMING_001(AnnualRecord r, Parameters p, Hits out) {
        Session first = firstSessionWith(r, a -> adoptedBudgetForYear(a, r.year()));
        if (first == null || !first.startDate().isAfter(r.dayInYear(p.monthDay("budgetApprovedBy")))) {
            return;
        }
        for (AgendaItem a : first.agenda()) {
            if (adoptedBudgetForYear(a, r.year())) {
                hit(out, "LD-BUDGET-TIMING-001", a.path(), null, () -> vals("year", r.year(), "session", first.label(),
                        "startDate", first.startDate(), "deadline", r.dayInYear(p.monthDay("budgetApprovedBy"))));
                return;
            }
        }
    }

    static void LD_MINSHENG_VOTE_001(AnnualRecord r, Parameters p, Hits out) {
        if (!anyItem(r, a -> a.type() == AgendaType.LIVELIHOOD_PROJECTS_VOTE && a.isAdopted())) {
            hit(out, "LD-MINSHENG-VOTE-001", "/sessions", null, () -> vals("year", r.year()));
        }
    }

    static void LD_MINSHENG_SECRET_001(AnnualRecord r, Parameters p, Hits out) {
        for (Session s : r.sessions()) {
            for (AgendaItem a : s.agenda()) {
                if (a.type() == AgendaType.LIVELIHOOD_PROJECTS_VOTE && a.vote() != null
                        && a.vote().method() == VoteMethod.SHOW_OF_HANDS) {
                    hit(out, "LD-MINSHENG-SECRET-001", a.path(), null, () -> vals("session", s.label(), "item", a.label(),
                            "method", a.vote().method()));
                }
            }
        }
    }

    static void LD_MINSHENG_MARGIN_001(AnnualRecord r, Parameters p, Hits out) {
        LivelihoodProjects lp = r.livelihoodProjects();
        if (lp.candidateCount() != null && lp.selectedCount() != null && lp.candidateCount() <= lp.selectedCount()) {
            hit(out, "LD-MINSHENG-MARGIN-001", "/livelihoodProjects", null, () -> vals("candidates", lp.candidateCount(),
                    "selected", lp.selectedCount()));
        }
    }

    static void LD_MINSHENG_COLLECT_001(AnnualRecord r, Parameters p, Hits out) {
        Session first = firstSessionWith(r, a -> a.type() == AgendaType.LIVELIHOOD_PROJECTS_VOTE);
        LocalDate began = r.livelihoodProjects().collectionStartDate();
        if (first != null && (began == null || !began.isBefore(first.startDate()))) {
            hit(out, "LD-MINSHENG-COLLECT-001", "/livelihoodProjects", null, () -> vals("collectionStart", began,
                    "session", first.label(), "startDate", first.startDate()));
        }
    }

    static void LD_MINSHENG_SUPERVISE_001(AnnualRecord r, Parameters p, Hits out) {
        LivelihoodProjects lp = r.livelihoodProjects();
        if (lp.selectedCount() != null && lp.selectedCount() > 0 && lp.implementationReportDate() == null) {
            hit(out, "LD-MINSHENG-SUPERVISE-001", "/livelihoodProjects", null, () -> vals("year", r.year(),
                    "selected", lp.selectedCount()));
        }
    }

    static void LD_STATION_VISIT_001(AnnualRecord r, Parameters p, Hits out) {
        int needed = p.intValue("stationVisitsPerYear");
        for (Deputy d : r.deputies()) {
            if (d.status() != DeputyStatus.SERVING) {
                continue;
            }
            int visits = 0;
            for (Activity a : r.activities()) {
                if (a.type() == ActivityType.STATION_RECEPTION && a.deputyIds().contains(d.id())) {
                    visits++;
                }
            }
            if (visits < needed) {
                final int count = visits;
                hit(out, "LD-STATION-VISIT-001", d.path(), null, () -> vals("name", d.name() != null ? d.name() : d.id(),
                        "deputy", d.id(), "year", r.year(), "count", count, "min", needed));
            }
        }
    }

    static void LD_STATION_IDLE_001(AnnualRecord r, Parameters p, Hits out) {
        int needed = p.intValue("stationReceptionsPerMonth");
        for (Station st : r.stations()) {
            if (!idleMonths(r, st, needed, true).isEmpty()) {
                hit(out, "LD-STATION-IDLE-001", st.path(), null, () -> {
                    List<YearMonth> months = idleMonths(r, st, needed, false);
                    return vals("station", st.name() != null ? st.name() : st.id(), "year", r.year(), "months", months,
                            "count", months.size(), "min", needed);
                });
            }
        }
    }

    static void LD_FEEDBACK_001(AnnualRecord r, Parameters p, Hits out) {
        for (Activity a : r.activities()) {
            if (a.type() == ActivityType.STATION_RECEPTION && a.opinionsCollected() != null && a.opinionsCollected() > 0
                    && followUpLate(r, p, a)) {
                hit(out, "LD-FEEDBACK-001", a.path(), null, () -> vals("activity", a.id(), "date", a.date(),
                        "opinions", a.opinionsCollected(), "late", lateFields(r, p, a),
                        "forwarded", a.opinionsForwardedDate(), "forwardDeadline", Periods.daysAfter(a.date(), p.intValue("opinionForwardDays")),
                        "feedback", a.feedbackDate(), "feedbackDeadline", Periods.daysAfter(a.date(), p.intValue("feedbackDays"))));
            }
        }
    }

    static void LD_SUPERVISE_FOLLOWUP_001(AnnualRecord r, Parameters p, Hits out) {
        for (Activity a : r.activities()) {
            if ((a.type() == ActivityType.SPECIAL_WORK_REPORT || a.type() == ActivityType.LAW_ENFORCEMENT_INSPECTION)
                    && followUpLate(r, p, a)) {
                hit(out, "LD-SUPERVISE-FOLLOWUP-001", a.path(), null, () -> vals("type", a.type(), "activity", a.id(),
                        "date", a.date(), "late", lateFields(r, p, a),
                        "forwarded", a.opinionsForwardedDate(), "forwardDeadline", Periods.daysAfter(a.date(), p.intValue("opinionForwardDays")),
                        "feedback", a.feedbackDate(), "feedbackDeadline", Periods.daysAfter(a.date(), p.intValue("feedbackDays"))));
            }
        }
    }

    static void LD_NORMDOC_001(AnnualRecord r, Parameters p, Hits out) {
        for (NormativeDocument d : r.normativeDocuments()) {
            if (r.lateOrMissing(d.filedWithPresidiumDate(), Periods.daysAfter(d.issuedDate(), p.intValue("normativeDocFileDays")))) {
                hit(out, "LD-NORMDOC-001", d.path(), null, () -> vals("document", d.title() != null ? d.title() : d.id(),
                        "issued", d.issuedDate(), "filed", d.filedWithPresidiumDate(), "days", p.intValue("normativeDocFileDays"),
                        "deadline", Periods.daysAfter(d.issuedDate(), p.intValue("normativeDocFileDays"))));
            }
        }
    }

    static void LD_RESIDENT_COUNCIL_001(AnnualRecord r, Parameters p, Hits out) {
        if (r.residentCouncils().isEmpty()) {
            hit(out, "LD-RESIDENT-COUNCIL-001", "/residentCouncils", null, () -> vals("body", r.bodyName()));
        }
    }
}
