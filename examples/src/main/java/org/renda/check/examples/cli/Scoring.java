package org.renda.check.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.NotChecked;
import org.renda.check.RuleInfo;
import org.renda.check.Severity;
import org.renda.check.Status;

/**
 * 季度讲评评分 / the scoring scheme of the quarterly review (比学赶超), read from the optional
 * top-level {@code "scoring"} object of the {@code --params} file (the core ignores that key).
 *
 * <p>Every checked record starts at {@code start} points and loses, per rule: {@code error} or
 * {@code warning} points per finding (or the rule's own weight from {@code rules}); a rule in
 * {@code countOnce} (one finding per deputy, say) counts as one item whatever the number of its
 * findings; {@code notReported} points (default: as an ERROR) when the rule was not checked
 * because the record does not report a section it needs; nothing when the year or quarter is
 * not over. {@code caps} limits what one rule or one group (the six 好 of the Loudi measures) can
 * cost in all. Manual {@code bonus} points, with a reason, per record ID are added; the score never
 * goes below {@code floor}; {@code bands} name the ranges (≥ 90 优秀, ≥ 80 合格, below 通报). A
 * record that reports no section at all ranks after every record that reports something.
 * Unknown keys and wrong types are errors naming the key. Immutable.
 */
final class Scoring {

    /** A named score range: scores of at least {@code min} (the last band takes every score below). */
    record Band(String name, String nameEn, Integer min) {
        String label(Language lang) {
            return lang == Language.EN && nameEn != null ? nameEn : name;
        }
    }

    /** Manual points for one record, with the reason (shown in its formula). */
    record Bonus(int points, String reason) {
    }

    /**
     * The six 好 of the Loudi measures (《“两规则两指南六办法”》), the default groups: their Chinese
     * names are what a scheme's {@code groups} and {@code caps} name and what the Loudi rules' titles
     * and bases contain, so they are the Chinese bundle's texts; English reports show the English ones.
     */
    private static final List<String> SIX_KEYS = List.of("scoring.groupSessions", "scoring.groupLaw", "scoring.groupMoney",
            "scoring.groupMatters", "scoring.groupStations", "scoring.groupService");

    /** The six 好 by their Chinese names, in order. */
    static final List<String> SIX = SIX_KEYS.stream().map(k -> Texts.get(Language.ZH, k)).toList();

    /** The group of rules that belong to none of the six. */
    static final String OTHER = Texts.get(Language.ZH, "scoring.groupOther");

    /** A group's name in the report's language: the six 好 and "other" have an English name; a scheme's own groups keep theirs. */
    static String groupLabel(String group, Language lang) {
        int i = SIX.indexOf(group);
        return lang != Language.EN ? group : i >= 0 ? Texts.get(lang, SIX_KEYS.get(i)) : group.equals(OTHER)
                ? Texts.get(lang, "scoring.groupOther") : group;
    }

    /**
     * Where the national and provincial rules sit among the six 好 by default (the Loudi rules
     * name their 好 in their title or basis). A scheme's {@code groups} replaces this.
     */
    private static final Map<String, List<String>> DEFAULT_GROUPS = defaultGroups();

