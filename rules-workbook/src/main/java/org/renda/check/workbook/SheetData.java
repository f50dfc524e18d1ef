package org.renda.check.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of one worksheet, read by streaming its XML (SAX; no object per cell of the file, so a
 * huge sheet costs only what is kept), stopping as soon as a limit is passed. Values are the raw
 * stored ones: a formula's cached result, a number as written (no display rounding).
 */
final class SheetData {

    /** What a cell holds. */
    enum Type { TEXT, NUMBER, BOOLEAN, ERROR, NO_RESULT }

    /**
     * One non-empty cell.
     *
     * @param text   the text (TEXT), the number as stored (NUMBER), "1"/"0" (BOOLEAN), the error code (ERROR)
     * @param date   a NUMBER whose format is a date format
     */
    record CellValue(int row, int column, Type type, String text, boolean date, boolean formula) {
        String ref() {
            return CellReference.convertNumToColString(column) + row;
        }

        /** Blank: no value, or text of spaces only. */
        boolean blank() {
            return type == Type.TEXT && text.isBlank();
        }
    }

    /** A limit was passed while reading (the message says which). */
    static final class LimitException extends SAXException {
        final String cell;

        LimitException(String message, String cell) {
            super(message);
            this.cell = cell;
        }
    }

    /** rows (1-based) → columns (0-based) → cell */
    final TreeMap<Integer, TreeMap<Integer, CellValue>> rows = new TreeMap<>();
    final List<String> merged = new ArrayList<>();

    /** Reads a sheet of at most {@code maxRows} rows (of which {@code maxItems} data rows, for the message). */
    static SheetData read(InputStream in, ReadOnlySharedStringsTable strings, DateStyles styles, int maxRows,
                          int maxItems, int maxChars, Messages m) throws Exception {
        SheetData data = new SheetData();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(data.new Handler(strings, styles, maxRows, maxItems, maxChars, m));
        xml.parse(new InputSource(in));
        return data;
    }

    boolean isEmpty() {
        for (Map<Integer, CellValue> row : rows.values()) {
            for (CellValue c : row.values()) {
                if (!c.blank()) {
                    return false;
                }
            }
        }
        return true;
    }

    CellValue cell(int row, int column) {
        TreeMap<Integer, CellValue> r = rows.get(row);
        return r == null ? null : r.get(column);
    }

    private final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final DateStyles styles;
        private final int maxRows;
        private final int maxItems;
        private final int maxChars;
        private final Messages m;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private boolean hasFormula;
        private boolean hasValue;
        private String type;
        private String style;
        private int row;
        private int column;
        private int nextRow = 1;
        private int nextColumn;
        private int rowsSeen;

        Handler(ReadOnlySharedStringsTable strings, DateStyles styles, int maxRows, int maxItems, int maxChars, Messages m) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
            this.maxItems = maxItems;
            this.maxChars = maxChars;
            this.m = m;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r != null ? Integer.parseInt(r) : nextRow;
                    nextRow = row + 1;
                    nextColumn = 0;
                    if (++rowsSeen > maxRows || row > maxRows) {
                        throw new LimitException(m.tooManyRows(maxItems), null);
                    }
                }
                case "c" -> {
                    String r = a.getValue("r");
                    if (r != null) {
                        CellReference ref = new CellReference(r);
                        column = ref.getCol();
                        if (ref.getRow() + 1 != row) {
                            row = ref.getRow() + 1;
                        }
                    } else {
                        column = nextColumn;
                    }
                    nextColumn = column + 1;
                    type = a.getValue("t");
                    style = a.getValue("s");
                    hasFormula = false;
                    hasValue = false;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "f" -> hasFormula = true;
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> hasValue = true;
                case "t" -> inInlineText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null) {
                        merged.add(ref);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            } else {
                return;
            }
            if (value.length() > maxChars || inline.length() > maxChars) {
                throw new LimitException(m.tooLong(maxChars), CellReference.convertNumToColString(column) + row);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                default -> {
                }
            }
        }

        private void cell() throws SAXException {
            CellValue c;
            String t = type == null ? "n" : type;
            if (!hasValue) {
                if (!hasFormula) {
                    return; // a formatted but empty cell
                }
                c = new CellValue(row, column, Type.NO_RESULT, "", false, true);
            } else {
                c = switch (t) {
                    case "s" -> {
                        String s = strings.getItemAt(Integer.parseInt(value.toString().trim())).getString();
                        if (s.length() > maxChars) {
                            throw new LimitException(m.tooLong(maxChars), CellReference.convertNumToColString(column) + row);
                        }
                        yield new CellValue(row, column, Type.TEXT, s, false, hasFormula);
                    }
                    case "inlineStr" -> new CellValue(row, column, Type.TEXT, inline.toString(), false, hasFormula);
                    case "str" -> new CellValue(row, column, Type.TEXT, value.toString(), false, hasFormula);
                    case "b" -> new CellValue(row, column, Type.BOOLEAN, value.toString().trim(), false, hasFormula);
                    case "e" -> new CellValue(row, column, Type.ERROR, value.toString().trim(), false, hasFormula);
                    case "d" -> new CellValue(row, column, Type.TEXT, value.toString().trim(), false, hasFormula);
                    default -> new CellValue(row, column, Type.NUMBER, value.toString().trim(), isDate(), hasFormula);
                };
            }
            rows.computeIfAbsent(row, k -> new TreeMap<>()).put(column, c);
        }

        private boolean isDate() {
            if (style == null || styles == null) {
                return false;
            }
            try {
                return styles.isDate(Integer.parseInt(style));
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
