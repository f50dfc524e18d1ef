package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renda.check.PackProblem;
import org.renda.check.model.Parameters;

/**
 * The parameters the packs declare ({@code pack.json} → {@code parameters}), and their values
 * after overrides. Each declaration carries its type, default, bounds, the legal reference and a
 * description (OpenFisca's model: a parameter knows where it comes from).
 *
 * <p>Types: {@code int} (a whole number, with optional {@code min}/{@code max}) and
 * {@code monthDay} ({@code "MM-DD"}). A declaration with {@code "fixed": true} is a number the law
 * itself sets (e.g. the three-month reply deadline): it is named so no rule holds a bare literal,
 * and an override is refused.
 */
public final class ParameterSet {

    /** One declared parameter. */
    public record Declaration(String name, String pack, String type, Object defaultValue, Integer min,
                              Integer max, boolean fixed, String basis, String description) {
    }

    private final Map<String, Declaration> declarations;
    private final Parameters values;

    private ParameterSet(Map<String, Declaration> declarations, Parameters values) {
        this.declarations = declarations;
        this.values = values;
    }

    public Parameters values() {
        return values;
    }

    public Map<String, Declaration> declarations() {
        return declarations;
    }

    /**
     * Resolves the declarations of the given packs against overrides. Every problem is added to
     * {@code problems} (unknown name, wrong type, out of bounds, fixed by law, conflicting
     * declarations); the result is null when there was any.
     */
    public static ParameterSet resolve(List<PackFiles> packs, Map<String, Object> overrides, String overrideSource,
                                       List<PackProblem> problems) {
        int before = problems.size();
        Map<String, Declaration> decls = new LinkedHashMap<>();
        for (PackFiles pack : packs) {
            JsonNode params = pack.descriptor().path("parameters");
            params.fields().forEachRemaining(e -> {
                Declaration d = declaration(pack, e.getKey(), e.getValue(), problems);
                if (d == null) {
                    return;
                }
                Declaration previous = decls.get(d.name());
                if (previous != null && !previous.defaultValue().equals(d.defaultValue())) {
                    problems.add(new PackProblem(pack.id() + "/pack.json", 0, null, "参数 " + d.name()
                            + " 在包 " + previous.pack() + " 与 " + pack.id() + " 中的默认值不一致"));
                } else if (previous == null) {
                    decls.put(d.name(), d);
                }
            });
        }
        Map<String, Object> vals = new LinkedHashMap<>();
        decls.forEach((name, d) -> vals.put(name, d.defaultValue()));
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            Declaration d = decls.get(e.getKey());
            if (d == null) {
                problems.add(new PackProblem(overrideSource, 0, null, "未知参数 " + e.getKey()
                        + "（已声明的参数：" + String.join("、", decls.keySet()) + "）"));
                continue;
            }
            if (d.fixed()) {
                problems.add(new PackProblem(overrideSource, 0, null, "参数 " + d.name()
                        + " 由法律规定（" + d.basis() + "），不可覆盖"));
                continue;
            }
            String problem = checkValue(d, e.getValue());
            if (problem != null) {
                problems.add(new PackProblem(overrideSource, 0, null, problem));
                continue;
            }
            vals.put(d.name(), convert(d, e.getValue()));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ParameterSet(decls, new Parameters(vals));
    }

    /** Values for one fixture case: these defaults with the case's own overrides; null on a problem. */
    public Parameters withOverrides(Map<String, Object> overrides, List<String> problems) {
        Map<String, Object> vals = new LinkedHashMap<>(values.asMap());
        overrides.forEach((k, v) -> {
            Declaration d = declarations.get(k);
            String p = d == null ? "未知参数 " + k : checkValue(d, v);
            if (p != null) {
                problems.add(p);
            } else {
                vals.put(k, convert(d, v));
            }
        });
        return problems.isEmpty() ? new Parameters(vals) : null;
    }

    private static Declaration declaration(PackFiles pack, String name, JsonNode n, List<PackProblem> problems) {
        String file = pack.id() + "/pack.json";
        String type = n.path("type").asText("");
        JsonNode def = n.get("default");
        Object value;
        if ("int".equals(type) && def != null && def.isIntegralNumber() && def.canConvertToInt()) {
            value = def.intValue();
        } else if ("monthDay".equals(type) && def != null && def.isTextual() && parseMonthDay(def.asText()) != null) {
            value = parseMonthDay(def.asText());
        } else {
            problems.add(new PackProblem(file, 0, null, "参数 " + name
                    + " 的声明无效：需要 type 为 int 或 monthDay，且 default 与之相符"));
            return null;
        }
        Integer min = n.hasNonNull("min") ? n.get("min").intValue() : null;
        Integer max = n.hasNonNull("max") ? n.get("max").intValue() : null;
        return new Declaration(name, pack.id(), type, value, min, max, n.path("fixed").asBoolean(false),
                n.path("basis").asText(""), n.path("description").asText(""));
    }

    private static String checkValue(Declaration d, Object v) {
        if ("int".equals(d.type())) {
            if (!(v instanceof Integer || v instanceof Long || v instanceof Short)) {
                return "参数 " + d.name() + " 应为整数，实为 " + describe(v);
            }
            long x = ((Number) v).longValue();
            if ((d.min() != null && x < d.min()) || (d.max() != null && x > d.max()) || x > Integer.MAX_VALUE) {
                return "参数 " + d.name() + " 应在 " + (d.min() == null ? "…" : d.min()) + " 到 "
                        + (d.max() == null ? "…" : d.max()) + " 之间，实为 " + x;
            }
            return null;
        }
        if (!(v instanceof String s) || parseMonthDay(s) == null) {
            return "参数 " + d.name() + " 应为月-日 \"MM-DD\"（如 \"03-31\"），实为 " + describe(v);
        }
        return null;
    }

    private static Object convert(Declaration d, Object v) {
        return "int".equals(d.type()) ? (Object) ((Number) v).intValue() : parseMonthDay((String) v);
    }

    static MonthDay parseMonthDay(String s) {
        String t = s.strip();
        if (!t.matches("(--)?\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return MonthDay.parse(t.startsWith("--") ? t : "--" + t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "字符串 \"" + s + "\"";
        }
        return v.getClass().getSimpleName() + " " + v;
    }

    /** The values as the report shows them (month-days as "MM-DD"). */
    public Map<String, Object> displayValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.asMap().forEach((k, v) -> out.put(k, v instanceof MonthDay md
                ? String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth()) : v));
        return out;
    }

    /** Lists parameter names used in DRL text via {@code intValue("x")} / {@code monthDay("x")}. */
    public static List<String> namesUsedIn(String drl) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:intValue|monthDay)\\(\\s*\"([A-Za-z0-9_]+)\"\\s*\\)")
                .matcher(drl);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
