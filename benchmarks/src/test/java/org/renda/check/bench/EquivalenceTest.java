package org.renda.check.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.NotChecked;
import org.renda.check.RuleInfo;
import org.renda.check.Status;
import org.renda.check.internal.RecordMapper;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;

/**
 * The Drools checker and {@link PlainJavaChecks} (written from the catalogue) must agree exactly:
 * the same multiset of (ruleId, path) findings and the same not-checked rule IDs, on the two spec
 * examples and on a few hundred random valid records of the years 2021–2026 (every era: 组织法 2015
 * and 2022, 代表法 2015 and 2025, the Loudi pack from 2025, holiday years and weekends). Every rule
 * the checker loads must have a twin: a loaded rule without one fails the test, so the comparison
 * covers all of them. The twin's gating is read from the same {@link RuleInfo} metadata.
 *
 * <p>A disagreement is a bug on one side: the failure names the rule, the record (written to
 * {@code target/equivalence/}) and what each side found.
 */
class EquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RANDOM_RECORDS = Integer.getInteger("equivalence.records", 400);

    private static Checker checker;
    private static PlainJavaChecks plain;
    private static Parameters parameters;
    private static Set<String> compared;

    @BeforeAll
    static void build() {
        checker = Checkers.build();
        plain = new PlainJavaChecks(checker.rules());
        compared = new HashSet<>(plain.checkedIds());
        parameters = PlainJavaChecks.fromDisplay(checker.parameters());
        System.out.printf("[equivalence] comparing %d loaded rules (%d twins written)%n", compared.size(),
                PlainJavaChecks.ids().size());
    }

    @Test
    void everyLoadedRuleHasATwin() {
        assertThat(plain.missingTwins()).as("loaded rules with no plain-Java twin in PlainJavaChecks").isEmpty();
        assertThat(compared).hasSize(checker.rules().size());
    }

    @Test
    void gatingIsReadFromTheRuleMetadata() throws Exception {
        // a 2021 session short of its quorum: SESSION-QUORUM-001 has @appliesFrom("2022-03-12"), so
        // neither side reports it; the same twin built from metadata without that date does
        String json = java.util.regex.Pattern.compile("\"(20\\d\\d)-(\\d\\d-\\d\\d)\"")
                .matcher(new String(RecordGen.example(RecordGen.TOWNSHIP), StandardCharsets.UTF_8)
                        .replace("\"year\": 2024", "\"year\": 2021").replace("\"fiscalYear\": 2024", "\"fiscalYear\": 2021")
                        .replace("\"fiscalYear\": 2023", "\"fiscalYear\": 2020"))
                .replaceAll(m -> "\"" + (Integer.parseInt(m.group(1)) - 3) + "-" + m.group(2) + "\"");
        com.fasterxml.jackson.databind.node.ObjectNode r = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.path("sessions").get(0)).put("deputiesPresent", 1);
        r.path("sessions").get(0).path("agenda").forEach(a -> {
            if (a.get("vote") instanceof com.fasterxml.jackson.databind.node.ObjectNode v) {
                v.put("for", 1).put("against", 0).put("abstain", 0);
            }
        });
        json = JSON.writeValueAsString(r);
        List<String> problems = new ArrayList<>();
        List<PlainJavaChecks.Hit> hits = compare("2021 township, quorum short", json, problems);
        assertThat(problems).isEmpty();
        assertThat(hits).noneMatch(h -> h.ruleId().equals("SESSION-QUORUM-001"));

        List<RuleInfo> withoutDate = new ArrayList<>();
        for (RuleInfo i : checker.rules()) {
            withoutDate.add(!i.id().equals("SESSION-QUORUM-001") ? i : new RuleInfo(i.id(), i.pack(), i.severity(),
                    i.title(), i.basis(), i.appliesTo(), i.needs(), i.yearComplete(), i.since(), i.remedy(), i.source(),
                    i.fromYear(), null));
        }
        AnnualRecord record = RecordMapper.map(JSON.readTree(json));
        assertThat(new PlainJavaChecks(withoutDate).check(record, parameters).findings())
                .contains(new PlainJavaChecks.Hit("SESSION-QUORUM-001", "/sessions/0", LocalDate.parse("2021-01-17")));
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    @Test
    void specExamplesAgree() throws Exception {
        List<String> problems = new ArrayList<>();
        compare("township example", new String(RecordGen.example(RecordGen.TOWNSHIP), StandardCharsets.UTF_8), problems);
        compare("street example", new String(RecordGen.example(RecordGen.STREET), StandardCharsets.UTF_8), problems);
        assertThat(problems).as("Drools vs plain Java on the spec examples").isEmpty();
    }

    @Test
    void randomRecordsAgree() throws Exception {
        RecordGen gen = new RecordGen(20240531L);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> fired = new TreeMap<>();
        Map<Integer, Integer> years = new TreeMap<>();
        for (int i = 0; i < RANDOM_RECORDS; i++) {
            com.fasterxml.jackson.databind.node.ObjectNode node = gen.nextNode();
            years.merge(node.get("year").intValue(), 1, Integer::sum);
            String json = RecordGen.text(node);
            for (PlainJavaChecks.Hit h : compare("random #" + i, json, problems)) {
                fired.merge(h.ruleId(), 1, Integer::sum);
            }
        }
        System.out.printf("[equivalence] %d random records (%d candidates, %d rejected by validation); by year %s; findings per rule: %s%n",
                RANDOM_RECORDS, gen.generated(), gen.rejected(), years, fired);
        // every era is exercised, and every rule fired at least once somewhere
        assertThat(years.keySet()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        if (RANDOM_RECORDS >= 400) {
            assertThat(fired.keySet()).as("rules that fired on the random records").containsAll(compared);
        }
        assertThat(problems).as("Drools vs plain Java on random records (seed 20240531)").isEmpty();
    }

    /**
     * The values each finding reports (what the message template is filled with) agree too:
     * {@link PlainJavaChecks#checkWithValues} is the plain-Java side of the rules-only ratio, so it
     * must compute what the DRL consequences pass, value by value (compared as text, the way the
     * messages show them), on the examples and the random records.
     */
    @Test
    void reportedValuesAgree() throws Exception {
        Fixture fx = new Fixture(2, 1L);
        try {
            RecordGen gen = new RecordGen(20240531L);
            List<String> problems = new ArrayList<>();
            List<byte[]> inputs = new ArrayList<>(List.of(RecordGen.example(RecordGen.TOWNSHIP), RecordGen.example(RecordGen.STREET)));
            for (int i = 0; i < RANDOM_RECORDS; i++) {
                inputs.add(gen.next());
            }
            int findings = 0;
            int values = 0;
            for (int i = 0; i < inputs.size(); i++) {
                AnnualRecord record = RecordMapper.map(JSON.readTree(inputs.get(i)));
                org.renda.check.internal.Engine.Matches m = fx.engine.match(record, fx.parameters);
                List<String> d = new ArrayList<>();
                for (int k = 0; k < m.size(); k++) {
                    d.add(m.ruleId(k) + " " + m.path(k) + " " + text(m.values(k)));
                    values += m.values(k).size();
                }
                List<String> p = new ArrayList<>();
                for (PlainJavaChecks.Hit h : plain.checkWithValues(record, fx.parameters).findings()) {
                    p.add(h.ruleId() + " " + h.path() + " " + text(h.valueMap()));
                }
                d.sort(null);
                p.sort(null);
                findings += d.size();
                if (!d.equals(p)) {
                    List<String> onlyD = new ArrayList<>(d);
                    onlyD.removeAll(p);
                    List<String> onlyP = new ArrayList<>(p);
                    onlyP.removeAll(d);
                    problems.add("record #" + i + ": drools only " + onlyD + "; plain only " + onlyP);
                }
            }
            System.out.printf("[equivalence] values: %d records, %d findings, %d values compared%n", inputs.size(), findings, values);
            assertThat(findings).isGreaterThan(1000);
            assertThat(problems).as("reported values, Drools vs plain Java").isEmpty();
        } finally {
            fx.engine.close();
        }
    }

    private static String text(Map<String, Object> values) {
        Map<String, String> t = new TreeMap<>();
        values.forEach((k, v) -> t.put(k, String.valueOf(v)));
        return t.toString();
    }

    /** Compares one record; adds a problem line per disagreeing rule; returns plain Java's findings. */
    private static List<PlainJavaChecks.Hit> compare(String name, String json, List<String> problems) throws Exception {
        List<CheckResult> results = checker.check(json, name);
        assertThat(results).hasSize(1);
        CheckResult drools = results.get(0);
        assertThat(drools.status()).as(name + " " + drools.errors()).isEqualTo(Status.CHECKED);
        AnnualRecord record = RecordMapper.map(JSON.readTree(json));
        PlainJavaChecks.Result reference = plain.check(record, parameters);

        Map<String, List<String>> byRuleDrools = new TreeMap<>();
        for (Finding f : drools.findings()) {
            if (compared.contains(f.ruleId())) {
                byRuleDrools.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f.path());
            }
        }
        Map<String, List<String>> byRulePlain = new TreeMap<>();
        for (PlainJavaChecks.Hit h : reference.findings()) {
            byRulePlain.computeIfAbsent(h.ruleId(), k -> new ArrayList<>()).add(h.path());
        }
        Set<String> rules = new HashSet<>(byRuleDrools.keySet());
        rules.addAll(byRulePlain.keySet());
        int before = problems.size();
        for (String rule : new java.util.TreeSet<>(rules)) {
            List<String> d = new ArrayList<>(byRuleDrools.getOrDefault(rule, List.of()));
            List<String> p = new ArrayList<>(byRulePlain.getOrDefault(rule, List.of()));
            d.sort(null);
            p.sort(null);
            if (!d.equals(p)) {
                problems.add(rule + " on " + name + ": drools " + d + " vs plain " + p);
            }
        }
        Set<String> ncDrools = new java.util.TreeSet<>();
        for (NotChecked n : drools.notChecked()) {
            if (compared.contains(n.ruleId())) {
                ncDrools.add(n.ruleId());
            }
        }
        Set<String> ncPlain = new java.util.TreeSet<>(reference.notChecked());
        if (!ncDrools.equals(ncPlain)) {
            problems.add("not checked on " + name + ": drools " + ncDrools + " vs plain " + ncPlain);
        }
        if (problems.size() > before) {
            Path dir = Path.of("target", "equivalence");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".json"), json);
        }
        return reference.findings();
    }
}
