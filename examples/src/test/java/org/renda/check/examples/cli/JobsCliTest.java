package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --jobs N} (issue 16): the report is the same byte for byte with one worker and with four,
 * the results stay in input order, and bad files in the middle of the batch change nothing else.
 */
class JobsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** 40 files: clean and faulty township and street records, batches, broken files and a rejected record. */
    @BeforeAll
    static void records() throws Exception {
        ObjectNode township = (ObjectNode) JSON.readTree(Path.of(CliTest.TOWNSHIP).toFile());
        ObjectNode street = (ObjectNode) JSON.readTree(Path.of(CliTest.STREET).toFile());
        for (int i = 0; i < 40; i++) {
            Path f = dir.resolve(String.format("%02d/r%02d.json", i % 7, i));
            Files.createDirectories(f.getParent());
            ObjectNode r = (i % 3 == 0 ? street : township).deepCopy();
            r.put("recordId", "R-" + i);
            switch (i % 5) {
                case 1 -> r.withArray("sessions").removeAll(); // findings (no session)
                case 2 -> r.put("asOfDate", "2024-0" + (1 + i % 9) + "-15"); // a year not complete
                case 3 -> ((ObjectNode) r.path("body")).put("kind", "VILLAGE"); // rejected
                default -> { }
            }
            String text = JSON.writeValueAsString(r);
            if (i % 11 == 4) {
                text = "{ broken";
            } else if (i % 8 == 5) {
                ArrayNode batch = JSON.createArrayNode().add(r).add(township.deepCopy().put("recordId", "B-" + i));
                text = JSON.writeValueAsString(batch);
            }
            Files.writeString(f, text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void jsonReportIsByteIdenticalWithOneAndFourJobsAndInInputOrder() throws Exception {
        CliTest.Run one = CliTest.run("check", "--format", "json", "--jobs", "1", dir.toString());
        CliTest.Run four = CliTest.run("check", "--format", "json", "--jobs", "4", dir.toString());
        assertThat(four.code()).isEqualTo(one.code()).isEqualTo(1);
        assertThat(four.out()).isEqualTo(one.out());
        JsonNode results = JSON.readTree(four.out()).path("results");
        assertThat(results).hasSize(40 + 4); // four files are batches of two
        String previous = "";
        for (JsonNode r : results) {
            String source = r.path("source").asText();
            assertThat(source.compareTo(previous)).as("files in sorted order").isGreaterThanOrEqualTo(0);
            previous = source;
        }
        assertThat(results.findValuesAsText("status")).contains("CHECKED", "REJECTED");
    }

    @Test
    void textAndDueAreByteIdenticalToo() {
        for (String[] args : new String[][] {{"check"}, {"check", "--lang", "en"}, {"due", "--month", "2024-12", "--format", "json"}}) {
            String[] a1 = concat(args, "--jobs", "1", dir.toString());
            String[] a4 = concat(args, "--jobs", "4", dir.toString());
            CliTest.Run one = CliTest.run(a1);
            CliTest.Run four = CliTest.run(a4);
            assertThat(four.code()).as(String.join(" ", args)).isEqualTo(one.code());
            // the text report's header names the time of the run, which two runs may not share
            assertThat(mask(four.out())).as(String.join(" ", args)).isEqualTo(mask(one.out())).isNotBlank();
        }
    }

    @Test
    void jobsBelowOneIsAUsageError() {
        CliTest.Run r = CliTest.run("check", "--jobs", "0", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--jobs 须为 1 或更大的整数，而不是 0");
        CliTest.Run en = CliTest.run("due", "--lang", "en", "--month", "2024-12", "--jobs", "-1", dir.toString());
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("--jobs must be 1 or more, not -1");
    }

    private static String mask(String s) {
        return s.replaceAll("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?", "<time>");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
