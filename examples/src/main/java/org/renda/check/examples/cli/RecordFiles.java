package org.renda.check.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.renda.check.Checker;
import org.renda.check.Summary;

/**
 * The command line's policies, kept out of the library: which files a folder stands for, and the
 * exit status of a batch.
 */
public final class RecordFiles {

    private RecordFiles() {
    }

    /**
     * A file as itself; a folder as the record files below it ({@link Checker#isRecordFile}:
     * {@code *.json}, and {@code *.xlsx} with the workbook module), recursively, in sorted path order.
     */
    public static List<Path> expand(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            List<Path> files = new ArrayList<>(walk.filter(f -> Files.isRegularFile(f) && Checker.isRecordFile(f)).toList());
            Collections.sort(files);
            return files;
        } catch (IOException e) {
            return List.of(p);
        }
    }

    /**
     * The exit status of {@code check}: 0 when every record was checked with no ERROR finding, 1 when
     * there is at least one ERROR finding or REJECTED record.
     */
    public static int exitStatus(Summary summary) {
        return summary.rejected() > 0 || summary.findings(org.renda.check.Severity.ERROR) > 0 ? 1 : 0;
    }
}
