package org.renda.check.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader.Read;
import org.renda.check.workbook.Workbooks;

/**
 * The round trip JSON → XLSX → JSON gives back the same record (as the format reads it, see
 * {@link Workbooks#differences}) for random valid records of {@link RecordGen}, seeded: a failure is
 * reproduced by its seed and index. {@code -Drenda.workbookRoundTrips=N} sets how many (default 40).
 */
class WorkbookRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void randomValidRecordsSurviveTheRoundTrip() throws Exception {
        int n = Integer.getInteger("renda.workbookRoundTrips", 40);
        long seed = Long.getLong("renda.workbookRoundTripSeed", 20251201L);
        RecordGen gen = new RecordGen(seed);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode record = gen.nextNode();
            String json = JSON.writeValueAsString(record);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbooks.write(json, List.of(), out);
            Path file = Files.write(dir.resolve("r" + i + ".xlsx"), out.toByteArray());
            Read read = Workbooks.read(file, Limits.DEFAULT, Language.ZH);
            if (!read.errors().isEmpty()) {
                failures.add("seed " + seed + " #" + i + ": " + read.errors());
                continue;
            }
            List<String> diff = Workbooks.differences(json, read.json());
            if (!diff.isEmpty()) {
                failures.add("seed " + seed + " #" + i + ": " + diff);
            }
        }
        assertThat(failures).isEmpty();
    }
}