    private static Map<String, List<String>> defaultGroups() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(SIX.get(0), List.of("SESSION-*", "HN-SESSION-*", "VOTE-*", "PRESIDIUM-REPORT-001", "HN-PRESIDIUM-MEET-001",
                "HN-STREET-MEET-001", "DEPUTY-LEAVE-001", "GOV-REPORT-001", "STREET-NOCONGRESS-001"));
        m.put(SIX.get(1), List.of("PRESIDIUM-SPECIAL-REPORT-001", "HN-STREET-ACTIVITY-001", "STREET-REPORT-001"));
        m.put(SIX.get(2), List.of("BUDGET-*", "FINAL-ACCOUNTS-*", "HN-FUNDS-001"));
        m.put(SIX.get(3), List.of("MAJOR-PLAN-001"));
        m.put(SIX.get(4), List.of("DEPUTY-REPORT-001", "DEPUTY-DISCLOSE-001"));
        m.put(SIX.get(5), List.of("SUGG-*"));
        return Map.copyOf(m);
    }

    static final List<Band> DEFAULT_BANDS = List.of(band("scoring.bandExcellent", 90), band("scoring.bandPass", 80),
            band("scoring.bandNamed", null));

    private static Band band(String key, Integer min) {
        return new Band(Texts.get(Language.ZH, key), Texts.get(Language.EN, key), min);
    }

    private static final Set<String> KEYS = Set.of("start", "error", "warning", "floor", "notReported", "rules",
            "countOnce", "groups", "caps", "bands", "bonus");

    static final Scoring DEFAULT = new Scoring(100, 5, 2, 0, null, Map.of(), Set.of("LD-STATION-VISIT-001"), null,
            Map.of(), DEFAULT_BANDS, Map.of(), Map.of());

    final int start;
    final int error;
    final int warning;
    final int floor;
    /** Points per rule not checked for a section not reported. */
    final int notReported;
    final Map<String, Integer> rules;
    final Set<String> countOnce;
    /** The configured groups (name → rule ID patterns), or null for the default. */
    final Map<String, List<String>> groups;
    final Map<String, Integer> caps;
    final List<Band> bands;
    final Map<String, List<Bonus>> bonus;
    /** Each loaded rule's group (after {@link #bind}); empty before. */
    private final Map<String, String> groupOf;

    private Scoring(int start, int error, int warning, int floor, Integer notReported, Map<String, Integer> rules,
                    Set<String> countOnce, Map<String, List<String>> groups, Map<String, Integer> caps, List<Band> bands,
                    Map<String, List<Bonus>> bonus, Map<String, String> groupOf) {
        this.start = start;
        this.error = error;
        this.warning = warning;
        this.floor = floor;
        this.notReported = notReported == null ? error : notReported;
        this.rules = Map.copyOf(rules);
        this.countOnce = Set.copyOf(countOnce);
        this.groups = groups == null ? null : Map.copyOf(groups);
        this.caps = Map.copyOf(caps);
        this.bands = List.copyOf(bands);
        this.bonus = Map.copyOf(bonus);
        this.groupOf = Map.copyOf(groupOf);
    }

    /** The scheme in the parameter file, or the default when the file or its "scoring" key is absent. */
    static Scoring fromParams(Path file) throws IOException {
        if (file == null) {
            return DEFAULT;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        JsonNode root = mapper.readTree(file.toFile());
        return root == null ? DEFAULT : fromNode(root.get("scoring"));
    }

    /**
     * A scheme that cannot be used: where (the key's path, e.g. {@code scoring.bands[1].min}) and
     * what was expected. {@link #getMessage()} is the Chinese text, {@link #message} the one in the
     * report's language.
     */
    static final class Invalid extends IllegalArgumentException {
        private final String where;
        private final String key;
        private final transient Object[] args;

        Invalid(String where, String key, Object... args) {
            super(text(Language.ZH, where, key, args));
            this.where = where;
            this.key = key;
            this.args = args.clone();
        }

        /** The message in this language. */
        String message(Language lang) {
            return text(lang, where, key, args);
        }

        /** A list argument is joined with the language's separator. */
        private static String text(Language lang, String where, String key, Object[] args) {
            Object[] a = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                a[i] = args[i] instanceof java.util.Collection<?> c
                        ? String.join(Texts.get(lang, "scoring.listSeparator"), c.stream().map(String::valueOf).toList()) : args[i];
            }
            return where + " " + Texts.get(lang, key, a);
        }
    }

    private static Invalid bad(String where, String key, Object... args) {
        return new Invalid(where, key, args);
    }

    /** Parses a "scoring" object; null means the default. */
    static Scoring fromNode(JsonNode n) {
        if (n == null || n.isNull()) {
            return DEFAULT;
        }
        if (!n.isObject()) {
            throw bad("scoring", "scoring.mustBeObject");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw bad("scoring." + k, "scoring.unknownKey", sortedKeys());
            }
        }
        Map<String, Integer> rules = new LinkedHashMap<>();
        object(n, "rules").forEach((k, v) -> rules.put(k, points(v, "scoring.rules." + k)));
        Map<String, Integer> caps = new LinkedHashMap<>();
        object(n, "caps").forEach((k, v) -> caps.put(k, points(v, "scoring.caps." + k)));
        Map<String, List<String>> groups = null;
        if (n.hasNonNull("groups")) {
            groups = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : object(n, "groups").entrySet()) {
                groups.put(e.getKey(), strings(e.getValue(), "scoring.groups." + e.getKey()));
            }
        }
        Set<String> countOnce = n.has("countOnce") && !n.get("countOnce").isNull()
                ? new LinkedHashSet<>(strings(n.get("countOnce"), "scoring.countOnce")) : DEFAULT.countOnce;
        List<Band> bands = n.hasNonNull("bands") ? bands(n.get("bands")) : DEFAULT_BANDS;
        Map<String, List<Bonus>> bonus = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object(n, "bonus").entrySet()) {
            bonus.put(e.getKey(), bonuses(e.getValue(), "scoring.bonus." + e.getKey()));
        }
        int error = value(n, "error", DEFAULT.error);
        Integer notReported = n.hasNonNull("notReported") ? points(n.get("notReported"), "scoring.notReported") : null;
        return new Scoring(value(n, "start", DEFAULT.start), error, value(n, "warning", DEFAULT.warning),
                value(n, "floor", DEFAULT.floor), notReported, rules, countOnce, groups, caps, bands, bonus, Map.of());
    }

    private static List<String> sortedKeys() {
        return KEYS.stream().sorted().toList();
    }

    private static Map<String, JsonNode> object(JsonNode n, String key) {
        JsonNode v = n.get(key);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw bad("scoring." + key, "scoring.mustBeKeyValueObject");
        }
        v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static List<String> strings(JsonNode v, String where) {
        if (!v.isArray()) {
            throw bad(where, "scoring.mustBeStringArray", v);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                throw bad(where + "[" + i + "]", "scoring.mustBeNonEmptyString", v.get(i));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    private static List<Band> bands(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw bad("scoring.bands", "scoring.bandsMustBeNonEmptyArray");
        }
        List<Band> out = new ArrayList<>();
        Integer previous = null;
        for (int i = 0; i < v.size(); i++) {
            String where = "scoring.bands[" + i + "]";
            JsonNode b = v.get(i);
            if (!b.isObject()) {
                throw bad(where, "scoring.bandMustBeObject");
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!Set.of("name", "nameEn", "min").contains(k)) {
                    throw bad(where + "." + k, "scoring.bandUnknownKey");
                }
            }
            if (!b.path("name").isTextual() || b.path("name").asText().isBlank()) {
                throw bad(where + ".name", "scoring.bandNameMustBeNonEmpty");
            }
            if (b.has("nameEn") && !b.get("nameEn").isTextual()) {
                throw bad(where + ".nameEn", "scoring.bandNameEnMustBeString");
            }
            Integer min = null;
            if (b.hasNonNull("min")) {
                JsonNode m = b.get("min");
                if (!m.isIntegralNumber() || !m.canConvertToInt()) {
                    throw bad(where + ".min", "scoring.bandMinMustBeInteger", m);
                }
                min = m.intValue();
                if (previous != null && min >= previous) {
                    throw bad(where + ".min", "scoring.bandMinMustBeBelowPrevious", previous);
                }
                previous = min;
            } else if (i < v.size() - 1) {
                throw bad(where + ".min", "scoring.bandMinMissing");
            }
            out.add(new Band(b.get("name").asText(), b.has("nameEn") ? b.get("nameEn").asText() : null, min));
        }
        return out;
    }

    private static List<Bonus> bonuses(JsonNode v, String where) {
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        List<Bonus> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode b = items.get(i);
            String w = v.isArray() ? where + "[" + i + "]" : where;
            if (!b.isObject()) {
                throw bad(w, "scoring.bonusMustBeObject");
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!Set.of("points", "reason").contains(k)) {
                    throw bad(w + "." + k, "scoring.bonusUnknownKey");
                }
            }
            JsonNode p = b.get("points");
            if (p == null || !p.isIntegralNumber() || !p.canConvertToInt()) {
                throw bad(w + ".points", "scoring.bonusPointsMustBeInteger", p);
            }
            if (!b.path("reason").isTextual() || b.path("reason").asText().isBlank()) {
                throw bad(w + ".reason", "scoring.bonusNeedsReason");
            }
            out.add(new Bonus(p.intValue(), b.get("reason").asText()));
        }
        return out;
    }

    private static int value(JsonNode n, String key, int dflt) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? dflt : points(v, "scoring." + key);
    }

    private static int points(JsonNode v, String where) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw bad(where, "scoring.mustBeNonNegativeInteger", v);
        }
        return v.intValue();
    }

    /**
     * The scheme bound to the loaded rules (Chinese metadata): each rule's group, and the rule IDs
     * and group names the scheme names checked against them.
     *
     * @throws IllegalArgumentException naming the key of an unknown rule or group
     */
    Scoring bind(List<RuleInfo> zhRules) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        zhRules.forEach(r -> byId.put(r.id(), r));
        Map<String, String> of = new LinkedHashMap<>();
        if (groups != null) {
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                List<String> patterns = g.getValue();
                for (int i = 0; i < patterns.size(); i++) {
                    Pattern p = glob(patterns.get(i));
                    boolean any = false;
                    for (String id : byId.keySet()) {
                        if (p.matcher(id).matches()) {
                            of.putIfAbsent(id, g.getKey());
                            any = true;
                        }
                    }
                    if (!any) {
                        throw bad("scoring.groups." + g.getKey() + "[" + i + "]", "scoring.patternMatchesNoRule", patterns.get(i));
                    }
                }
            }
        } else {
            derivedGroups(byId, of);
        }
        Set<String> groupNames = new LinkedHashSet<>(of.values());
        if (groups != null) {
            groupNames.addAll(groups.keySet());
        } else {
            groupNames.addAll(SIX);
        }
        for (String id : rules.keySet()) {
            known(byId, id, "scoring.rules." + id);
        }
        if (this != DEFAULT && !countOnce.equals(DEFAULT.countOnce)) {
            countOnce.forEach(id -> known(byId, id, "scoring.countOnce"));
        }
        for (String k : caps.keySet()) {
            if (!byId.containsKey(k) && !groupNames.contains(k)) {
                throw bad("scoring.caps." + k, "scoring.capNamesNoRuleOrGroup", List.copyOf(groupNames));
            }
        }
        return new Scoring(start, error, warning, floor, notReported, rules, countOnce, groups, caps, bands, bonus, of);
    }

    private static void known(Map<String, RuleInfo> byId, String id, String where) {
        if (!byId.containsKey(id)) {
            throw bad(where, "scoring.notALoadedRule", id);
        }
    }

    /**
     * The default groups: a rule whose title or basis names one of the six 好 is in it; a rule
     * sharing the first basis of such a rule (民生实事人大代表票决制) goes with it; then the
     * default table for the national and provincial rules; the rest are {@link #OTHER}.
     */
    private static void derivedGroups(Map<String, RuleInfo> byId, Map<String, String> of) {
        Map<String, String> byFirstBasis = new LinkedHashMap<>();
        for (RuleInfo r : byId.values()) {
            for (String six : SIX) {
                if (r.title().contains(six) || r.basis().contains(six)) {
                    of.put(r.id(), six);
                    byFirstBasis.putIfAbsent(firstBasis(r), six);
                    break;
                }
            }
        }
        for (RuleInfo r : byId.values()) {
            if (!of.containsKey(r.id()) && byFirstBasis.containsKey(firstBasis(r))) {
                of.put(r.id(), byFirstBasis.get(firstBasis(r)));
            }
        }
        for (Map.Entry<String, List<String>> g : DEFAULT_GROUPS.entrySet()) {
            for (String pattern : g.getValue()) {
                Pattern p = glob(pattern);
                byId.keySet().stream().filter(id -> p.matcher(id).matches()).forEach(id -> of.putIfAbsent(id, g.getKey()));
            }
        }
    }

    private static String firstBasis(RuleInfo r) {
        String b = r.basis();
        int semi = b.indexOf(';');
        return (semi < 0 ? b : b.substring(0, semi)).trim();
    }

    /** A rule ID pattern: {@code *} stands for any characters. */
    private static Pattern glob(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String part : pattern.split("\\*", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts));
    }

    /** The group of a rule: one of the six 好 (or the scheme's groups), else {@link #OTHER}. */
    String group(String ruleId) {
        return groupOf.getOrDefault(ruleId, OTHER);
    }

    /** The band of a score. */
    Band band(int score) {
        for (Band b : bands) {
            if (b.min() != null && score >= b.min()) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    /**
     * One checked record's score and how it was computed.
     *
     * @param value    the score
     * @param raw      before the floor
     * @param formula  every deduction, cap and bonus, e.g. "100 − 2×5（错误） − 3×2（警告） = 84"
     * @param band     the band's name in the report's language
     * @param reported false when the record reports no section at all (ranked after every other)
     */
    record Score(int value, long raw, String formula, String band, boolean reported) {
    }

    /** One deduction item of a rule: {@code count} × {@code weight}, or one item for {@code items} findings. */
    private record Part(String label, int order, int weight, long count, long items) {
        long points() {
            return weight * count;
        }
    }

    /** What one rule costs a record. */
    private record RuleCost(String ruleId, List<Part> parts, Integer cap) {
        long uncapped() {
            long s = 0;
            for (Part p : parts) {
                s += p.points();
            }
            return s;
        }

        long points() {
            return cap == null ? uncapped() : Math.min(cap, uncapped());
        }
    }

    /** Scores a CHECKED record. */
    Score score(CheckResult r, Language lang) {
        if (r.status() != Status.CHECKED) {
            throw new IllegalArgumentException("only CHECKED records are scored");
        }
        Map<String, Long> findings = new TreeMap<>();
        Map<String, Severity> severity = new TreeMap<>();
        for (Finding f : r.findings()) {
            findings.merge(f.ruleId(), 1L, Long::sum);
            severity.put(f.ruleId(), f.severity());
        }
        Set<String> unreported = new java.util.TreeSet<>();
        for (NotChecked n : r.notChecked()) {
            if (n.cause() == NotChecked.Cause.NOT_REPORTED) {
                unreported.add(n.ruleId());
            }
        }
        Set<String> ids = new java.util.TreeSet<>(findings.keySet());
        ids.addAll(unreported);
        // the rule costs, by group when the group is capped, else at the top level
        Map<String, List<RuleCost>> cappedGroups = new TreeMap<>();
        List<RuleCost> top = new ArrayList<>();
        for (String id : ids) {
            List<Part> parts = new ArrayList<>();
            Long n = findings.get(id);
            if (n != null) {
                Integer w = rules.get(id);
                boolean isError = severity.get(id) == Severity.ERROR;
                String label = w != null ? id : Texts.get(lang, isError ? "scoring.errorLabel" : "scoring.warningLabel");
                int order = w != null ? 2 : isError ? 0 : 1;
                int weight = w != null ? w : isError ? error : warning;
                if (countOnce.contains(id)) {
                    parts.add(new Part(id, 2, weight, 1, n));
                } else {
                    parts.add(new Part(label, order, weight, n, n));
                }
            }
            if (unreported.contains(id)) {
                parts.add(new Part(Texts.get(lang, "scoring.notReportedLabel"), 3, notReported, 1, 1));
            }
            RuleCost c = new RuleCost(id, parts, caps.get(id));
            String g = group(id);
            if (caps.containsKey(g)) {
                cappedGroups.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
            } else {
                top.add(c);
            }
        }
        StringBuilder b = new StringBuilder().append(start);
        long raw = start;
        List<Part> merged = new ArrayList<>();
        List<String> cappedRules = new ArrayList<>();
        for (RuleCost c : top) {
            if (c.cap() != null) {
                cappedRules.add(capped(expr(c.parts(), lang, " + "), c.cap(), c.ruleId(), lang));
                raw -= c.points();
            } else {
                merge(merged, c.parts());
            }
        }
        String rest = expr(merged, lang, " − ");
        if (!rest.isEmpty()) {
            b.append(" − ").append(rest);
            for (Part p : merged) {
                raw -= p.points();
            }
        }
        cappedRules.forEach(t -> b.append(" − ").append(t));
        for (Map.Entry<String, List<RuleCost>> g : cappedGroups.entrySet()) {
            List<Part> inner = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            long total = 0;
            for (RuleCost c : g.getValue()) {
                if (c.cap() != null) {
                    nested.add(capped(expr(c.parts(), lang, " + "), c.cap(), c.ruleId(), lang));
                } else {
                    merge(inner, c.parts());
                }
                total += c.points();
            }
            String e = expr(inner, lang, " + ");
            String all = e.isEmpty() ? String.join(" + ", nested) : nested.isEmpty() ? e : e + " + " + String.join(" + ", nested);
            int cap = caps.get(g.getKey());
            b.append(" − ").append(capped(all, cap, groupLabel(g.getKey(), lang), lang));
            raw -= Math.min(cap, total);
        }
        for (Bonus x : bonus.getOrDefault(r.recordId() == null ? "" : r.recordId(), List.of())) {
            b.append(x.points() >= 0 ? " + " : " − ").append(Texts.get(lang, x.points() >= 0 ? "scoring.bonusTerm" : "scoring.deductionTerm",
                    Math.abs(x.points()), x.reason()));
            raw += x.points();
        }
        b.append(" = ").append(raw);
        long value = raw;
        if (raw < floor) {
            value = floor;
            b.append(Texts.get(lang, "scoring.flooredAt", floor));
        }
        boolean reported = r.body() == null || !r.body().sections().isEmpty();
        if (!reported) {
            b.append(Texts.get(lang, "scoring.reportsNothingRankedLast"));
        }
        int v = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
        return new Score(v, raw, b.toString(), band(v).label(lang), reported);
    }

    private static String capped(String expr, int cap, String unit, Language lang) {
        return Texts.get(lang, "scoring.cappedTerm", expr, cap, unit);
    }

    /** Adds parts, merging those with the same label and weight (the ERROR, WARNING and not-reported counts). */
    private static void merge(List<Part> into, List<Part> parts) {
        for (Part p : parts) {
            boolean done = false;
            if (p.count() == p.items()) {
                for (int i = 0; i < into.size(); i++) {
                    Part q = into.get(i);
                    if (q.label().equals(p.label()) && q.weight() == p.weight() && q.count() == q.items()) {
                        into.set(i, new Part(q.label(), q.order(), q.weight(), q.count() + p.count(), q.items() + p.items()));
                        done = true;
                        break;
                    }
                }
            }
            if (!done) {
                into.add(p);
            }
        }
    }

    /** "2×5（错误） − 3×2（警告）" for parts at the top level; joined with "+" inside a cap. */
    private static String expr(List<Part> parts, Language lang, String joiner) {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort(java.util.Comparator.comparingInt(Part::order).thenComparing(Part::label));
        List<String> out = new ArrayList<>();
        for (Part p : sorted) {
            String note = p.count() != p.items() ? Texts.get(lang, "scoring.findingsCountAsOneItem", p.items()) : "";
            out.add(Texts.get(lang, "scoring.deductionPart", p.count(), p.weight(), p.label(), note));
        }
        return String.join(joiner, out);
    }

    /** One line describing the scheme, for the report header. */
    String describe(Language lang) {
        StringBuilder b = new StringBuilder();
        List<String> bandText = new ArrayList<>();
        for (Band x : bands) {
            bandText.add(x.label(lang) + (x.min() == null ? "" : " ≥ " + x.min()));
        }
        String comma = Texts.get(lang, "scoring.comma");
        b.append(Texts.get(lang, "scoring.scheme", start, error, warning, notReported, floor, String.join(comma, bandText)));
        if (!rules.isEmpty()) {
            b.append(Texts.get(lang, "scoring.perRule"));
            List<String> parts = new ArrayList<>();
            new TreeMap<>(rules).forEach((k, v) -> parts.add(k + " −" + v));
            b.append(String.join(comma, parts));
        }
        if (!countOnce.isEmpty()) {
            b.append(Texts.get(lang, "scoring.countedAsOneItem"))
                    .append(String.join(Texts.get(lang, "scoring.listSeparator"), new java.util.TreeSet<>(countOnce)));
        }
        if (!caps.isEmpty()) {
            b.append(Texts.get(lang, "scoring.caps"));
            List<String> parts = new ArrayList<>();
            new TreeMap<>(caps).forEach((k, v) -> parts.add(k + " " + v));
            b.append(String.join(comma, parts));
        }
        return b.toString();
    }

    /**
     * One ranked record: its position in the input (for links), who, the score and its rank, its
     * band, whether it reports any section, and its period's label.
     */
    record Entry(int seq, String recordId, String county, String name, int score, String formula, int rank,
                 String band, boolean reported, Ranking.Period period) {
        Entry withRank(int r) {
            return new Entry(seq, recordId, county, name, score, formula, r, band, reported, period);
        }
    }

    /**
     * Ranks entries of one group: a record that reports something before one that reports
     * nothing, then the highest score first; ties share a rank (1, 2, 2, 4), equal scores in record
     * ID order. The input entries' {@code rank} is ignored.
     */
    static List<Entry> rank(List<Entry> entries) {
        java.util.Comparator<Entry> better = java.util.Comparator.comparing((Entry e) -> !e.reported())
                .thenComparing(java.util.Comparator.comparingInt(Entry::score).reversed());
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(better.thenComparing(e -> e.recordId() == null ? "" : e.recordId()).thenComparingInt(Entry::seq));
        List<Entry> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            int rank = i > 0 && better.compare(sorted.get(i - 1), e) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(e.withRank(rank));
        }
        return List.copyOf(out);
    }
}
