package org.renda.check.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.renda.check.Status;
import org.renda.check.internal.RecordMapper;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;

/**
 * The Drools checker and {@link PlainJavaChecks} (written from the catalogue) must agree exactly:
 * the same multiset of (ruleId, path) findings and the same not-checked rule IDs, on the two spec
 * examples and on a few hundred random valid records. Only rules the checker has loaded are
 * compared, so this test is strict for every rule that exists and becomes fully strict when all
 * 59 are merged; the missing ones are printed, not failed.
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
        Set<String> loaded = new HashSet<>(Checkers.ruleIds(checker));
        compared = new HashSet<>(PlainJavaChecks.ids());
        compared.retainAll(loaded);
        plain = new PlainJavaChecks(compared::contains);
        parameters = PlainJavaChecks.fromDisplay(checker.parameters());
        List<String> missing = new ArrayList<>(PlainJavaChecks.ids());
        missing.removeAll(loaded);
        System.out.printf("[equivalence] comparing %d of %d catalogue rules; %d not loaded yet%s%n", compared.size(),
                PlainJavaChecks.ids().size(), missing.size(), missing.isEmpty() ? "" : ": " + missing);
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
        for (int i = 0; i < RANDOM_RECORDS; i++) {
            String json = RecordGen.text(gen.nextNode());
            for (PlainJavaChecks.Hit h : compare("random #" + i, json, problems)) {
                fired.merge(h.ruleId(), 1, Integer::sum);
            }
        }
        System.out.printf("[equivalence] %d random records (%d candidates, %d rejected by validation); findings per rule: %s%n",
                RANDOM_RECORDS, gen.generated(), gen.rejected(), fired);
        assertThat(problems).as("Drools vs plain Java on random records (seed 20240531)").isEmpty();
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
