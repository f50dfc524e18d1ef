package org.renda.check.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader.Read;
import org.renda.check.RuleInfo;

/**
 * Records as workbooks: the blank template for one body and year, a record written as a workbook,
 * a filled workbook read into a record. Sheets, columns, labels and dropdowns come from the record
 * format's schema (see {@code docs/workbook.md}); a workbook is only another spelling of one record,
 * and {@code Checker.check(Path)} reads {@code .xlsx} files directly when this module is on the
 * class path.
 */
public final class Workbooks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workbooks() {
    }

    /**
     * Writes the blank template.
     *
     * @param kind  {@code TOWNSHIP} or {@code STREET}
     * @param year  the year the record will cover
     * @param rules the rules whose legal basis the 填表说明 sheet lists per section (may be empty)
     */
    public static void template(String kind, int year, List<RuleInfo> rules, OutputStream out) throws IOException {
        if (!kind.equals("TOWNSHIP") && !kind.equals("STREET")) {
            throw new IllegalArgumentException("kind must be TOWNSHIP or STREET: " + kind);
        }
        WorkbookWriter.write(null, kind, year, rules, Language.ZH, out);
    }

    /**
     * Writes one record (JSON text of one object) as a filled workbook.
     *
     * @throws IllegalArgumentException when the text is not one JSON object
     */
    public static void write(String recordJson, List<RuleInfo> rules, OutputStream out) throws IOException {
        write(recordJson, rules, Language.ZH, out);
    }

    /**
     * Writes one record as a filled workbook whose guidance (the 填表说明 sheet's text, hints and
     * prompts) is in {@code lang}; sheet names, column titles and labels stay Chinese (the format).
     *
     * @throws IllegalArgumentException when the text is not one JSON object
     */
    public static void write(String recordJson, List<RuleInfo> rules, Language lang, OutputStream out) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(recordJson);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode record)) {
            throw new IllegalArgumentException("not one record (a JSON object)");
        }
        WorkbookWriter.write(record, record.path("body").path("kind").asText("TOWNSHIP"),
                record.path("year").asInt(0), rules, lang, out);
    }

    /**
     * Where two records differ as the record format reads them (JSON Pointers with both values; empty
     * when they are the same record): {@code null} is absent, an empty list inside an item is an absent one
     * (a workbook cannot tell them apart, and the checker reads both alike), numbers compare by value.
     * This is what a round trip JSON → workbook → JSON keeps.
     */
    public static List<String> differences(String recordA, String recordB) throws IOException {
        return Equivalence.differences(Equivalence.normal(JSON.readTree(recordA), true),
                Equivalence.normal(JSON.readTree(recordB), true), "");
    }

    /** Reads a filled workbook into one record (JSON text), its errors (with cells) and the cell of each place. */
    public static Read read(Path workbook, Limits limits, Language language) {
        return WorkbookReader.read(workbook, limits, language);
    }
}
