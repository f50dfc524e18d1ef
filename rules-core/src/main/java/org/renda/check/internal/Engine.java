package org.renda.check.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
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
import org.renda.check.RecordFormat;
import org.renda.check.model.AcceptingBody;
import org.renda.check.model.ActivityType;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Deadline;
import org.renda.check.model.Periods;
import org.renda.check.model.Officer;
import org.renda.check.model.OfficerRole;
import org.renda.check.model.Parameters;
import org.renda.check.model.Section;
import org.renda.check.model.Session;

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
     */
    private final Map<Long, Gating> gatings = new ConcurrentHashMap<>();
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
     * Performance (issue 16): the options of every session, or null for Drools' defaults. A session
     * is used by one thread for one record and then given back to the pool, so it needs no locking
     * ({@code drools.threadSafe=false}), and no rule uses salience, no-loop, agenda groups or
     * anything else that orders activations, so a consequence may fire as soon as its match is
     * found instead of going through the agenda ({@code drools.directFiring=true}). The agenda
     * filter (the gating) still decides which rules fire; the findings are the same (see
     * docs/performance.md, "Levers of issue 16").
     */
    private final org.kie.api.runtime.KieSessionConfiguration sessionOptions;

    public Engine(RuleBase ruleBase, LawLibrary laws, int poolSize) {
        this(ruleBase, laws, poolSize, true);
    }

    /**
     * @param tunedSessions false keeps Drools' default session options (for measuring the lever of
     *                      {@link #sessionOptions} in the same run; the checker always passes true)
     */
    public Engine(RuleBase ruleBase, LawLibrary laws, int poolSize, boolean tunedSessions) {
        this.ruleBase = ruleBase;
        this.laws = laws;
        this.pool = ruleBase.kieBase().newKieSessionsPool(poolSize);
        if (tunedSessions) {
            org.kie.api.runtime.KieSessionConfiguration conf = org.kie.api.KieServices.get().newKieSessionConfiguration();
            conf.setOption(org.kie.api.runtime.conf.DirectFiringOption.YES);
            conf.setOption(org.kie.api.runtime.conf.ThreadSafeOption.NO);
            this.sessionOptions = conf;
        } else {
            this.sessionOptions = null;
        }
        Map<String, Set<Class<?>>> types = new java.util.HashMap<>();
        for (KiePackage kp : ruleBase.kieBase().getKiePackages()) {
            for (Rule r : kp.getRules()) {
                String id = RuleMeta.str(r.getMetaData(), "id");
                idByRule.put(r, id);
                Set<Class<?>> t = patternTypes(r);
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

    /**
     * The gating of one combination: the IDs allowed to fire, the rules not checked for a missing
     * section (with the reason in each language, which does not depend on the record), and the
     * rules not checked because the year is not complete (whose reason names the record's dates).
     */
    private record Gating(Set<String> allowed, List<NotChecked> missingZh, List<NotChecked> missingEn,
                          List<String> yearIncomplete, Set<Class<?>> types, Map<Class<?>, Boolean> wanted) {

        /** Whether a rule allowed to fire can match a fact of this class (types null = all can). */
        boolean wants(Class<?> c) {
            if (types == null) {
                return true;
            }
            Boolean w = wanted.get(c);
            if (w == null) {
                boolean any = false;
                for (Class<?> t : types) {
                    any |= t.isAssignableFrom(c);
                }
                w = any;
                wanted.put(c, w);
            }
            return w;
        }
    }

    private Gating gating(AnnualRecord record) {
        long sections = 0;
        for (Section s : record.sections()) {
            sections |= 1L << s.ordinal();
        }
        long key = sections | (long) record.kind().ordinal() << 32 | (record.isYearComplete() ? 1L : 0L) << 40
                | (long) record.year() << 44;
        return gatings.computeIfAbsent(key, k -> computeGating(record));
    }

    private Gating computeGating(AnnualRecord record) {
        Set<String> allowed = new HashSet<>();
        List<NotChecked> missingZh = new ArrayList<>();
        List<NotChecked> missingEn = new ArrayList<>();
        List<String> yearIncomplete = new ArrayList<>();
        for (RuleMeta m : ruleBase.rules().values()) {
            if (!applies(m, record)) {
                continue;
            }
            List<String> missingZhLabels = new ArrayList<>();
            List<String> missingEnLabels = new ArrayList<>();
            for (Section s : m.needs()) {
                if (!record.has(s)) {
                    // The sections by their titles in the record format (the schema), never by field name.
                    missingZhLabels.add("“" + RecordFormat.get().label("/" + s.jsonName(), Language.ZH) + "”");
                    missingEnLabels.add(RecordFormat.get().label("/" + s.jsonName(), Language.EN));
                }
            }
            if (!missingZhLabels.isEmpty()) {
                missingZh.add(new NotChecked(m.id(), "记录未报送" + String.join("、", missingZhLabels),
                        NotChecked.Cause.NOT_REPORTED));
                missingEn.add(new NotChecked(m.id(), "the record does not report " + String.join(", ", missingEnLabels),
                        NotChecked.Cause.NOT_REPORTED));
            } else if (m.yearComplete() && !record.isYearComplete()) {
                yearIncomplete.add(m.id());
            } else {
                allowed.add(m.id());
            }
        }
        Set<Class<?>> types = null;
        if (typesByRule != null) {
            types = new HashSet<>();
            for (String id : allowed) {
                types.addAll(typesByRule.getOrDefault(id, Set.of(Object.class)));
            }
        }
        return new Gating(Set.copyOf(allowed), List.copyOf(missingZh), List.copyOf(missingEn),
                List.copyOf(yearIncomplete), types == null ? null : Set.copyOf(types), new ConcurrentHashMap<>());
    }

    /**
     * Whether a rule applies to a record at all (else it is neither checked nor listed): the other
     * kind of body, a year before {@code @fromYear}, or a year that ends before {@code @appliesFrom}
     * (the law of the rule was not yet in force) do not apply.
     */
    static boolean applies(RuleMeta m, AnnualRecord record) {
        return m.appliesTo().contains(record.kind())
                && (m.fromYear() == null || record.year() >= m.fromYear())
                && (m.appliesFrom() == null || !record.yearEnd().isBefore(m.appliesFrom()));
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
        FindingCollector collector = new FindingCollector(idByRule);
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
            KieSession session = sessionOptions == null ? pool.newKieSession() : pool.newKieSession(sessionOptions);
            try {
                session.setGlobal("findings", collector);
                insertFacts(session, record, parameters, gating);
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
            notChecked.add(new NotChecked(id, lang == Language.EN
                    ? "the year is not complete (asOfDate " + record.asOfDate() + " is before " + record.yearEnd() + ")"
                    : "年度未结束（asOfDate 为 " + record.asOfDate() + "，早于 " + record.yearEnd() + "），年度义务暂不检查",
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
        findings.sort(Comparator.comparing(Finding::path, Engine::comparePointers).thenComparing(Finding::ruleId)
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
            out.add(lang == Language.EN
                    ? "The bundled holiday calendar does not list " + y + ": deadlines ending in " + y
                            + " were rolled over for Saturdays and Sundays only (Civil Code Art. 203)."
                    : "法定节假日表未收录 " + y + " 年：该年到期的期限仅按周六、周日顺延（民法典第二百零三条）。");
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
                sentence(fill(m.message(lang), raw.values(), lang), lang), basis, raw.path(), m.remedy(lang), fingerprint,
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

    /** The classes a rule's patterns match, or null when the rule cannot be read so. */
    private static Set<Class<?>> patternTypes(Rule rule) {
        if (!(rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl)) {
            return null;
        }
        Set<Class<?>> out = new HashSet<>();
        return collectTypes(impl.getLhs(), out) ? out : null;
    }

    private static boolean collectTypes(org.drools.base.rule.RuleConditionElement e, Set<Class<?>> out) {
        if (e instanceof org.drools.base.rule.Pattern p) {
            if (!(p.getObjectType() instanceof org.drools.base.base.ClassObjectType cot)) {
                return false;
            }
            out.add(cot.getClassType());
        }
        for (org.drools.base.rule.RuleConditionElement nested : e.getNestedElements()) {
            if (!collectTypes(nested, out)) {
                return false;
            }
        }
        return true;
    }

    private static void insertFacts(KieSession s, AnnualRecord r, Parameters p, Gating g) {
        insertIfPresent(s, g, r);
        insertIfPresent(s, g, p);
        insertIfPresent(s, g, r.term());
        insertIfPresent(s, g, r.budget());
        insertIfPresent(s, g, r.livelihoodProjects());
        insertIfPresent(s, g, r.disclosures());
        // the same order as always (each officer then its posts, each session then its items), so
        // rules fire in the same order
        for (Officer o : r.officers()) {
            insertIfPresent(s, g, o);
            insertAll(s, g, o.otherPosts());
        }
        insertAll(s, g, r.deputies());
        for (Session x : r.sessions()) {
            insertIfPresent(s, g, x);
            insertAll(s, g, x.agenda());
            insertAll(s, g, x.absences());
        }
        insertAll(s, g, r.presidiumMeetings());
        insertAll(s, g, r.committeeMeetings());
        insertAll(s, g, r.reportsToCounty());
        if (r.budget() != null) {
            insertAll(s, g, r.budget().adjustments());
        }
        insertAll(s, g, r.activities());
        insertAll(s, g, r.stations());
        insertAll(s, g, r.suggestions());
        insertAll(s, g, r.normativeDocuments());
        insertAll(s, g, r.residentCouncils());
    }

    private static void insertIfPresent(KieSession s, Gating g, Object fact) {
        if (fact != null && g.wants(fact.getClass())) {
            s.insert(fact);
        }
    }

    private static void insertAll(KieSession s, Gating g, Collection<?> facts) {
        for (Object f : facts) {
            if (g.wants(f.getClass())) {
                s.insert(f);
            }
        }
    }

    /**
     * An English message begins with a capital letter, also when its template begins with a value
     * (an enum label such as "inspection" from the record schema).
     */
    static String sentence(String message, Language lang) {
        if (lang != Language.EN || message.isEmpty() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Fills {name} placeholders with the reported values. */
    static String fill(String template, Map<String, Object> values, Language lang) {
        return Template.of(template).fill(values, lang);
    }

    /**
     * A message template split once into literal text and {@code {name}} placeholders
     * (\{([A-Za-z0-9_]+)}), so filling it neither scans the text nor makes the names again.
     * Performance (issue #5): filling was ~10 % of an evaluation when each call rescanned the
     * template. A placeholder with no value of that name stays as written.
     */
    private static final class Template {
        private static final Map<String, Template> PARSED = new ConcurrentHashMap<>();

        /** Literal text at even indexes, placeholder names at odd ones. */
        private final String[] parts;
        private final int length;

        private Template(String[] parts, int length) {
            this.parts = parts;
            this.length = length;
        }

        static Template of(String template) {
            Template t = PARSED.get(template);
            if (t == null) {
                t = parse(template);
                if (PARSED.size() < 10_000) { // templates come from rule metadata: a bounded set
                    PARSED.put(template, t);
                }
            }
            return t;
        }

        private static Template parse(String template) {
            List<String> parts = new ArrayList<>();
            int n = template.length();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < n) {
                char c = template.charAt(i);
                if (c == '{') {
                    int j = i + 1;
                    while (j < n && isNameChar(template.charAt(j))) {
                        j++;
                    }
                    if (j > i + 1 && j < n && template.charAt(j) == '}') {
                        parts.add(literal.toString());
                        parts.add(template.substring(i + 1, j));
                        literal.setLength(0);
                        i = j + 1;
                        continue;
                    }
                }
                literal.append(c);
                i++;
            }
            parts.add(literal.toString());
            return new Template(parts.toArray(new String[0]), n);
        }

        String fill(Map<String, Object> values, Language lang) {
            StringBuilder sb = new StringBuilder(length + 32);
            for (int k = 0; k < parts.length; k++) {
                if ((k & 1) == 0) {
                    sb.append(parts[k]);
                } else {
                    String name = parts[k];
                    Object v = values.get(name);
                    if (v == null && !values.containsKey(name)) {
                        sb.append('{').append(name).append('}');
                    } else {
                        sb.append(format(v, lang));
                    }
                }
            }
            return sb.toString();
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    static String format(Object v, Language lang) {
        if (v == null) {
            return lang == Language.EN ? "(none)" : "（无）";
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(x -> parts.add(format(x, lang)));
            return String.join(lang == Language.EN ? ", " : "、", parts);
        }
        if (v instanceof MonthDay md) {
            return lang == Language.EN ? String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth())
                    : md.getMonthValue() + "月" + md.getDayOfMonth() + "日";
        }
        if (v instanceof YearMonth ym) {
            return lang == Language.EN ? ym.toString() : ym.getMonthValue() + "月";
        }
        if (v instanceof Deadline d) {
            if (!d.rolled()) {
                return d.date().toString();
            }
            return lang == Language.EN
                    ? d.date() + " (the last day, " + d.nominal() + ", is a public holiday or rest day; rolled over to "
                            + d.date() + ")"
                    : d.date() + "（期限末日 " + d.nominal() + " 为法定休假日，顺延至 " + d.date() + "）";
        }
        if (v instanceof Enum<?> e) {
            String[] labels = ENUM_LABEL_CACHE.computeIfAbsent(e, k -> new String[] {enumLabel(k, Language.ZH), enumLabel(k, Language.EN)});
            return labels[lang == Language.EN ? 1 : 0];
        }
        return v.toString();
    }

    private static String enumLabel(Enum<?> e, Language lang) {
        if (!LABELLED_IN_MESSAGES.contains(e.getDeclaringClass())) {
            return e.name();
        }
        String label = RecordFormat.get().label(e, lang);
        return label != null ? label : e.name();
    }

    /** Each enum value's labels (zh, en), looked up once. */
    private static final Map<Enum<?>, String[]> ENUM_LABEL_CACHE = new ConcurrentHashMap<>();

    /**
     * The enum types whose values messages show by their label from the record format (the schema's
     * {@code x-enumLabels}); values of the other types are shown by name, as in the 1.0 messages.
     */
    private static final Set<Class<?>> LABELLED_IN_MESSAGES = Set.of(OfficerRole.class, AcceptingBody.class,
            ActivityType.class, org.renda.check.model.VoteMethod.class); // issue 14: no program names in Chinese text

    /** Orders JSON Pointers segment by segment, numeric segments numerically. */
    public static int comparePointers(String a, String b) {
        // Performance (issue #5): walks both strings in place (no split, no streams); same order as
        // comparing the split segments: numeric (all digits, < 10 long) numerically, else as strings,
        // then the pointer with fewer segments first.
        int i = 0;
        int j = 0;
        while (true) {
            int ei = a.indexOf('/', i);
            int ej = b.indexOf('/', j);
            if (ei < 0) {
                ei = a.length();
            }
            if (ej < 0) {
                ej = b.length();
            }
            int c;
            if (isNumber(a, i, ei) && isNumber(b, j, ej)) {
                c = Integer.compare(Integer.parseInt(a, i, ei, 10), Integer.parseInt(b, j, ej, 10));
            } else {
                c = compareRegions(a, i, ei, b, j, ej);
            }
            if (c != 0) {
                return c;
            }
            boolean endA = ei == a.length();
            boolean endB = ej == b.length();
            if (endA || endB) {
                return Integer.compare(endA ? 0 : 1, endB ? 0 : 1);
            }
            i = ei + 1;
            j = ej + 1;
        }
    }

    private static boolean isNumber(String s, int from, int to) {
        if (from == to || to - from >= 10) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code String.compareTo} of two substrings, without making them. */
    private static int compareRegions(String a, int i, int ei, String b, int j, int ej) {
        int la = ei - i;
        int lb = ej - j;
        for (int k = 0; k < Math.min(la, lb); k++) {
            char x = a.charAt(i + k);
            char y = b.charAt(j + k);
            if (x != y) {
                return x - y;
            }
        }
        return la - lb;
    }
}
