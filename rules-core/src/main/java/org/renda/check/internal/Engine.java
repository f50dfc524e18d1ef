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
import org.renda.check.model.Activity;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Officer;
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
     * complete, year, language), so it is computed once per combination and reused.
     */
    private final Map<Long, Gating> gatings = new ConcurrentHashMap<>();

    public Engine(RuleBase ruleBase, LawLibrary laws, int poolSize) {
        this.ruleBase = ruleBase;
        this.laws = laws;
        this.pool = ruleBase.kieBase().newKieSessionsPool(poolSize);
        for (KiePackage kp : ruleBase.kieBase().getKiePackages()) {
            for (Rule r : kp.getRules()) {
                idByRule.put(r, RuleMeta.str(r.getMetaData(), "id"));
            }
        }
    }

    /**
     * The gating of one combination: the IDs allowed to fire, the rules not checked for a missing
     * section (with the reason, which does not depend on the record), and the rules not checked
     * because the year is not complete (whose reason names the record's dates).
     */
    private record Gating(Set<String> allowed, List<NotChecked> missing, List<String> yearIncomplete) {
    }

    private Gating gating(AnnualRecord record, Language lang) {
        long sections = 0;
        for (Section s : record.sections()) {
            sections |= 1L << s.ordinal();
        }
        long key = sections | (long) record.kind().ordinal() << 32 | (record.isYearComplete() ? 1L : 0L) << 40
                | (long) lang.ordinal() << 41 | (long) record.year() << 44;
        return gatings.computeIfAbsent(key, k -> computeGating(record, lang));
    }

    private Gating computeGating(AnnualRecord record, Language lang) {
        Set<String> allowed = new HashSet<>();
        List<NotChecked> missingSections = new ArrayList<>();
        List<String> yearIncomplete = new ArrayList<>();
        for (RuleMeta m : ruleBase.rules().values()) {
            if (!m.appliesTo().contains(record.kind()) || (m.fromYear() != null && record.year() < m.fromYear())) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Section s : m.needs()) {
                if (!record.has(s)) {
                    missing.add(s.jsonName());
                }
            }
            if (!missing.isEmpty()) {
                missingSections.add(new NotChecked(m.id(), lang == Language.EN
                        ? "the record does not report " + String.join(", ", missing)
                        : "记录未报送 " + String.join("、", missing)));
            } else if (m.yearComplete() && !record.isYearComplete()) {
                yearIncomplete.add(m.id());
            } else {
                allowed.add(m.id());
            }
        }
        return new Gating(Set.copyOf(allowed), List.copyOf(missingSections), List.copyOf(yearIncomplete));
    }

    /** The outcome of one evaluation. */
    public record Outcome(List<Finding> findings, List<NotChecked> notChecked) {
    }

    /** Checks one record with the given parameter values. */
    public Outcome evaluate(AnnualRecord record, Parameters parameters, Language lang) {
        Gating gating = gating(record, lang);
        Set<String> allowed = gating.allowed();
        List<NotChecked> notChecked = new ArrayList<>(gating.missing());
        for (String id : gating.yearIncomplete()) {
            notChecked.add(new NotChecked(id, lang == Language.EN
                    ? "the year is not complete (asOfDate " + record.asOfDate() + " is before " + record.yearEnd() + ")"
                    : "年度未结束（asOfDate 为 " + record.asOfDate() + "，早于 " + record.yearEnd() + "），年度义务暂不检查"));
        }
        FindingCollector collector = new FindingCollector();
        if (!allowed.isEmpty()) {
            AgendaFilter filter = match -> {
                String id = idByRule.get(match.getRule());
                return allowed.contains(id != null ? id : RuleMeta.str(match.getRule().getMetaData(), "id"));
            };
            KieSession session = pool.newKieSession();
            try {
                session.setGlobal("findings", collector);
                insertFacts(session, record, parameters);
                session.fireAllRules(filter);
            } finally {
                session.dispose();
            }
        }
        List<Finding> findings = new ArrayList<>(collector.raws().size());
        LocalDate defaultDate = record.asOfDate().isBefore(record.yearEnd()) ? record.asOfDate() : record.yearEnd();
        for (FindingCollector.Raw raw : collector.raws()) {
            RuleMeta m = ruleBase.rules().get(raw.ruleId());
            LocalDate on = raw.eventDate() == null ? defaultDate : raw.eventDate();
            List<Citation> basis = laws.cite(m.basis(), on);
            findings.add(new Finding(m.id(), m.pack(), m.severity(), m.title(lang),
                    fill(m.message(lang), raw.values(), lang), basis, raw.path(), m.remedy(lang)));
        }
        findings.sort(Comparator.comparing(Finding::path, Engine::comparePointers).thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
        notChecked.sort(Comparator.comparing(NotChecked::ruleId));
        return new Outcome(findings, notChecked);
    }

    /** Releases the session pool. */
    public void close() {
        pool.shutdown();
    }

    private static void insertFacts(KieSession s, AnnualRecord r, Parameters p) {
        s.insert(r);
        s.insert(p);
        insertIfPresent(s, r.term());
        insertIfPresent(s, r.budget());
        insertIfPresent(s, r.livelihoodProjects());
        insertIfPresent(s, r.disclosures());
        for (Officer o : r.officers()) {
            s.insert(o);
            insertAll(s, o.otherPosts());
        }
        insertAll(s, r.deputies());
        for (Session x : r.sessions()) {
            s.insert(x);
            insertAll(s, x.agenda());
            insertAll(s, x.absences());
        }
        insertAll(s, r.presidiumMeetings());
        insertAll(s, r.committeeMeetings());
        insertAll(s, r.reportsToCounty());
        if (r.budget() != null) {
            insertAll(s, r.budget().adjustments());
        }
        for (Activity a : r.activities()) {
            s.insert(a);
        }
        insertAll(s, r.stations());
        insertAll(s, r.suggestions());
        insertAll(s, r.normativeDocuments());
        insertAll(s, r.residentCouncils());
    }

    private static void insertIfPresent(KieSession s, Object fact) {
        if (fact != null) {
            s.insert(fact);
        }
    }

    private static void insertAll(KieSession s, Collection<?> facts) {
        for (Object f : facts) {
            s.insert(f);
        }
    }

    /** Fills {name} placeholders with the reported values. */
    static String fill(String template, Map<String, Object> values, Language lang) {
        // Performance (issue #5): a hand-written scan for the placeholders \{([A-Za-z0-9_]+)}, same
        // result as the regex replacement it replaces, without a Matcher per message.
        int n = template.length();
        StringBuilder sb = new StringBuilder(n + 32);
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int j = i + 1;
                while (j < n && isNameChar(template.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < n && template.charAt(j) == '}') {
                    String name = template.substring(i + 1, j);
                    Object v = values.get(name);
                    sb.append(v == null && !values.containsKey(name) ? template.substring(i, j + 1) : format(v, lang));
                    i = j + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
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
        if (v instanceof Enum<?> e) {
            String label = ENUM_LABELS.getProperty(e.getDeclaringClass().getSimpleName() + "." + e.name()
                    + (lang == Language.EN ? ".en" : ".zh"));
            return label != null ? label : e.name();
        }
        return v.toString();
    }

    /** Labels of enum values in messages, so a rule passes the value and never translates it. */
    private static final java.util.Properties ENUM_LABELS = loadEnumLabels();

    private static java.util.Properties loadEnumLabels() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Engine.class.getResourceAsStream("enum-labels.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

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
