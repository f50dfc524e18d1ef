package org.renda.check.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.renda.check.Citation;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Deadline;
import org.renda.check.model.Periods;
import org.renda.check.model.Parameters;
import org.renda.check.model.Section;

/**
 * Evaluates one record's facts against the rule base. Thread-safe: sessions come from a pool, one
 * per evaluation, and the collector is per evaluation.
 *
 * <p>Before the rules fire, each rule is <em>gated</em> from its metadata: a rule for the other
 * kind of body, or for a year before its {@code @fromYear}, does not apply (neither checked nor
 * listed); a rule whose {@code @needs} section is absent, or whose {@code @yearComplete} year is
 * not complete, is listed as not checked and kept from firing by an agenda filter. So "not checked"
 * is decided in one place and never silently passes.
 */
public final class Engine {

    private final RuleBase ruleBase;
    private final LawLibrary laws;
    private final KieSessionsPool pool;
    /**
     * Performance (issue #5): each rule's ID by rule object identity, so the agenda filter does not
     * re-read and unquote the metadata map on every match. Read-only after construction; a rule not
     * found here (should not happen) falls back to reading its metadata.
     */
    private final Map<Rule, String> idByRule = new IdentityHashMap<>();
    /**
     * Performance (issue #5): the gating decision depends only on (kind, sections present, year
     * complete, year; the reasons are kept in both languages), so it is computed once per combination and reused.
     * At most {@link #MAX_CACHED_GATINGS} combinations are kept (issue 16, memory flat): random
     * records have thousands of them, and the cache held 8,306 decisions (187,441 NotChecked reasons,
     * most of the live heap's growth) after 600,000 records; a combination beyond the cap is computed
     * each time.
     */
    private final Map<Long, Gating> gatings = new ConcurrentHashMap<>();
    static final int MAX_CACHED_GATINGS = 1024;
    /**
     * Performance (issue #5): the fact types each rule's patterns match (in {@code not}, {@code
     * exists}, {@code accumulate} sources too), by rule ID; null when the rule base cannot be read
     * so (then every fact is inserted). A record's facts are inserted only when a rule allowed to
     * fire on it (see {@link Gating}) can match them: the agenda filter stops a rule that may not
     * fire only after Drools has evaluated its conditions, so facts only such rules look at (a
     * township's sessions and budget for a street, say) would cost insertion and evaluation for
     * nothing. Which rules fire is unchanged: an allowed rule sees every fact of its types.
     */
    private final Map<String, Set<Class<?>>> typesByRule;

    /**
     * Performance (issue 16): the options of every session. No rule uses salience, no-loop, agenda
     * groups or anything else that orders activations, so a consequence may fire as soon as its
     * match is found instead of going through the agenda ({@code drools.directFiring=true}). The
     * agenda filter (the gating) still decides which rules fire; the findings are the same (see
     * docs/performance.md, "Levers of issue 16"). On the classic rule base a session, used by one
     * thread for one record, also needs no locking ({@code drools.threadSafe=false}); not on the
     * executable model, where that option makes the consequences of all sessions of a rule base
     * share one array of facts: two threads then lose findings (measured: 34 of 5,000 records) or
     * throw ({@link #sessionOptions(boolean)}).
     */
    private final org.kie.api.runtime.KieSessionConfiguration sessionOptions;

    /**
     * Performance (issue 16): whether the rules declare the read-only globals {@code annualRecord} (the
     * record being checked) and {@code params} (the parameter values), which the engine then sets
     * in every session before inserting the facts. A rule that only reads the record or the
     * parameters names them so instead of matching them as facts in a pattern, so a rule with one
     * other pattern is alpha-terminal (no join). Packs that match them as facts still work: they
     * are inserted whenever a rule allowed to fire matches their type.
     */
    private final boolean recordGlobal;
    private final boolean paramsGlobal;

    public Engine(RuleBase ruleBase, LawLibrary laws, int poolSize) {
        this.ruleBase = ruleBase;
        this.laws = laws;
        this.pool = ruleBase.kieBase().newKieSessionsPool(poolSize);
        this.sessionOptions = sessionOptions(ruleBase.precompiled());
        Set<String> globals = new HashSet<>();
        for (KiePackage kp : ruleBase.kieBase().getKiePackages()) {
            kp.getGlobalVariables().forEach(g -> globals.add(g.getName()));
        }
        this.recordGlobal = globals.contains(PackLint.RECORD_GLOBAL);
        this.paramsGlobal = globals.contains(PackLint.PARAMS_GLOBAL);
        Map<String, Set<Class<?>>> types = new java.util.HashMap<>();
        for (KiePackage kp : ruleBase.kieBase().getKiePackages()) {
            for (Rule r : kp.getRules()) {
                String id = RuleMeta.str(r.getMetaData(), "id");
                idByRule.put(r, id);
                Set<Class<?>> t = Gating.patternTypes(r);
                if (t == null || types == null) {
                    types = null;
                } else {
                    types.merge(id, t, (a, b) -> {
                        Set<Class<?>> u = new HashSet<>(a);
                        u.addAll(b);
                        return u;
                    });
                }
            }
        }
        this.typesByRule = types;
    }

