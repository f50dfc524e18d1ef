package org.renda.check.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader;

/**
 * The workbook reader the checker finds with {@link java.util.ServiceLoader}: {@code .xlsx} files
 * are read as one record each; {@code .xls} and {@code .xlsm} files are rejected with a message
 * saying how to save them as {@code .xlsx}.
 */
public final class XlsxRecordReader implements RecordFileReader {

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx", "xls", "xlsm");
    }

    @Override
    public List<Read> read(Path file, Limits limits, Language language) {
        return List.of(WorkbookReader.read(file, limits, language));
    }
}
