package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.examples.SpecRecords;

/** The harness as an auditor uses it: commands, exit codes, the JSON report's shape. */
class CliTest {

    static final String TOWNSHIP = SpecRecords.TOWNSHIP;
    static final String STREET = SpecRecords.STREET;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void specExamplesAreCleanAndExitZero(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Run r = run("check", "--format", "json", "--out", report.toString(), TOWNSHIP, STREET);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("results")).hasSize(2);
        for (JsonNode result : json.path("results")) {
            assertThat(result.path("status").asText()).isEqualTo("CHECKED");
            assertThat(result.path("findings")).isEmpty();
            assertThat(result.path("index").asInt()).isZero();
        }
        assertThat(json.path("results").get(0).path("source").asText()).isEqualTo(TOWNSHIP);
        assertThat(json.path("summary").path("records").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("findings").path("ERROR").asInt()).isZero();
        assertThat(json.path("parameters").path("minSessionHalfDays").asInt()).isEqualTo(2);
        assertThat(json.path("packs").get(0).path("sha256").asText()).hasSize(64);
        assertThat(Files.list(dir)).containsExactly(report); // no temporary file left behind
    }

    @Test
    void villageIsRejectedAtBodyKindAndExitsOne(@TempDir Path dir) throws Exception {
        Path village = dir.resolve("village.json");
        Files.writeString(village, Files.readString(Path.of(TOWNSHIP)).replace("\"TOWNSHIP\"", "\"VILLAGE\""));
        Run r = run("check", "--format", "json", village.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(r.out()).path("results").get(0);
        assertThat(result.path("status").asText()).isEqualTo("REJECTED");
        assertThat(result.path("recordId").asText()).isEqualTo("娄底市/双峰县/示例镇/2024");
        assertThat(result.path("errors").get(0).path("path").asText()).isEqualTo("/body/kind");
    }

    @Test
    void aFolderIsReadRecursivelyInSortedOrderAndBadFilesDoNotStopTheBatch(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.copy(Path.of(STREET), dir.resolve("b/street.json"));
        Files.copy(Path.of(TOWNSHIP), dir.resolve("a.json"));
        Files.writeString(dir.resolve("b/broken.json"), "{ not json", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Run r = run("check", "--format", "json", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(r.out()).path("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).path("source").asText()).isEqualTo(dir.resolve("a.json").toString());
        assertThat(results.get(1).path("source").asText()).isEqualTo(dir.resolve("b/broken.json").toString());
        assertThat(results.get(1).path("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(2).path("status").asText()).isEqualTo("CHECKED");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("check").code()).isEqualTo(2);
        assertThat(run("check", "--format", "pdf", TOWNSHIP).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        Run unknownPack = run("check", "--packs", "national,shanghai", TOWNSHIP);
        assertThat(unknownPack.code()).isEqualTo(2);
        assertThat(unknownPack.err()).contains("shanghai");
    }

    @Test
    void unknownParameterIsALoadErrorNamingIt(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "minSessionHalfDay: 3\nnoticeDays: \"seven\"\n");
        Run r = run("check", "--params", params.toString(), TOWNSHIP);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("minSessionHalfDay").contains("noticeDays");
    }

    @Test
    void textReportInEnglish() {
        Run r = run("check", "--lang", "en", TOWNSHIP);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("[CHECKED]").contains("Summary");
    }

    @Test
    void rulesListsTheCatalogue() throws Exception {
        Run r = run("rules", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode rules = new ObjectMapper().readTree(r.out()).path("rules");
        assertThat(rules).hasSize(65);
    }
}
