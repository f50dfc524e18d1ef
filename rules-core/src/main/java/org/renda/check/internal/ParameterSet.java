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
                              Integer max, boolean fixed, String basis, String description, String defaultFrom) {
        /** The same parameter with the default a pack layered above sets. */
        Declaration withDefault(Object value, String from) {
            return new Declaration(name, pack, type, value, min, max, fixed, basis, description, from);
        }
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
        Map<String, PackFiles> byId = Layers.byId(packs);
        for (PackFiles pack : packs) {
            JsonNode params = pack.descriptor().path("parameters");
            params.fields().forEachRemaining(e -> {
                Declaration below = decls.get(e.getKey());
                if (below != null && Layers.extendsPack(pack.id(), below.pack(), byId)) {
                    layerDefault(pack, below, e.getValue(), decls, problems);
                    return;
                }
                Declaration d = declaration(pack, e.getKey(), e.getValue(), problems);
                if (d == null) {
                    return;
                }
                Declaration previous = decls.get(d.name());
                if (previous != null && !previous.defaultValue().equals(d.defaultValue())) {
                    problems.add(Msg.problem(pack.id() + "/pack.json", 0, null, "parameterSet.parameterHasDifferentDefaultsPacks", d.name(), previous.pack(), pack.id()));
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
                problems.add(Msg.problem(overrideSource, 0, null, "parameterSet.unknownParameterDeclared", e.getKey(),
                        new Msg.Joined(decls.keySet())));
                continue;
            }
            if (d.fixed()) {
                problems.add(Msg.problem(overrideSource, 0, null, "parameterSet.parameterFixedByLawCannot", d.name(), d.basis()));
                continue;
            }
            Msg.Text problem = checkValue(d, e.getValue());
            if (problem != null) {
                problems.add(Msg.problem(overrideSource, 0, null, problem));
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
    public Parameters withOverrides(Map<String, Object> overrides, List<Msg.Text> problems) {
        Map<String, Object> vals = new LinkedHashMap<>(values.asMap());
        overrides.forEach((k, v) -> {
            Declaration d = declarations.get(k);
            Msg.Text p = d == null ? new Msg.Text("parameterSet.unknownParameter", k) : checkValue(d, v);
            if (p != null) {
                problems.add(p);
            } else {
                vals.put(k, convert(d, v));
            }
        });
        return problems.isEmpty() ? new Parameters(vals) : null;
    }

    /**
     * A pack layered on the declaring pack gives a parameter a new default: {@code "name": {"default": v}}
     * (type, bounds and basis stay those of the pack below). A number the law fixes cannot be changed.
     */
    private static void layerDefault(PackFiles pack, Declaration below, JsonNode n, Map<String, Declaration> decls,
                                     List<PackProblem> problems) {
        String file = pack.displayName("pack.json");
        JsonNode def = n.get("default");
        if (def == null) {
            problems.add(Msg.problem(file, 0, null, "parameterSet.parameterDeclaredByPackBelow", below.name(), below.pack()));
            return;
        }
        if (n.has("type") && !below.type().equals(n.path("type").asText())) {
            problems.add(Msg.problem(file, 0, null, "parameterSet.parameterHasTypePackBelow", below.name(), below.pack(), below.type(), n.path("type").asText()));
            return;
        }
        if (below.fixed()) {
            problems.add(Msg.problem(file, 0, null, "parameterSet.parameterFixedByLawPack", below.name(), below.basis()));
            return;
        }
        Object v = def.isIntegralNumber() ? (Object) def.longValue() : def.isTextual() ? def.asText() : def.toString();
        Msg.Text problem = checkValue(below, v);
        if (problem != null) {
            problems.add(Msg.problem(file, 0, null, problem));
            return;
        }
        decls.put(below.name(), below.withDefault(convert(below, v), pack.id()));
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
            problems.add(Msg.problem(file, 0, null, "parameterSet.declarationParameterInvalidTypeMust", name));
            return null;
        }
        Integer min = n.hasNonNull("min") ? n.get("min").intValue() : null;
        Integer max = n.hasNonNull("max") ? n.get("max").intValue() : null;
        return new Declaration(name, pack.id(), type, value, min, max, n.path("fixed").asBoolean(false),
                n.path("basis").asText(""), n.path("description").asText(""), pack.id());
    }

    private static Msg.Text checkValue(Declaration d, Object v) {
        if ("int".equals(d.type())) {
            if (!(v instanceof Integer || v instanceof Long || v instanceof Short)) {
                return new Msg.Text("parameterSet.notAnInteger", d.name(), describe(v));
            }
            long x = ((Number) v).longValue();
            if ((d.min() != null && x < d.min()) || (d.max() != null && x > d.max()) || x > Integer.MAX_VALUE) {
                return new Msg.Text("parameterSet.outOfRange", d.name(), d.min() == null ? "…" : d.min(),
                        d.max() == null ? "…" : d.max(), x);
            }
            return null;
        }
        if (!(v instanceof String s) || parseMonthDay(s) == null) {
            return new Msg.Text("parameterSet.notAMonthDay", d.name(), describe(v));
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

    private static Object describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return new Msg.Text("parameterSet.aString", s);
        }
        return v.getClass().getSimpleName() + " " + v;
    }

    /** The values as the report shows them (month-days as "MM-DD"). */
    public Map<String, Object> displayValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.asMap().forEach((k, v) -> out.put(k, display(v)));
        return out;
    }

    /** A value as the report shows it: a month-day as "MM-DD", anything else as itself. */
    public static Object display(Object v) {
        return v instanceof MonthDay md ? String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth()) : v;
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
