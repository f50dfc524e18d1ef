package org.renda.check.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.Language;
import org.renda.check.Severity;
import org.renda.check.Status;

/**
 * 季度讲评评分 / the scoring scheme of the quarterly review (比学赶超): every checked record starts
 * at {@code start} points and loses {@code error} per ERROR finding and {@code warning} per WARNING
 * finding, or the rule's own weight from {@code rules}; the score never goes below {@code floor}.
 *
 * <p>Read from the optional top-level {@code "scoring"} object of the {@code --params} file (the
 * core ignores that key). Defaults: {@code {start: 100, error: 5, warning: 2, floor: 0, rules: {}}}.
 * Unknown keys and negative numbers are errors, not silent defaults. Immutable.
 */
final class Scoring {

    static final Scoring DEFAULT = new Scoring(100, 5, 2, 0, Map.of());
    private static final Set<String> KEYS = Set.of("start", "error", "warning", "floor", "rules");

    final int start;
    final int error;
    final int warning;
    final int floor;
    final Map<String, Integer> rules;

    Scoring(int start, int error, int warning, int floor, Map<String, Integer> rules) {
        this.start = start;
        this.error = error;
        this.warning = warning;
        this.floor = floor;
        this.rules = Map.copyOf(new TreeMap<>(rules));
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

    /** Parses a "scoring" object; null means the default. */
    static Scoring fromNode(JsonNode n) {
        if (n == null || n.isNull()) {
            return DEFAULT;
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("scoring 应为对象 / scoring must be an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("scoring 中未知的键 / unknown key in scoring: " + k
                        + "（可用 / allowed: start, error, warning, floor, rules）");
            }
        }
        Map<String, Integer> rules = new LinkedHashMap<>();
        JsonNode r = n.get("rules");
        if (r != null && !r.isNull()) {
            if (!r.isObject()) {
                throw new IllegalArgumentException("scoring.rules 应为对象（规则ID: 扣分） / must be an object (rule ID: points)");
            }
            r.fields().forEachRemaining(e -> rules.put(e.getKey(), points(e.getValue(), "scoring.rules." + e.getKey())));
        }
        return new Scoring(value(n, "start", DEFAULT.start), value(n, "error", DEFAULT.error),
                value(n, "warning", DEFAULT.warning), value(n, "floor", DEFAULT.floor), rules);
    }

    private static int value(JsonNode n, String key, int dflt) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? dflt : points(v, "scoring." + key);
    }

    private static int points(JsonNode v, String where) {
        if (!v.isIntegralNumber() || v.intValue() < 0 || !v.canConvertToInt()) {
            throw new IllegalArgumentException(where + " 应为非负整数 / must be a non-negative integer, was " + v);
        }
        return v.intValue();
    }

    /** What a finding costs: the rule's own weight, or the severity's. */
    int cost(Finding f) {
        Integer w = rules.get(f.ruleId());
        return w != null ? w : f.severity() == Severity.ERROR ? error : warning;
    }

    /** One checked record's score and how it was computed. */
    record Score(int value, String formula) {
    }

    /** Scores a CHECKED record; the formula names every deduction, e.g. "100 − 2×5（错误）− 3×2（警告）= 84". */
    Score score(CheckResult r, Language lang) {
        if (r.status() != Status.CHECKED) {
            throw new IllegalArgumentException("only CHECKED records are scored");
        }
        long errors = 0;
        long warnings = 0;
        Map<String, Long> byRule = new TreeMap<>();
        for (Finding f : r.findings()) {
            if (rules.containsKey(f.ruleId())) {
                byRule.merge(f.ruleId(), 1L, Long::sum);
            } else if (f.severity() == Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
        boolean en = lang == Language.EN;
        StringBuilder b = new StringBuilder().append(start);
        long raw = start;
        if (errors > 0) {
            b.append(" − ").append(errors).append('×').append(error).append(en ? " (ERROR)" : "（错误）");
            raw -= errors * error;
        }
        if (warnings > 0) {
            b.append(" − ").append(warnings).append('×').append(warning).append(en ? " (WARNING)" : "（警告）");
            raw -= warnings * warning;
        }
        for (Map.Entry<String, Long> e : byRule.entrySet()) {
            b.append(" − ").append(e.getValue()).append('×').append(rules.get(e.getKey()))
                    .append(en ? " (" : "（").append(e.getKey()).append(en ? ")" : "）");
            raw -= e.getValue() * rules.get(e.getKey());
        }
        b.append(" = ").append(raw);
        long value = raw;
        if (raw < floor) {
            value = floor;
            b.append(en ? ", floored at " : "，保底 ").append(floor);
        }
        return new Score((int) Math.max(Integer.MIN_VALUE, value), b.toString());
    }

    /** One line describing the scheme, for the report header. */
    String describe(Language lang) {
        StringBuilder b = new StringBuilder();
        if (lang == Language.EN) {
            b.append("start ").append(start).append(", −").append(error).append(" per ERROR, −").append(warning)
                    .append(" per WARNING, floor ").append(floor);
        } else {
            b.append("起始 ").append(start).append(" 分，每个错误扣 ").append(error).append(" 分，每个警告扣 ")
                    .append(warning).append(" 分，最低 ").append(floor).append(" 分");
        }
        if (!rules.isEmpty()) {
            b.append(lang == Language.EN ? "; per rule: " : "；按规则：");
            List<String> parts = new ArrayList<>();
            rules.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> parts.add(e.getKey() + " −" + e.getValue()));
            b.append(String.join(lang == Language.EN ? ", " : "，", parts));
        }
        return b.toString();
    }

    /** One ranked record: its position in the input (for links), who, the score and its rank. */
    record Entry(int seq, String recordId, String county, String name, int score, String formula, int rank) {
    }

    /**
     * Ranks entries: highest score first, ties share a rank (1, 2, 2, 4), equal scores in record ID
     * order. The input entries' {@code rank} is ignored.
     */
    static List<Entry> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::score).reversed()
                .thenComparing(e -> e.recordId() == null ? "" : e.recordId()).thenComparingInt(Entry::seq));
        List<Entry> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score() == e.score() ? out.get(i - 1).rank() : i + 1;
            out.add(new Entry(e.seq(), e.recordId(), e.county(), e.name(), e.score(), e.formula(), rank));
        }
        return List.copyOf(out);
    }

    /** Ranks within each county (counties in name order). */
    static Map<String, List<Entry>> rankByCounty(List<Entry> entries) {
        Map<String, List<Entry>> groups = new TreeMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(e.county(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, rank(v)));
        return out;
    }
}
