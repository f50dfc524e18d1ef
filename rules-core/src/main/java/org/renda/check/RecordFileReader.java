package org.renda.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads records from files that are not JSON, such as workbooks ({@code .xlsx}, module
 * {@code rules-workbook}). Implementations are found with {@link java.util.ServiceLoader} on the
 * class path ({@code META-INF/services/org.renda.check.RecordFileReader}); when one is present,
 * {@link Checker#check(Path)} reads its extensions and {@link Checker#isRecordFile(Path)} accepts
 * them. A reader only spells a record another way: what it reads goes through the same
 * validation and rules as a JSON record.
 */
public interface RecordFileReader {

    /** The file name extensions read, lower case, without the dot (e.g. {@code "xlsx"}). */
    Set<String> extensions();

    /**
     * Reads a file. Must not throw for bad input: a file it cannot read is one {@link Read} with
     * {@code json == null} and an error saying why, in {@code language}.
     */
    List<Read> read(Path file, Limits limits, Language language);

    /**
     * One record read from a file.
     *
     * @param json   the record as JSON text, or null when nothing could be read
     * @param errors input errors found while reading (each with its cell, where one is known);
     *               any makes the record REJECTED
     * @param cells  the cell of each JSON Pointer in the record ({@code "/activities/10/date"} →
     *               {@code "闭会活动!H12"}), used to place the errors validation finds
     */
    record Read(String json, List<InputError> errors, Map<String, String> cells) {
        public Read {
            errors = List.copyOf(errors);
            cells = Map.copyOf(cells);
        }
    }
}
