package org.renda.check.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renda.check.workbook.WorkbookTestSupport.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renda.check.RecordFileReader.Read;

/** JSON → XLSX → JSON gives back the same record (the fixture bases; random records: RoundTripProperties). */
class RoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"township", "street", "township-midyear"})
    void fixtureRecordsSurviveTheRoundTrip(String name) {
        JsonNode record = fixture(name);
        Read read = read(save(dir, name + ".xlsx", workbook(record)));
        assertThat(read.errors()).isEmpty();
        assertThat(differences(record, tree(read))).isEmpty();
    }
}
