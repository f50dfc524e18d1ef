package org.renda.check.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.RuleInfo;
import org.renda.check.Status;

class SampleGeneratorTest {

    private static Checker checker;

    @BeforeAll
    static void build() throws Exception {
        checker = Checker.builder().build();
    }

    @AfterAll
    static void close() {
        checker.close();
    }

    private static List<CheckResult> checkAll(Path dir) {
        List<CheckResult> all = new ArrayList<>();
        for (Path file : org.renda.check.examples.cli.RecordFiles.expand(dir)) {
            all.addAll(checker.check(file));
        }
        return all;
    }

    @Test
    void everyGeneratedRecordIsValidAndEveryInjectedFaultIsFoundByItsRuleWhenLoaded(@TempDir Path dir) throws IOException {
        int n = new SampleGenerator(11, 2025, true).generate(dir, 30, 8);
        assertThat(n).isEqualTo(38);
        List<CheckResult> results = checkAll(dir);
        assertThat(results).hasSize(38);
        for (CheckResult r : results) {
            assertThat(r.status()).as(r.recordId() + " " + r.errors()).isEqualTo(Status.CHECKED);
            assertThat(r.recordId()).contains("(合成)");
        }
        // faults.tsv: recordId, fault, ruleId. A fault whose rule is loaded must be found by it.
        Set<String> loaded = new HashSet<>();
        checker.rules().stream().map(RuleInfo::id).forEach(loaded::add);
        Map<String, Set<String>> found = new HashMap<>();
        for (CheckResult r : results) {
            Set<String> ids = found.computeIfAbsent(r.recordId(), k -> new HashSet<>());
            r.findings().stream().map(Finding::ruleId).forEach(ids::add);
        }
        List<String> lines = Files.readAllLines(dir.resolve("faults.tsv"));
        assertThat(lines.get(0)).isEqualTo("recordId\tfault\truleId");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (loaded.contains(f[2])) {
                assertThat(found.get(f[0])).as(line).contains(f[2]);
            }
        }
        assertThat(Files.readString(dir.resolve("README.md"))).contains("合成数据 / synthetic");
    }

    @Test
    void withoutFaultsNoRuleFindsAnything(@TempDir Path dir) throws IOException {
        new SampleGenerator(5, 2025, false).generate(dir, 20, 6);
        for (CheckResult r : checkAll(dir)) {
            assertThat(r.status()).as(r.recordId() + " " + r.errors()).isEqualTo(Status.CHECKED);
            assertThat(r.findings()).as(r.recordId()).isEmpty();
        }
    }

    /** Rule catalogue 1.1: the Loudi pack applies from 2025 — the same faults give LD-* findings in 2025 only. */
    @Test
    void loudiRulesFindTheFaultsOf2025AndNeverApplyTo2024(@TempDir Path y2024, @TempDir Path y2025) throws IOException {
        new SampleGenerator(11, 2024, true).generate(y2024, 30, 8);
        new SampleGenerator(11, 2025, true).generate(y2025, 30, 8);
        List<CheckResult> old = checkAll(y2024);
        assertThat(old).hasSize(38).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.CHECKED);
            assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("LD-"));
            assertThat(r.notChecked()).noneMatch(n -> n.ruleId().startsWith("LD-"));
        });
        assertThat(checkAll(y2025).stream().flatMap(r -> r.findings().stream()).map(Finding::ruleId)
                .filter(id -> id.startsWith("LD-")).distinct())
                .contains("LD-STATION-IDLE-001", "LD-LAW-INSPECT-001", "LD-NORMDOC-001");
    }

    /** The bundled sample (the one folder under records/) is what the generator writes with its defaults. */
    @Test
    void theBundledSampleIsTheGeneratorsOutputWithItsDefaults(@TempDir Path out) throws IOException {
        List<Path> folders;
        try (var s = Files.list(Path.of("records"))) {
            folders = s.filter(Files::isDirectory).toList();
        }
        assertThat(folders).hasSize(1);
        Path bundled = folders.get(0);
        new SampleGenerator(2025, 2025, true).generate(out, 68, 19); // main()'s defaults
        List<Path> generated = files(out);
        assertThat(files(bundled)).isEqualTo(generated).hasSize(68 + 19 + 2);
        for (Path rel : generated) {
            assertThat(Files.readAllBytes(bundled.resolve(rel))).as(rel.toString()).isEqualTo(Files.readAllBytes(out.resolve(rel)));
        }
    }

    @Test
    void sameSeedGivesByteIdenticalOutput(@TempDir Path a, @TempDir Path b) throws IOException {
        new SampleGenerator(2024, 2024, true).generate(a, 15, 5);
        new SampleGenerator(2024, 2024, true).generate(b, 15, 5);
        List<Path> fa = files(a);
        assertThat(fa).isEqualTo(files(b)).hasSize(15 + 5 + 2);
        for (Path rel : fa) {
            assertThat(Files.readAllBytes(b.resolve(rel))).as(rel.toString()).isEqualTo(Files.readAllBytes(a.resolve(rel)));
        }
    }

    @Test
    void spreadsOverCountiesByWeight() {
        assertThat(SampleGenerator.spread(68, SampleGenerator.TOWNSHIP_WEIGHTS)).containsExactly(4, 15, 28, 6, 13, 2);
        assertThat(SampleGenerator.spread(19, SampleGenerator.STREET_WEIGHTS)).containsExactly(8, 1, 2, 3, 3, 2);
        assertThat(java.util.Arrays.stream(SampleGenerator.spread(50000, SampleGenerator.TOWNSHIP_WEIGHTS)).sum()).isEqualTo(50000);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
