package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader.Read;
import org.renda.check.workbook.Workbooks;

/** template, convert, check of workbooks from the command line; every sample record survives the round trip. */
class WorkbookCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void templateWritesAWorkbookThatChecksAsAnIncompleteRecord() throws Exception {
        Path t = dir.resolve("模板.xlsx");
        CliTest.Run r = CliTest.run("template", "--kind", "TOWNSHIP", "--year", "2025", "--out", t.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(Files.size(t)).isGreaterThan(10_000);
        CliTest.Run check = CliTest.run("check", "--format", "json", t.toString());
        assertThat(check.code()).isEqualTo(1); // a blank template is rejected: no record id, name, county
        JsonNode errors = JSON.readTree(check.out()).path("results").get(0).path("errors");
        assertThat(errors.toString()).contains("\"cell\"");
        CliTest.Run bad = CliTest.run("template", "--kind", "VILLAGE", "--year", "2025", "--out", t.toString());
        assertThat(bad.code()).isEqualTo(2);
    }

    @Test
    void convertGoesBothWaysAndGivesTheRecordBack() throws Exception {
        Path xlsx = dir.resolve("t.xlsx");
        Path back = dir.resolve("t.json");
        assertThat(CliTest.run("convert", CliTest.TOWNSHIP, xlsx.toString()).code()).isEqualTo(0);
        assertThat(CliTest.run("convert", xlsx.toString(), back.toString()).code()).isEqualTo(0);
        assertThat(Workbooks.differences(Files.readString(Path.of(CliTest.TOWNSHIP)), Files.readString(back))).isEmpty();
        CliTest.Run json = CliTest.run("check", "--format", "json", CliTest.TOWNSHIP);
        CliTest.Run book = CliTest.run("check", "--format", "json", xlsx.toString());
        assertThat(JSON.readTree(book.out()).path("results").get(0).path("findings"))
                .isEqualTo(JSON.readTree(json.out()).path("results").get(0).path("findings"));
        assertThat(CliTest.run("convert", CliTest.TOWNSHIP, dir.resolve("x.csv").toString()).code()).isEqualTo(2);
    }

    @Test
    void convertOfABadWorkbookNamesTheCells() throws Exception {
        Path junk = Files.writeString(dir.resolve("坏.xlsx"), "不是工作簿");
        CliTest.Run r = CliTest.run("convert", junk.toString(), dir.resolve("out.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("不是 .xlsx 工作簿");
        assertThat(Files.exists(dir.resolve("out.json"))).isFalse();
    }

    @Test
    void everySampleRecordSurvivesTheRoundTrip() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Path file : RecordFiles.expand(Path.of("records"))) {
            if (!file.toString().endsWith(".json")) {
                continue;
            }
            JsonNode node = JSON.readTree(file.toFile());
            for (JsonNode record : node.isArray() ? node : List.of(node)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Workbooks.write(JSON.writeValueAsString(record), List.of(), out);
                Path x = Files.write(dir.resolve("r" + n++ + ".xlsx"), out.toByteArray());
                Read read = Workbooks.read(x, Limits.DEFAULT, Language.ZH);
                List<String> diff = read.json() == null ? List.of(read.errors().toString())
                        : Workbooks.differences(JSON.writeValueAsString(record), read.json());
                if (!read.errors().isEmpty() || !diff.isEmpty()) {
                    failures.add(file + ": " + read.errors() + " " + diff);
                }
            }
        }
        assertThat(n).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void theBundledSampleWorkbooksAreSyntheticAndCheck() throws Exception {
        List<Path> books = RecordFiles.expand(Path.of("workbooks"));
        assertThat(books).hasSizeGreaterThanOrEqualTo(2);
        List<String> kinds = new ArrayList<>();
        try (Checker checker = Checker.builder().build()) {
            for (Path b : books) {
                var results = checker.check(b);
                assertThat(results).hasSize(1);
                assertThat(results.get(0).status()).as(b.toString()).isEqualTo(org.renda.check.Status.CHECKED);
                assertThat(results.get(0).recordId()).contains("合成");
                kinds.add(results.get(0).body().kind());
            }
        }
        assertThat(kinds).contains("TOWNSHIP", "STREET");
        String readme = Files.readString(Path.of("workbooks", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("合成");
    }
}
