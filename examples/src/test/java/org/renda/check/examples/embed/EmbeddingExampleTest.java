package org.renda.check.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.examples.SpecRecords;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, exercised: a clean record has no finding, a faulty one has. */
class EmbeddingExampleTest {

    @Test
    void cleanRecordHasNoFinding() throws Exception {
        Path clean = Path.of(SpecRecords.TOWNSHIP);
        assertThat(EmbeddingExample.findingsOf(clean)).isEmpty();
    }

    @Test
    void quorumShortfallIsReportedWithItsArticle(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = (ObjectNode) json.readTree(Path.of(SpecRecords.TOWNSHIP).toFile());
        ObjectNode second = (ObjectNode) record.path("sessions").get(1);
        second.put("deputiesPresent", 7);               // 7 of 12: short of two thirds
        for (JsonNode item : second.path("agenda")) {   // votes cannot exceed those present
            ((ObjectNode) item.get("vote")).put("for", 7).put("against", 0).put("abstain", 0);
        }
        Path file = dir.resolve("short.json");
        json.writeValue(file.toFile(), record);
        List<String> lines = EmbeddingExample.findingsOf(file);
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("ERROR SESSION-QUORUM-001 /sessions/1 ")
                .contains("出席代表 7 人")
                .contains("《地方各级人民代表大会和地方各级人民政府组织法》(2022)第十四条第四款"));
    }
}
