package org.renda.check;

import org.renda.check.internal.Msg;

/**
 * An error in the input that made a record REJECTED.
 *
 * @param path    the JSON Pointer of the offending place ({@code ""} for the whole document)
 * @param message what was expected and what was found, in the checker's language
 * @param cell    for a record read from a workbook, the cell or row as {@code 工作表!H12} (a row:
 *                {@code 工作表!12:12}, a whole sheet: {@code 工作表}); null for a JSON record
 */
public record InputError(String path, String message, String cell) {

    /** An error in a JSON record (no cell). */
    public InputError(String path, String message) {
        this(path, message, null);
    }

    /** The same error, placed at a workbook cell. */
    public InputError withCell(String cell) {
        return new InputError(path, message, cell);
    }

    /**
     * The cell as a person reads it: {@code 闭会活动 第12行 H列} ({@code 闭会活动 row 12, column H}),
     * {@code 闭会活动 第12行} for a row, the sheet name for a sheet; null when there is no cell.
     */
    public String cellLabel(Language lang) {
        if (cell == null) {
            return null;
        }
        int bang = cell.lastIndexOf('!');
        String sheet = bang < 0 ? cell : cell.substring(0, bang);
        String ref = bang < 0 ? "" : cell.substring(bang + 1);
        java.util.regex.Matcher m = CELL.matcher(ref);
        if (m.matches()) {
            return Msg.get(lang, "inputError.cell", sheet, m.group(2), m.group(1));
        }
        m = ROW.matcher(ref);
        if (m.matches()) {
            return Msg.get(lang, "inputError.row", sheet, m.group(1));
        }
        return ref.isEmpty() ? sheet : sheet + " " + ref;
    }

    private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("([A-Z]{1,3})([0-9]{1,7})");
    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("([0-9]{1,7}):\\1");
}
