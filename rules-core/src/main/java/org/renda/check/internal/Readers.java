package org.renda.check.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.renda.check.Language;
import org.renda.check.RecordFileReader;

/** The {@link RecordFileReader}s on the class path, by extension, found once. Internal. */
public final class Readers {

    private Readers() {
    }

    private static final class Holder {
        static final Map<String, RecordFileReader> BY_EXTENSION = load();
    }

    private static Map<String, RecordFileReader> load() {
        Map<String, RecordFileReader> out = new HashMap<>();
        for (RecordFileReader r : ServiceLoader.load(RecordFileReader.class, Readers.class.getClassLoader())) {
            for (String ext : r.extensions()) {
                out.putIfAbsent(ext.toLowerCase(Locale.ROOT), r);
            }
        }
        return Map.copyOf(out);
    }

    /** Workbook extensions that need the {@code rules-workbook} module. */
    private static final List<String> WORKBOOKS = List.of("xlsx", "xlsm", "xls");

    private static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The reader of this file's extension, or null (a JSON file, or an extension nobody reads). */
    public static RecordFileReader forFile(Path file) {
        return Holder.BY_EXTENSION.get(extension(file));
    }

    /** Whether a folder listing includes this file: {@code *.json}, or an extension a reader reads. */
    public static boolean listed(Path file) {
        String ext = extension(file);
        return ext.equals("json") || Holder.BY_EXTENSION.containsKey(ext);
    }

    /** For a workbook when no reader for it is on the class path: the message saying so; else null. */
    public static String missingModule(Path file, Language lang) {
        String ext = extension(file);
        if (!WORKBOOKS.contains(ext) || Holder.BY_EXTENSION.containsKey(ext)) {
            return null;
        }
        return Msg.get(lang, "readers.cannotReadWorkbookRulesWorkbook", ext);
    }
}
