package org.renda.check.examples.cli;

import java.io.PrintWriter;
import org.renda.check.Language;

/**
 * Progress on standard error, only when it is a terminal and the batch has more than one file;
 * standard output carries only the report.
 */
final class Progress {

    private final PrintWriter err;
    private final int files;
    private final boolean on;
    private final Language lang;
    private int filesDone;
    private long records;
    private long lastPrint;

    private Progress(PrintWriter err, int files, boolean on, Language lang) {
        this.err = err;
        this.files = files;
        this.on = on;
        this.lang = lang;
    }

    static Progress forTerminal(PrintWriter err, int files, Language lang) {
        return new Progress(err, files, System.console() != null && files > 1, lang);
    }

    void record() {
        records++;
    }

    void file() {
        filesDone++;
        long now = System.nanoTime();
        if (on && (now - lastPrint > 200_000_000L || filesDone == files)) {
            lastPrint = now;
            err.print(Texts.get(lang, "progress.checkedFilesRecords", filesDone, files, records));
            err.flush();
        }
    }

    void done() {
        if (on) {
            err.println();
            err.flush();
        }
    }
}
