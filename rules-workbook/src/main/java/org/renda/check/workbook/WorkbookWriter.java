package org.renda.check.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.RecordFormat.Choice;
import org.renda.check.RecordFormat.Field;
import org.renda.check.RecordFormat.Kind;
import org.renda.check.RuleInfo;
import org.renda.check.workbook.Layout.Column;
import org.renda.check.workbook.Layout.Sheet;
import org.renda.check.workbook.Layout.SheetKind;

/**
 * Writes a blank template or a record as a workbook, sheets and columns as {@link Layout} says. The
 * workbook is Chinese by design: its sheet names, column titles, status words and dropdown labels are
 * the schema's Chinese titles, which the reader matches. What only guides the person filling it in
 * (the 填表说明 sheet's text, the hints, comments and dropdown prompts) is in the language asked for.
 */
final class WorkbookWriter {

    /** Rows a list sheet's dropdowns and formats cover beyond its data. */
    private static final int SPARE_ROWS = 1000;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Language lang;
    private final Layout layout = Layout.get();
    private final CellStyle header;
    private final CellStyle headerRequired;
    private final CellStyle text;
    private final CellStyle wrapText;
    private final CellStyle date;
    private final CellStyle number;
    private final CellStyle note;
    private final CellStyle hint;
    private final CellStyle title;
    private final CellStyle status;
    private final CellStyle label;

    private WorkbookWriter(Language lang) {
        this.lang = lang;
        header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        headerRequired = wb.createCellStyle();
        headerRequired.cloneStyleFrom(header);
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        headerRequired.setFont(red);
        short textFormat = wb.createDataFormat().getFormat("@");
        text = wb.createCellStyle();
        text.setDataFormat(textFormat);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapText = wb.createCellStyle();
        wrapText.cloneStyleFrom(text);
        wrapText.setWrapText(true);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        note = wb.createCellStyle();
        Font grey = wb.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        note.setFont(grey);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        hint = wb.createCellStyle();
        hint.setFont(grey);
        title = wb.createCellStyle();
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        status = wb.createCellStyle();
        status.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        status.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        status.setBorderBottom(BorderStyle.THIN);
        status.setBorderTop(BorderStyle.THIN);
        status.setBorderLeft(BorderStyle.THIN);
        status.setBorderRight(BorderStyle.THIN);
        status.setFont(bold);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
    }

    /**
     * Writes a workbook: the template for {@code kind} and {@code year} when {@code record} is null,
     * else the record (its own kind decides the sheets; a section it has is always written).
     */
    static void write(ObjectNode record, String kind, int year, List<RuleInfo> rules, Language lang, OutputStream out)
            throws IOException {
        WorkbookWriter w = new WorkbookWriter(lang);
        try (XSSFWorkbook wb = w.wb) {
            ObjectNode r = record;
            if (r == null) {
                r = JsonNodeFactory.instance.objectNode();
                r.put("schemaVersion", RecordFormat.get().root().field("schemaVersion").constValue());
                r.putObject("body").put("kind", kind);
                r.put("year", year);
            }
            String bodyKind = r.path("body").path("kind").asText(kind);
            w.guide(bodyKind, r.path("year").asInt(year), rules, r);
            for (Sheet s : w.layout.sheets()) {
                if (w.written(s, bodyKind, r)) {
                    w.sheet(s, r, record == null);
                }
            }
            wb.getProperties().getCoreProperties().setCreator("renda-check");
            wb.getProperties().getCoreProperties().setTitle(w.msg("workbookWriter.documentTitle"));
            wb.setActiveSheet(1);
            wb.write(out);
        }
    }

    private boolean written(Sheet s, String bodyKind, JsonNode record) {
        Sheet top = s;
        while (top.parent() != null) {
            top = top.parent();
        }
        return layout.keptBy(s, bodyKind) || (top.field() != null && record.has(top.field().name()));
    }

    private String msg(String key, Object... args) {
        return Messages.TEXTS.get(lang, key, args);
    }

    // ---- 填表说明 -------------------------------------------------------------------------------

    /**
     * The guide's one column, in characters: narrow enough to print on A4 portrait at 100 % (LibreOffice
     * does not apply "fit to one page wide" when it prints or exports the sheet; at 80 the lines ran off
     * the page's right edge).
     */
    private static final int GUIDE_WIDTH = 62;