    /** The options of the classic rule base's sessions: {@code drools.directFiring=true}, {@code drools.threadSafe=false}. */
    public static org.kie.api.runtime.KieSessionConfiguration tunedSessionOptions() {
        return sessionOptions(false);
    }

    /**
     * The options of a session: {@code drools.directFiring=true}; and {@code drools.threadSafe=false}
     * unless the rule base is the executable model, whose sessions must keep Drools' thread-safe
     * default when several threads use one rule base (see {@link #sessionOptions}).
     */
    public static org.kie.api.runtime.KieSessionConfiguration sessionOptions(boolean executableModel) {
        org.kie.api.runtime.KieSessionConfiguration conf = org.kie.api.KieServices.get().newKieSessionConfiguration();
        conf.setOption(org.kie.api.runtime.conf.DirectFiringOption.YES);
        if (!executableModel) {
            conf.setOption(org.kie.api.runtime.conf.ThreadSafeOption.NO);
        }
        return conf;
    }

    /** How many gating decisions are cached (at most {@link #MAX_CACHED_GATINGS}). */
    int cachedGatings() {
        return gatings.size();
    }

    private Gating gating(AnnualRecord record) {
        long sections = 0;
        for (Section s : record.sections()) {
            sections |= 1L << s.ordinal();
        }
        long key = sections | (long) record.kind().ordinal() << 32 | (record.isYearComplete() ? 1L : 0L) << 40
                | (long) record.year() << 44;
        Gating g = gatings.get(key);
        if (g == null) {
            g = Gating.compute(ruleBase, typesByRule, record);
            if (gatings.size() < MAX_CACHED_GATINGS) {
                gatings.putIfAbsent(key, g);
            }
        }
        return g;
    }

    /** The outcome of one evaluation; {@code notes} are said once per record (e.g. a holiday year not known). */
    public record Outcome(List<Finding> findings, List<NotChecked> notChecked, List<String> notes) {
    }

    /**
     * What the rules found in one record, before anything is put into words: each finding as its
     * rule ID, JSON Pointer, event date and reported values, in firing order. This is the rules'
     * whole work; {@link #render} adds the language (titles, messages, citations) and the order.
     */
    public static final class Matches {
        private final AnnualRecord record;
        private final Gating gating;
        private final List<FindingCollector.Raw> raws;

        private Matches(AnnualRecord record, Gating gating, List<FindingCollector.Raw> raws) {
            this.record = record;
            this.gating = gating;
            this.raws = raws;
        }

        /** How many findings (before rendering). */
        public int size() {
            return raws.size();
        }

        /** The i-th finding's rule ID (firing order). */
        public String ruleId(int i) {
            return raws.get(i).ruleId();
        }

        /** The i-th finding's JSON Pointer. */
        public String path(int i) {
            return raws.get(i).path();
        }

        /** The i-th finding's reported values by name, in the order reported (read-only). */
        public Map<String, Object> values(int i) {
            return java.util.Collections.unmodifiableMap(raws.get(i).values());
        }

        AnnualRecord record() {
            return record;
        }

        Gating gating() {
            return gating;
        }

        List<FindingCollector.Raw> raws() {
            return raws;
        }
    }

    /** Checks one record with the given parameter values. */
    public Outcome evaluate(AnnualRecord record, Parameters parameters, Language lang) {
        return render(match(record, parameters), lang, null);
    }

    /**
     * Checks one record; {@code stablePath} turns a finding's JSON Pointer into the place named by
     * item identities (see {@link Fingerprints}), for the fingerprints; null keeps the pointer.
     */
    public Outcome evaluate(AnnualRecord record, Parameters parameters, Language lang,
                            java.util.function.UnaryOperator<String> stablePath) {
        return render(match(record, parameters), lang, stablePath);
    }

    /** Runs the rules on one record: gating, then the rules allowed to fire. */
    public Matches match(AnnualRecord record, Parameters parameters) {
        Gating gating = gating(record);
        Set<String> allowed = gating.allowed();
        FindingCollector collector = new FindingCollector();
        if (!allowed.isEmpty()) {
            AgendaFilter filter = match -> {
                String id = idByRule.get(match.getRule());
                if (id == null) {
                    id = RuleMeta.str(match.getRule().getMetaData(), "id");
                }
                if (!allowed.contains(id)) {
                    return false;
                }
                collector.firing(id);
                return true;
            };
            KieSession session = pool.newKieSession(sessionOptions);
            try {
                session.setGlobal("findings", collector);
                if (recordGlobal) {
                    session.setGlobal(PackLint.RECORD_GLOBAL, record);
                }
                if (paramsGlobal) {
                    session.setGlobal(PackLint.PARAMS_GLOBAL, parameters);
                }
                gating.insertFacts(session, record, parameters);
                session.fireAllRules(filter);
            } finally {
                session.dispose();
            }
        }
        List<FindingCollector.Raw> raws = collector.raws();
        // @appliesFrom: an event before the day the rule's duty took effect is no finding (decided
        // here, from metadata, for every rule alike)
        raws.removeIf(raw -> {
            LocalDate from = ruleBase.rules().get(raw.ruleId()).appliesFrom();
            return from != null && raw.eventDate() != null && raw.eventDate().isBefore(from);
        });
        return new Matches(record, gating, raws);
    }

