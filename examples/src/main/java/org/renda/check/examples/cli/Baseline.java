package org.renda.check.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.JsonReportWriter;
import org.renda.check.Language;

/**
 * 整改跟踪: a previous JSON report of this tool ({@code check --baseline PREVIOUS.json}). Bodies are
 * matched by kind, name, county and year; findings by their {@code fingerprint}. Holds, per checked
 * body of the baseline, its score, band, rank and its findings' fingerprint, rule, title, message
 * and path (the baseline is read once, streaming, and kept in memory), and per county its average
 * score and rank among the counties of the same period.
 */
final class Baseline {

    /** A finding of the baseline. */
    record Old(String fingerprint, String ruleId, String severity, String title, String message, String path) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fingerprint", fingerprint);
            m.put("ruleId", ruleId);
            m.put("severity", severity);
            m.put("title", title);
            m.put("message", message);
            m.put("path", path);
            return m;
        }
    }

    /** A body of the baseline: where it stood then, and what was found. */
    record Body(String source, String asOfDate, Integer score, String band, Integer rank, List<Old> findings) {
        Set<String> fingerprints() {
            Set<String> s = new HashSet<>();
            findings.forEach(f -> s.add(f.fingerprint()));
            return s;
        }
    }

    /** A county then: its bodies' average score and its rank among the counties of that period. */
    record County(String period, int bodies, double average, int rank) {
    }

    final Path file;
    private final Map<String, Body> bodies;
    private final Map<String, County> counties;

    private Baseline(Path file, Map<String, Body> bodies, Map<String, County> counties) {
        this.file = file;
        this.bodies = bodies;
        this.counties = counties;
    }

    /** The baseline body of a current record, or null when the baseline has none. */
    Body of(CheckResult r) {
        String k = Ranking.bodyKey(r.body());
        return k == null ? null : bodies.get(k);
    }

    /** The county then (its latest period in the baseline), or null. */
    County county(String name) {
        return counties.get(name);
    }

    /** NEW or PERSISTING for a current finding of a body the baseline has (null body: NEW). */
    static String mark(Set<String> before, Finding f) {
        return before != null && before.contains(f.fingerprint()) ? "PERSISTING" : "NEW";
    }

    /** The baseline's findings that are gone now (已整改). */
    static List<Old> resolved(Body before, List<Finding> now) {
        if (before == null) {
            return List.of();
        }
        Set<String> current = new HashSet<>();
        now.forEach(f -> current.add(f.fingerprint()));
        List<Old> out = new ArrayList<>();
        for (Old o : before.findings()) {
            if (!current.contains(o.fingerprint())) {
                out.add(o);
            }
        }
        return out;
    }

    /** Thrown for a file that is not a report of this tool: the message says where and what. */
    static final class NotAReport extends Exception {
        NotAReport(String message) {
            super(message);
        }
    }

    /** "Not a JSON report of renda-check: " and why. */
    private static NotAReport notAReport(Language lang, String why, Object... args) {
        return new NotAReport(Texts.get(lang, "baseline.notAReport", Texts.get(lang, why, args)));
    }

    /** Reads a JSON report written by {@code check --format json}. */
    static Baseline load(Path file, Language lang) throws NotAReport {
        if (!Files.isRegularFile(file)) {
            throw new NotAReport(Texts.get(lang, "baseline.noSuchFile"));
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Body> bodies = new HashMap<>();
        Map<String, double[]> sums = new TreeMap<>(); // county|period -> {sum, n}
        boolean tool = false;
        boolean results = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            p.setCodec(mapper);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAReport(lang, "baseline.notAnObject");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                p.nextToken();
                if (name.equals("tool")) {
                    JsonNode t = p.readValueAsTree();
                    if (!JsonReportWriter.TOOL.equals(t.path("name").asText())) {
                        throw notAReport(lang, "baseline.otherTool", t.path("name"));
                    }
                    tool = true;
                } else if (name.equals("results") && p.currentToken() == JsonToken.START_ARRAY) {
                    results = true;
                    int i = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode r = p.readValueAsTree();
                        read(r, "/results/" + i, bodies, sums, lang);
                        i++;
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw notAReport(lang, "baseline.invalidJson", e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotAReport(Texts.get(lang, "baseline.cannotRead", e.getMessage()));
        }
        if (!tool || !results) {
            throw notAReport(lang, "baseline.missing", !tool ? "/tool" : "/results");
        }
        return new Baseline(file, bodies, counties(sums));
    }

    private static void read(JsonNode r, String where, Map<String, Body> bodies, Map<String, double[]> sums,
                             Language lang) throws NotAReport {
        if (!"CHECKED".equals(r.path("status").asText())) {
            return;
        }
        JsonNode b = r.path("body");
        CheckResult.Body body = new CheckResult.Body(text(b, "kind"), text(b, "name"), text(b, "county"),
                b.path("year").isInt() ? b.get("year").intValue() : null, text(b, "asOfDate"), List.of());
        List<Old> findings = new ArrayList<>();
        JsonNode fs = r.path("findings");
        for (int i = 0; i < fs.size(); i++) {
            JsonNode f = fs.get(i);
            if (!f.path("fingerprint").isTextual()) {
                throw notAReport(lang, "baseline.noFingerprint", where + "/findings/" + i);
            }
            findings.add(new Old(f.get("fingerprint").asText(), text(f, "ruleId"), text(f, "severity"), text(f, "title"),
                    text(f, "message"), text(f, "path")));
        }
        Integer score = r.path("score").isInt() ? r.get("score").intValue() : null;
        Integer rank = r.path("rankInCounty").isInt() ? r.get("rankInCounty").intValue() : null;
        Body value = new Body(text(r, "source"), body.asOfDate(), score, text(r, "band"), rank, List.copyOf(findings));
        Body old = bodies.get(Ranking.bodyKey(body));
        if (old == null || (value.asOfDate() != null && (old.asOfDate() == null || value.asOfDate().compareTo(old.asOfDate()) > 0))) {
            bodies.put(Ranking.bodyKey(body), value);
        }
        if (score != null && rank != null) {
            double[] s = sums.computeIfAbsent(body.county() + "|" + Ranking.period(body).key(), k -> new double[2]);
            s[0] += score;
            s[1]++;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** Each county's average and rank within its period; per county its latest period. */
    private static Map<String, County> counties(Map<String, double[]> sums) {
        Map<String, County> out = new HashMap<>();
        for (Map.Entry<String, Double> e : countyRanks(sums).entrySet()) {
            String[] kp = e.getKey().split("\\|", 2);
            double[] s = sums.get(e.getKey());
            County c = new County(kp[1], (int) s[1], s[0] / s[1], (int) Math.round(e.getValue()));
            County old = out.get(kp[0]);
            if (old == null || order(old.period()).compareTo(order(c.period())) < 0) {
                out.put(kp[0], c);
            }
        }
        return out;
    }

    /** A period key in time order: a whole year ("2025") after its quarters ("2025-Q1"). */
    private static String order(String periodKey) {
        return periodKey.contains("-Q") ? periodKey : periodKey + "-Q9";
    }

    /**
     * County ranks within each period by average score (equal averages share a rank), keyed by
     * {@code county|period}. {@code sums}: {@code county|period} → {sum, count}.
     */
    static Map<String, Double> countyRanks(Map<String, double[]> sums) {
        Map<String, List<Map.Entry<String, double[]>>> byPeriod = new TreeMap<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            byPeriod.computeIfAbsent(e.getKey().split("\\|", 2)[1], k -> new ArrayList<>()).add(e);
        }
        Map<String, Double> out = new TreeMap<>();
        for (List<Map.Entry<String, double[]>> list : byPeriod.values()) {
            for (Map.Entry<String, double[]> e : list) {
                double avg = e.getValue()[0] / e.getValue()[1];
                int better = 0;
                for (Map.Entry<String, double[]> o : list) {
                    if (o.getValue()[0] / o.getValue()[1] > avg + 1e-9) {
                        better++;
                    }
                }
                out.put(e.getKey(), (double) (better + 1));
            }
        }
        return out;
    }
}
