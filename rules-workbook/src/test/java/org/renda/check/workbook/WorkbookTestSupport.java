package org.renda.check.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

    /**
     * A record as the format reads it: {@code null} fields dropped (null is absent), and an empty
     * list inside an item dropped (a workbook cannot tell it from an absent one, and the checker reads
     * both the same). Numbers compare by value.
     */
    static JsonNode normal(JsonNode n, boolean top) {
        if (n.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isNull() || (!top && v.isArray() && v.isEmpty())) {
                    continue;
                }
                out.set(e.getKey(), normal(v, false));
            }
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            n.forEach(x -> out.add(normal(x, false)));
            return out;
        }
        if (n.isNumber()) {
            return JSON.getNodeFactory().numberNode(new BigDecimal(n.asText()).stripTrailingZeros());
        }
        return n;
    }

    static JsonNode normal(JsonNode record) {
        return normal(record, true);
    }

    /** Where two normal records differ (JSON Pointers), for a readable failure. */
    static List<String> differences(JsonNode a, JsonNode b, String at) {
        List<String> out = new ArrayList<>();
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            if (a == null || !a.equals(b)) {
                out.add(at + ": " + a + " ≠ " + b);
            }
            return out;
        }
        if (a.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String k : names) {
                out.addAll(differences(a.get(k), b.get(k), at + "/" + k));
            }
        } else {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                out.addAll(differences(a.get(i), b.get(i), at + "/" + i));
            }
        }
        return out;
    }
}