    /** Puts the matches into words in one language: findings with citations, sorted; not-checked rules. */
    public Outcome render(Matches matches, Language lang) {
        return render(matches, lang, null);
    }

    /** As {@link #render(Matches, Language)}, with fingerprints from {@code stablePath} (null: the pointer). */
    public Outcome render(Matches matches, Language lang, java.util.function.UnaryOperator<String> stablePath) {
        AnnualRecord record = matches.record;
        Gating gating = matches.gating;
        List<NotChecked> notChecked = new ArrayList<>(lang == Language.EN ? gating.missingEn() : gating.missingZh());
        for (String id : gating.yearIncomplete()) {
            notChecked.add(new NotChecked(id, Msg.get(lang, "engine.yearNotCompleteAsofdateBefore", record.asOfDate(), record.yearEnd()),
                    NotChecked.Cause.PERIOD_NOT_OVER));
        }
        List<Finding> findings = new ArrayList<>(matches.raws.size());
        String[] places = new String[matches.raws.size()];
        Map<String, Integer> perPlace = new java.util.HashMap<>();
        for (int i = 0; i < places.length; i++) {
            FindingCollector.Raw raw = matches.raws.get(i);
            String stable = stablePath == null ? raw.path() : stablePath.apply(raw.path());
            places[i] = raw.ruleId() + ":" + stable;
            perPlace.merge(places[i], 1, Integer::sum);
        }
        int k = 0;
        for (FindingCollector.Raw raw : matches.raws) {
            String place = places[k++];
            findings.add(render(raw, record, lang, perPlace.get(place) > 1 ? Fingerprints.of(place, raw.values()) : place));
        }
        findings.sort(Comparator.comparing(Finding::path, JsonPointers::compare).thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
        notChecked.sort(Comparator.comparing(NotChecked::ruleId));
        return new Outcome(findings, notChecked, notes(matches.raws, lang));
    }

    /**
     * The notes of a record: one per year whose 法定休假日 the bundled calendar does not list, when a
     * finding's deadline was rolled over with weekends only in that year. (Weekends only can roll a
     * deadline less far than the real calendar would, never further, so a finding is the only
     * judgement it can affect: a deadline met counts as met whatever the holidays.)
     */
    private static List<String> notes(List<FindingCollector.Raw> raws, Language lang) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (FindingCollector.Raw raw : raws) {
            for (Object v : raw.values().values()) {
                if (v instanceof Deadline d && !d.calendarKnown()) {
                    for (int y = d.nominal().getYear(); y <= d.date().getYear(); y++) {
                        if (!Periods.isHolidayYearKnown(y)) {
                            years.add(y);
                        }
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int y : years) {
            out.add(Msg.get(lang, "engine.bundledHolidayCalendarDoesNot", y));
        }
        return List.copyOf(out);
    }

    /** One match in words: title, message, the basis cited for its event date (else the record's date), remedy. */
    Finding render(FindingCollector.Raw raw, AnnualRecord record, Language lang) {
        return render(raw, record, lang, raw.ruleId() + ":" + raw.path());
    }

    /** As {@link #render(FindingCollector.Raw, AnnualRecord, Language)}, with the finding's fingerprint. */
    Finding render(FindingCollector.Raw raw, AnnualRecord record, Language lang, String fingerprint) {
        RuleMeta m = ruleBase.rules().get(raw.ruleId());
        LocalDate defaultDate = record.asOfDate().isBefore(record.yearEnd()) ? record.asOfDate() : record.yearEnd();
        LocalDate on = raw.eventDate() == null ? defaultDate : raw.eventDate();
        List<Citation> basis = laws.cite(m.basis(), on, record.kind().name());
        return new Finding(m.id(), m.pack(), m.severity(), m.title(lang),
                MessageValues.sentence(MessageTemplate.of(m.message(lang)).fill(raw.values(), lang, raw.path()), lang), basis, raw.path(), m.remedy(lang), fingerprint,
                raw.values(), raw.eventDate());
    }

    /** Releases the session pool. */
    public void close() {
        pool.shutdown();
    }

    /** The fact classes a rule's patterns match (for tests), or null when unknown. */
    public Set<Class<?>> patternTypesOf(String ruleId) {
        return typesByRule == null ? null : typesByRule.get(ruleId);
    }


}