    private void guide(String bodyKind, int year, List<RuleInfo> rules, JsonNode record) {
        RecordFormat format = RecordFormat.get();
        Field kindField = format.root().field("body").object().field("kind");
        Choice kindChoice = kindField.choice(bodyKind);
        XSSFSheet sh = wb.createSheet(Layout.GUIDE);
        printable(sh, false);
        sh.setColumnWidth(0, GUIDE_WIDTH * 256);
        List<String[]> lines = new ArrayList<>(); // {style, text}
        lines.add(new String[] {"title", msg("workbookWriter.guideTitle", kindChoice == null ? "" : kindChoice.label(lang), year)});
        lines.add(new String[] {"", msg("workbookWriter.guideIntro")});
        lines.add(new String[] {"label", msg("workbookWriter.howHeading")});
        lines.add(new String[] {"", msg("workbookWriter.howInfoFirst", Layout.INFO)});
        lines.add(new String[] {"", msg("workbookWriter.howOneItemPerRow")});
        lines.add(new String[] {"", msg("workbookWriter.howDates")});
        lines.add(new String[] {"", msg("workbookWriter.howDropdowns")});
        lines.add(new String[] {"", msg("workbookWriter.howSeveralInOneCell")});
        lines.add(new String[] {"", msg("workbookWriter.howChildSheets")});
        lines.add(new String[] {"", msg("workbookWriter.howNoMergedCells")});
        lines.add(new String[] {"label", msg("workbookWriter.statusHeading")});
        lines.add(new String[] {"", msg("workbookWriter.statusPresent", Layout.PRESENT)});
        lines.add(new String[] {"", msg("workbookWriter.statusEmpty", Layout.EMPTY)});
        lines.add(new String[] {"", msg("workbookWriter.statusAbsent", Layout.ABSENT)});
        lines.add(new String[] {"", msg("workbookWriter.statusNotChosen", Layout.PRESENT, Layout.ABSENT)});
        lines.add(new String[] {"label", msg("workbookWriter.sheetsHeading")});
        for (Sheet s : layout.sheets()) {
            if (!written(s, bodyKind, record)) {
                continue;
            }
            Field f = s.field();
            String what = f == null ? msg("workbookWriter.infoSheetHolds")
                    : f.description().isEmpty() ? msg("workbookWriter.sheetHoldsTitle", f.title()) : f.description();
            lines.add(new String[] {"label2", msg(s.kind() == SheetKind.CHILD ? "workbookWriter.childSheetHolds" : "workbookWriter.sheetHolds",
                    s.name(), what)});
            if (rules != null && f != null && s.kind() != SheetKind.CHILD) {
                Set<String> seen = new LinkedHashSet<>();
                for (RuleInfo rule : rules) {
                    if (rule.needs().contains(f.name()) && rule.appliesTo().contains(bodyKind)) {
                        seen.add("    " + msg("workbookWriter.ruleBasis", rule.basis(), rule.title()));
                    }
                }
                seen.forEach(line -> lines.add(new String[] {"", line}));
            }
        }
        lines.add(new String[] {"label", msg("workbookWriter.formatHeading")});
        lines.add(new String[] {"", msg("workbookWriter.formatFieldGuide")});
        int r = 0;
        for (String[] line : lines) {
            Row row = sh.createRow(r++);
            // wrapped lines: the row is made as tall as the text needs (spreadsheet programs do not all grow it)
            row.setHeightInPoints(line[0].equals("title") ? 24 : 15f * (1 + displayWidth(line[1]) / (GUIDE_WIDTH - 4)));
            Cell c = row.createCell(0);
            c.setCellValue(line[1]);
            c.setCellStyle(switch (line[0]) {
                case "title" -> title;
                case "label", "label2" -> label;
                default -> note;
            });
        }
    }

    // ---- data sheets ---------------------------------------------------------------------------

    /** One sheet; in a template ({@code template}) only the base fields of {@code record} are filled. */
    private void sheet(Sheet s, JsonNode filled, boolean template) {
        XSSFSheet sh = wb.createSheet(s.name());
        printable(sh, !s.vertical());
        if (s.kind() == SheetKind.INFO) {
            vertical(sh, s, filled);
            sh.createFreezePane(0, 1);
            return;
        }
        JsonNode record = template ? null : filled;
        if (s.kind() == SheetKind.CHILD) {
            Cell c = sh.createRow(0).createCell(0);
            c.setCellValue(s.linkBy() == null ? msg("workbookWriter.childHint", s.parent().name())
                    : msg("workbookWriter.childHintLinked", s.parent().name(), s.parent().type().title(), s.linkBy().title()));
            c.setCellStyle(hint);
        } else {
            statusRow(sh, s, record);
        }
        if (s.kind() == SheetKind.OBJECT) {
            JsonNode value = record == null ? null : record.get(s.field().name());
            vertical(sh, s, value);
            sh.createFreezePane(0, 2);
            return;
        }
        List<JsonNode[]> rows = record == null ? List.of() : items(s, record); // {parent item or null, item}
        Row h = sh.createRow(s.headerRow() - 1);
        h.setHeightInPoints(32);
        XSSFDrawing drawing = sh.createDrawingPatriarch();
        for (int i = 0; i < s.columns().size(); i++) {
            Column col = s.columns().get(i);
            Cell c = h.createCell(i);
            c.setCellValue(col.header());
            c.setCellStyle(col.required() ? headerRequired : header);
            comment(drawing, c, col);
            sh.setColumnWidth(i, width(col) * 256);
            int first = s.firstDataRow() - 1;
            int last = first + rows.size() + SPARE_ROWS;
            sh.setDefaultColumnStyle(i, style(col));
            validation(sh, col, first, last, i, s);
        }
        int r = s.firstDataRow() - 1;
        for (JsonNode[] item : rows) {
            Row row = sh.createRow(r++);
            for (int i = 0; i < s.columns().size(); i++) {
                Column col = s.columns().get(i);
                JsonNode v = col.isLink() ? item[0].get(s.linkBy().name()) : at(item[1], col.path());
                cell(row, i, col, v);
            }
        }
        sh.createFreezePane(0, 2);
    }

