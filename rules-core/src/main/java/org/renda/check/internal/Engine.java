package org.renda.check.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final RuleBase ruleBase;
    private final LawLibrary laws;
    private final KieSessionsPool pool;

    public Engine(RuleBase ruleBase, LawLibrary laws, int poolSize) {
        this.ruleBase = ruleBase;
        this.laws = laws;
        this.pool = ruleBase.kieBase().newKieSessionsPool(poolSize);
    }

    /** The outcome of one evaluation. */
    public record Outcome(List<Finding> findings, List<NotChecked> notChecked) {
    }

    /** Checks one record with the given parameter values. */
    public Outcome evaluate(AnnualRecord record, Parameters parameters, Language lang) {
        Set<String> allowed = new HashSet<>();
        List<NotChecked> notChecked = new ArrayList<>();
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
                notChecked.add(new NotChecked(m.id(), lang == Language.EN
                        ? "the record does not report " + String.join(", ", missing)
                        : "记录未报送 " + String.join("、", missing)));
            } else if (m.yearComplete() && !record.isYearComplete()) {
                notChecked.add(new NotChecked(m.id(), lang == Language.EN
                        ? "the year is not complete (asOfDate " + record.asOfDate() + " is before " + record.yearEnd() + ")"
                        : "年度未结束（asOfDate 为 " + record.asOfDate() + "，早于 " + record.yearEnd() + "），年度义务暂不检查"));
            } else {
                allowed.add(m.id());
            }
        }
        FindingCollector collector = new FindingCollector();
        if (!allowed.isEmpty()) {
            AgendaFilter filter = match -> allowed.contains(RuleMeta.str(match.getRule().getMetaData(), "id"));
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
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String text = v == null && !values.containsKey(m.group(1)) ? m.group() : format(v, lang);
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
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
        return v.toString();
    }

    /** Orders JSON Pointers segment by segment, numeric segments numerically. */
    public static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            boolean nx = !x[i].isEmpty() && x[i].chars().allMatch(Character::isDigit) && x[i].length() < 10;
            boolean ny = !y[i].isEmpty() && y[i].chars().allMatch(Character::isDigit) && y[i].length() < 10;
            if (nx && ny) {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
