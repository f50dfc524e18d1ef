package org.renda.check.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader.Read;

/** Shared helpers: fixture records, writing a record as a workbook and reading it back, record equality. */
final class WorkbookTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private WorkbookTestSupport() {
    }

    /** A fixture base of rules-core ({@code township}, {@code street}, {@code township-midyear}). */
    static ObjectNode fixture(String name) {
        try (InputStream in = WorkbookTestSupport.class.getResourceAsStream("/org/renda/check/fixtures/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(JsonNode record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbooks.write(JSON.writeValueAsString(record), List.of(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path save(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(Path file) {
        return Workbooks.read(file, Limits.DEFAULT, Language.ZH);
    }

    static JsonNode tree(Read read) {
        try {
            return JSON.readTree(read.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where two records differ as the format reads them ({@link Workbooks#differences}). */
    static List<String> differences(JsonNode a, JsonNode b) {
        try {
            return Workbooks.differences(JSON.writeValueAsString(a), JSON.writeValueAsString(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