    /** A4, one page wide (landscape for list sheets), so a printed or PDF sheet keeps its columns together. */
    private static void printable(XSSFSheet sh, boolean landscape) {
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setLandscape(landscape);
        sh.setFitToPage(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
    }

    /** The items a list or child sheet holds, each with its parent item (children of a list item). */
    private static List<JsonNode[]> items(Sheet s, JsonNode record) {
        List<JsonNode[]> out = new ArrayList<>();
        if (s.kind() == SheetKind.LIST) {
            for (JsonNode item : record.path(s.field().name())) {
                out.add(new JsonNode[] {null, item});
            }
            return out;
        }
        Sheet parent = s.parent();
        if (parent.kind() == SheetKind.OBJECT) {
            for (JsonNode item : record.path(parent.field().name()).path(s.field().name())) {
                out.add(new JsonNode[] {null, item});
            }
            return out;
        }
        for (JsonNode[] p : items(parent, record)) {
            for (JsonNode item : p[1].path(s.field().name())) {
                out.add(new JsonNode[] {p[1], item});
            }
        }
        return out;
    }

    private void statusRow(XSSFSheet sh, Sheet s, JsonNode record) {
        Row row = sh.createRow(0);
        row.setHeightInPoints(20);
        Cell a = row.createCell(0);
        a.setCellValue("填报状态");
        a.setCellStyle(label);
        Cell b = row.createCell(1);
        b.setCellStyle(status);
        if (record != null) {
            b.setCellValue(statusOf(record.get(s.field().name())));
        }
        Cell c = row.createCell(2);
        c.setCellValue(msg("workbookWriter.statusHint", Layout.PRESENT, Layout.EMPTY, Layout.ABSENT, Layout.GUIDE)
                + (s.field().description().isEmpty() ? "" : msg("workbookWriter.statusHintSection", s.field().description())));
        c.setCellStyle(hint);
        list(sh, new String[] {Layout.PRESENT, Layout.EMPTY, Layout.ABSENT}, 0, 0, 1);
    }

    static String statusOf(JsonNode section) {
        if (section == null || section.isNull()) {
            return Layout.ABSENT;
        }
        return section.isEmpty() ? Layout.EMPTY : Layout.PRESENT;
    }

    /** INFO and object sections: one row per field (项目 | 填写内容 | 说明). */
    private void vertical(XSSFSheet sh, Sheet s, JsonNode value) {
        int hr = s.headerRow() - 1;
        Row h = sh.createRow(hr);
        String[] heads = {"项目", "填写内容", "说明"};
        for (int i = 0; i < 3; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(header);
        }
        sh.setColumnWidth(0, 28 * 256);
        sh.setColumnWidth(1, 36 * 256);
        sh.setColumnWidth(2, 70 * 256);
        int r = hr + 1;
        for (Column col : s.columns()) {
            Row row = sh.createRow(r);
            Cell a = row.createCell(0);
            a.setCellValue(col.header());
            a.setCellStyle(col.required() ? headerRequired : label);
            JsonNode v = value == null ? null : at(value, col.path());
            Cell b = cell(row, 1, col, v);
            if (b == null) {
                row.createCell(1).setCellStyle(style(col));
            }
            Cell c = row.createCell(2);
            c.setCellValue(col.description());
            c.setCellStyle(note);
            validation(sh, col, r, r, 1, s);
            r++;
        }
    }

    private static JsonNode at(JsonNode item, List<String> path) {
        JsonNode n = item;
        for (String p : path) {
            if (n == null) {
                return null;
            }
            n = n.get(p);
        }
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    /** Writes a value into a cell in the column's spelling; returns the cell, or null for no value. */
    private Cell cell(Row row, int i, Column col, JsonNode v) {
        if (v == null) {
            return null;
        }
        Cell c = row.createCell(i);
        c.setCellStyle(style(col));
        Field f = col.leaf();
        Kind kind = f == null ? Kind.STRING : f.kind();
        switch (kind) {
            case DATE -> {
                LocalDate d = v.isTextual() ? parse(v.asText()) : null;
                if (d != null) {
                    c.setCellValue(d);
                } else {
                    c.setCellStyle(text);
                    c.setCellValue(v.isTextual() ? v.asText() : v.toString());
                }
            }
            case INTEGER, NUMBER -> {
                if (v.isNumber()) {
                    c.setCellValue(v.doubleValue());
                } else {
                    c.setCellStyle(text);
                    c.setCellValue(v.isTextual() ? v.asText() : v.toString());
                }
            }
            case BOOLEAN, ENUM -> {
                Choice choice = v.isValueNode() ? f.choice(v.asText()) : null;
                c.setCellValue(choice != null ? choice.zh() : v.isTextual() ? v.asText() : v.toString());
            }
            case STRING_LIST -> {
                List<String> parts = new ArrayList<>();
                if (v.isArray()) {
                    v.forEach(x -> parts.add(x.isTextual() ? x.asText() : x.toString()));
                } else {
                    parts.add(v.isTextual() ? v.asText() : v.toString());
                }
                c.setCellValue(String.join("\n", parts));
            }
            default -> c.setCellValue(v.isTextual() ? v.asText() : v.toString());
        }
        return c;
    }

    private static LocalDate parse(String s) {
        if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            return d.getYear() >= 1900 ? d : null; // Excel has no dates before 1900
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private CellStyle style(Column col) {
        if (col.isLink()) {
            return text;
        }
        return switch (col.leaf().kind()) {
            case DATE -> date;
            case INTEGER, NUMBER -> number;
            case STRING_LIST -> wrapText;
            default -> text;
        };
    }

    private static int width(Column col) {
        int w = displayWidth(col.header()) + 3;
        int min = col.isLink() ? 12 : switch (col.leaf().kind()) {
            case DATE -> 12;
            case INTEGER, NUMBER, BOOLEAN -> 10;
            case ENUM -> {
                int m = 8;
                for (Choice c : col.leaf().choices()) {
                    m = Math.max(m, displayWidth(c.zh()) + 3);
                }
                yield m;
            }
            case STRING_LIST -> 24;
            default -> col.path().get(col.path().size() - 1).matches("id|.*Id") ? 12 : 26;
        };
        return Math.min(Math.max(w, min), 40);
    }

    /** Width in character cells: a CJK character takes two. */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private void comment(XSSFDrawing drawing, Cell c, Column col) {
        String help = (col.required() ? msg("workbookWriter.required") : "") + col.description();
        if (help.isEmpty()) {
            return;
        }
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(c.getColumnIndex());
        anchor.setCol2(c.getColumnIndex() + 3);
        anchor.setRow1(c.getRowIndex());
        anchor.setRow2(c.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(help));
        comment.setAuthor("renda-check");
        c.setCellComment(comment);
    }

    /** Dropdowns: enum and boolean labels; a child's link column lists the parent sheet's ids. */
    private void validation(XSSFSheet sh, Column col, int first, int last, int column, Sheet s) {
        if (col.isLink()) {
            Sheet parent = s.parent();
            int idColumn = -1;
            for (int i = 0; i < parent.columns().size(); i++) {
                if (parent.columns().get(i).path().equals(List.of(s.linkBy().name()))) {
                    idColumn = i;
                }
            }
            String letter = CellReference.convertNumToColString(idColumn);
            int from = parent.firstDataRow();
            String formula = "'" + parent.name() + "'!$" + letter + "$" + from + ":$" + letter + "$" + (from + last);
            DataValidationHelper helper = sh.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createFormulaListConstraint(formula);
            add(sh, helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column)),
                    msg("workbookWriter.pickFromParentSheet", parent.name(), s.linkBy().title()));
            return;
        }
        Field f = col.leaf();
        if (f.kind() == Kind.ENUM || f.kind() == Kind.BOOLEAN) {
            String[] labels = f.choices().stream().map(Choice::zh).toArray(String[]::new);
            list(sh, labels, first, last, column);
        }
    }

    private void list(XSSFSheet sh, String[] labels, int first, int last, int column) {
        if (String.join(",", labels).length() > 250) {
            throw new IllegalStateException("dropdown too long for an inline list: " + String.join(",", labels));
        }
        DataValidationHelper helper = sh.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(labels);
        add(sh, helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column)),
                msg("workbookWriter.pickFromList", String.join(msg("messages.separator"), labels)));
    }

    private void add(XSSFSheet sh, DataValidation dv, String message) {
        dv.setShowErrorBox(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox(msg("workbookWriter.invalidValue"), message);
        dv.setSuppressDropDownArrow(true); // POI: true shows the arrow for XSSF list validations
        sh.addValidationData(dv);
    }

}
