package org.renda.check.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.RecordFileReader.Read;
import org.renda.check.RecordFormat.Choice;
import org.renda.check.RecordFormat.Field;
import org.renda.check.RecordFormat.Kind;
import org.renda.check.workbook.Layout.Column;
import org.renda.check.workbook.Layout.Sheet;
import org.renda.check.workbook.Layout.SheetKind;
import org.renda.check.workbook.SheetData.CellValue;
import org.renda.check.workbook.SheetData.Type;

/**
 * Reads a filled workbook into one record (the JSON tree the record format defines), the cell of
 * every place in it, and the errors found on the way, each naming its cell. Never throws for bad
 * input.
 */
final class WorkbookReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

    private final Layout layout = Layout.get();
    private final Messages m;
    private final Limits limits;
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();
    private boolean date1904;

    private WorkbookReader(Limits limits, Language lang) {
        this.limits = limits;
        this.m = new Messages(lang);
    }

    static Read read(Path file, Limits limits, Language lang) {
        return new WorkbookReader(limits, lang).read(file);
    }

    private Read fail(String message) {
        return new Read(null, List.of(new InputError("", message)), Map.of());
    }

    private Read read(Path file) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            return fail(m.broken());
        }
        if (magic == FileMagic.OLE2) {
            return fail(ole2(file));
        }
        if (magic != FileMagic.OOXML) {
            return fail(m.notAZip());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return read(pkg);
        } catch (SheetData.LimitException e) {
            return fail(e.getMessage());
        } catch (Exception e) {
            return fail(isBomb(e) ? m.bomb() : m.broken());
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("exceeds the max")) {
                return true;
            }
        }
        return false;
    }

    /** An OLE2 file: an encrypted .xlsx, an old .xls, or another old format. */
    private String ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return m.encrypted();
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book") || fs.getRoot().hasEntry("WORKBOOK")) {
                return m.oldXls();
            }
            return m.otherOle();
        } catch (IOException | RuntimeException e) {
            return m.broken();
        }
    }

    private Read read(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        try (InputStream wb = reader.getWorkbookData()) {
            String head = new String(wb.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            date1904 = head.matches("(?s).*date1904=\"(1|true)\".*");
        }
        DateStyles styles;
        try (InputStream in = reader.getStylesData()) {
            styles = DateStyles.read(in);
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        Map<String, SheetData> sheets = new LinkedHashMap<>();
        int maxRows = limits.maxArrayItems() + 3;
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                if (name.equals(Layout.GUIDE)) {
                    continue; // instructions only: never read
                }
                try {
                    SheetData data = SheetData.read(in, strings, styles, maxRows, limits.maxArrayItems(),
                            limits.maxStringLength(), m);
                    if (layout.sheet(name) == null) {
                        if (!data.isEmpty()) {
                            errors.add(new InputError("", m.unknownSheet(name), name));
                        }
                    } else {
                        sheets.put(name, data);
                    }
                } catch (SheetData.LimitException e) {
                    // past a limit nothing more is read: the file is rejected as a whole
                    return new Read(null, List.of(new InputError("", e.getMessage(), e.cell == null ? name : name + "!" + e.cell)),
                            Map.of());
                }
            }
        }
        if (!sheets.containsKey(Layout.INFO) && errors.isEmpty()) {
            return fail(m.noSheets());
        }
        ObjectNode record = F.objectNode();
        for (Sheet s : layout.sheets()) {
            SheetData data = sheets.get(s.name());
            if (data == null) {
                continue;
            }
            merged(s, data);
            switch (s.kind()) {
                case INFO -> vertical(s, data, record, "");
                case OBJECT -> object(s, data, record);
                case LIST -> list(s, data, record);
                case CHILD -> child(s, data, record);
            }
        }
        return new Read(JSON.writeValueAsString(record), errors, cells);
    }

    private void merged(Sheet s, SheetData data) {
        for (String range : data.merged) {
            errors.add(new InputError("", m.merged(range), s.name() + "!" + range));
        }
    }

    private static String cellRef(Sheet s, CellValue c) {
        return s.name() + "!" + c.ref();
    }

    private static String cellRef(Sheet s, int column, int row) {
        return s.name() + "!" + CellReference.convertNumToColString(column) + row;
    }

    // ---- vertical sheets: 基本信息 and the object sections ------------------------------------

    /** Reads 项目 | 填写内容 rows into {@code target}; returns whether any value was given. */
    private boolean vertical(Sheet s, SheetData data, ObjectNode target, String base) {
        boolean any = false;
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, CellValue>> e : data.rows.tailMap(s.firstDataRow()).entrySet()) {
            int row = e.getKey();
            CellValue name = e.getValue().get(0);
            CellValue value = e.getValue().get(1);
            for (CellValue c : e.getValue().values()) {
                if (c.column() > 2 && !c.blank()) {
                    errors.add(new InputError("", m.outsideTemplate(), cellRef(s, c)));
                }
            }
            boolean hasValue = value != null && !value.blank();
            if (name == null || name.blank()) {
                if (hasValue) {
                    errors.add(new InputError("", m.noItemName(), cellRef(s, value)));
                }
                continue;
            }
            String title = name.text().trim();
            Column col = s.column(title);
            if (col == null) {
                errors.add(new InputError("", m.unknownItem(title), cellRef(s, name)));
                continue;
            }
            if (seen.put(title, row) != null) {
                errors.add(new InputError("", m.duplicateItem(title), cellRef(s, name)));
                continue;
            }
            String pointer = base + "/" + String.join("/", col.path());
            cells.put(pointer, cellRef(s, 1, row));
            if (value != null) {
                JsonNode v = value(col.leaf(), value, pointer, cellRef(s, value));
                if (v != null) {
                    put(target, col.path(), v);
                    any = true;
                }
            }
        }
        if (s.kind() == SheetKind.INFO) {
            cells.put("/body", s.name());
        }
        return any;
    }

    // ---- status ---------------------------------------------------------------------------------

    /** The section's status cell: one of the three states, "" for none given, or null when wrong. */
    private String status(Sheet s, SheetData data) {
        CellValue c = data.cell(1, 1);
        String pointer = "/" + s.field().name();
        cells.put(pointer, cellRef(s, 1, 1));
        if (c == null || c.blank()) {
            return "";
        }
        String v = c.text().trim();
        if (c.type() == Type.TEXT && (v.equals(Layout.PRESENT) || v.equals(Layout.EMPTY) || v.equals(Layout.ABSENT))) {
            return v;
        }
        errors.add(new InputError(pointer, m.badStatus(c.text()), cellRef(s, c)));
        return null;
    }

    /** Applies a status to a section with or without content; returns whether it is present. */
    private boolean present(Sheet s, String status, boolean filled) {
        if (status == null) {
            return filled;
        }
        String ref = s.name() + "!B1";
        String pointer = "/" + s.field().name();
        if (status.equals(Layout.PRESENT) && !filled && s.kind() == SheetKind.LIST) {
            errors.add(new InputError(pointer, m.presentButEmpty(), ref));
        } else if ((status.equals(Layout.EMPTY) || status.equals(Layout.ABSENT)) && filled) {
            errors.add(new InputError(pointer, m.notPresentButFilled(status), ref));
        }
        return status.equals(Layout.PRESENT) || status.equals(Layout.EMPTY) || (status.isEmpty() && filled);
    }

    private void object(Sheet s, SheetData data, ObjectNode record) {
        String status = status(s, data);
        ObjectNode section = F.objectNode();
        String pointer = "/" + s.field().name();
        boolean filled = vertical(s, data, section, pointer);
        if (present(s, status, filled)) {
            record.set(s.field().name(), section);
        }
    }

    // ---- list sheets ---------------------------------------------------------------------------

    /** The data rows of a list or child sheet: each a map of column → cell, with its row number. */
    private record Item(int row, Map<Column, CellValue> values) {
    }

    private List<Item> rows(Sheet s, SheetData data) {
        Map<Integer, Column> byColumn = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        TreeMap<Integer, CellValue> header = data.rows.getOrDefault(s.headerRow(), new TreeMap<>());
        for (CellValue h : header.values()) {
            if (h.blank()) {
                continue;
            }
            String title = h.text().trim();
            Column col = h.type() == Type.TEXT ? s.column(title) : null;
            if (col == null) {
                errors.add(new InputError("", m.unknownColumn(title), cellRef(s, h)));
            } else if (seen.put(title, h.column()) != null) {
                errors.add(new InputError("", m.duplicateColumn(title), cellRef(s, h)));
            } else {
                byColumn.put(h.column(), col);
            }
        }
        List<Item> out = new ArrayList<>();
        java.util.Set<Integer> headless = new java.util.HashSet<>();
        for (Map.Entry<Integer, TreeMap<Integer, CellValue>> e : data.rows.tailMap(s.firstDataRow()).entrySet()) {
            Map<Column, CellValue> values = new LinkedHashMap<>();
            boolean any = false;
            for (CellValue c : e.getValue().values()) {
                if (c.blank()) {
                    continue;
                }
                Column col = byColumn.get(c.column());
                if (col == null) {
                    if (!header.containsKey(c.column()) || header.get(c.column()).blank()) {
                        if (headless.add(c.column())) {
                            errors.add(new InputError("", m.noHeader(), cellRef(s, c)));
                        }
                    }
                    continue;
                }
                values.put(col, c);
                any = true;
            }
            if (any) {
                // empty-string cells count once the row has content (an exact "" survives a round trip)
                for (CellValue c : e.getValue().values()) {
                    Column col = byColumn.get(c.column());
                    if (col != null && c.blank()) {
                        values.putIfAbsent(col, c);
                    }
                }
                out.add(new Item(e.getKey(), values));
            }
        }
        return out;
    }

    private ObjectNode item(Sheet s, Item item, String pointer) {
        ObjectNode node = F.objectNode();
        cells.put(pointer, s.name() + "!" + item.row() + ":" + item.row());
        for (Column col : s.columns()) {
            if (col.isLink()) {
                continue;
            }
            String p = pointer + "/" + String.join("/", col.path());
            int column = -1;
            CellValue c = item.values().get(col);
            if (c != null) {
                column = c.column();
                JsonNode v = value(col.leaf(), c, p, cellRef(s, c));
                if (v != null) {
                    put(node, col.path(), v);
                }
            }
            if (column >= 0) {
                cells.put(p, cellRef(s, column, item.row()));
            }
        }
        return node;
    }

    private void list(Sheet s, SheetData data, ObjectNode record) {
        String status = status(s, data);
        List<Item> items = rows(s, data);
        if (!present(s, status, !items.isEmpty())) {
            return;
        }
        ArrayNode array = record.putArray(s.field().name());
        for (Item item : items) {
            array.add(item(s, item, "/" + s.field().name() + "/" + array.size()));
        }
    }

    private void child(Sheet s, SheetData data, ObjectNode record) {
        List<Item> items = rows(s, data);
        if (items.isEmpty()) {
            return;
        }
        Sheet parent = s.parent();
        String list = s.field().name();
        if (s.linkBy() == null) {
            JsonNode section = record.get(parent.field().name());
            if (!(section instanceof ObjectNode owner)) {
                errors.add(new InputError("", m.parentAbsent(parent.name()), s.name() + "!" + items.get(0).row() + ":" + items.get(0).row()));
                return;
            }
            ArrayNode array = owner.putArray(list);
            for (Item item : items) {
                array.add(item(s, item, "/" + parent.field().name() + "/" + list + "/" + array.size()));
            }
            return;
        }
        JsonNode parents = record.get(parent.field().name());
        Column link = s.columns().get(0);
        String what = m.parentsField(parent.type().title(), s.linkBy().title());
        for (Item item : items) {
            CellValue c = item.values().get(link);
            if (c == null || c.blank()) {
                errors.add(new InputError("", m.noLink(what), cellRef(s, 0, item.row())));
                continue;
            }
            String id = text(c);
            int index = -1;
            if (parents != null) {
                for (int i = 0; i < parents.size(); i++) {
                    if (id.equals(parents.get(i).path(s.linkBy().name()).asText(null))) {
                        index = i;
                        break;
                    }
                }
            }
            if (index < 0) {
                errors.add(new InputError("", m.unknownLink(parent.name(), s.linkBy().title(), id), cellRef(s, c)));
                continue;
            }
            ObjectNode owner = (ObjectNode) parents.get(index);
            ArrayNode array = owner.has(list) && owner.get(list).isArray() ? (ArrayNode) owner.get(list) : owner.putArray(list);
            array.add(item(s, item, "/" + parent.field().name() + "/" + index + "/" + list + "/" + array.size()));
        }
    }

    private static void put(ObjectNode node, List<String> path, JsonNode v) {
        ObjectNode n = node;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode next = n.get(path.get(i));
            n = next instanceof ObjectNode o ? o : n.putObject(path.get(i));
        }
        n.set(path.get(path.size() - 1), v);
    }

    // ---- values ---------------------------------------------------------------------------------

    /** A cell's value as the field's JSON value; null for none. A wrong value is reported and kept as text. */
    private JsonNode value(Field f, CellValue c, String pointer, String ref) {
        if (c.type() == Type.ERROR) {
            return error(pointer, m.formulaError(c.text()), ref, c.text());
        }
        if (c.type() == Type.NO_RESULT) {
            return error(pointer, m.formulaNoResult(), ref, "");
        }
        if (f.kind() == Kind.STRING) {
            return F.textNode(text(c));
        }
        if (c.blank()) {
            return null;
        }
        String raw = text(c).trim();
        return switch (f.kind()) {
            case DATE -> date(c, raw, pointer, ref);
            case INTEGER -> {
                if (c.type() == Type.BOOLEAN || !(c.type() == Type.NUMBER ? integral(raw) : INTEGER.matcher(raw).matches())) {
                    yield error(pointer, m.badInteger(raw), ref, raw);
                }
                long n = new BigDecimal(raw).longValueExact();
                yield n == (int) n ? F.numberNode((int) n) : F.numberNode(n);
            }
            case NUMBER -> {
                BigDecimal d;
                try {
                    d = c.type() == Type.BOOLEAN ? null : new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    d = null;
                }
                if (d == null) {
                    yield error(pointer, m.badNumber(raw), ref, raw);
                }
                if (integral(raw) && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                    long n = d.longValueExact();
                    yield n == (int) n ? F.numberNode((int) n) : F.numberNode(n);
                }
                yield F.numberNode(Double.parseDouble(raw));
            }
            case BOOLEAN -> {
                if (c.type() == Type.BOOLEAN) {
                    yield F.booleanNode(raw.equals("1"));
                }
                for (Choice choice : f.choices()) {
                    if (raw.equals(choice.zh()) || raw.equalsIgnoreCase(choice.value()) || raw.equalsIgnoreCase(choice.en())) {
                        yield F.booleanNode(choice.value().equals("true"));
                    }
                }
                if (raw.equals("是")) {
                    yield F.booleanNode(true);
                }
                if (raw.equals("否")) {
                    yield F.booleanNode(false);
                }
                yield error(pointer, m.badBoolean(f.choices().stream().map(Choice::zh).toList(), raw), ref, raw);
            }
            case ENUM -> {
                for (Choice choice : f.choices()) {
                    if (raw.equals(choice.zh()) || raw.equals(choice.value())) {
                        yield F.textNode(choice.value());
                    }
                }
                yield error(pointer, m.badChoice(f.choices().stream().map(Choice::zh).toList(), raw), ref, raw);
            }
            case CONST -> F.textNode(c.type() == Type.NUMBER && integral(raw) ? raw.replaceAll("\\.0*$", "") + ".0" : raw);
            case STRING_LIST -> {
                ArrayNode a = F.arrayNode();
                for (String part : text(c).split("\r?\n", -1)) {
                    a.add(part);
                }
                yield a;
            }
            default -> F.textNode(raw);
        };
    }

    private JsonNode error(String pointer, String message, String ref, String raw) {
        errors.add(new InputError(pointer, message, ref));
        return F.textNode(raw);
    }

    private JsonNode date(CellValue c, String raw, String pointer, String ref) {
        if (c.type() == Type.NUMBER) {
            double serial;
            try {
                serial = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return error(pointer, m.badDate(raw), ref, raw);
            }
            if (!c.date() || !DateUtil.isValidExcelDate(serial)) {
                return error(pointer, m.numberNotDate(raw), ref, raw);
            }
            LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
            if (serial != Math.floor(serial)) {
                return error(pointer, m.dateWithTime(t.toString().replace('T', ' ')), ref, raw);
            }
            return F.textNode(t.toLocalDate().toString());
        }
        if (c.type() != Type.TEXT) {
            return error(pointer, m.badDate(raw), ref, raw);
        }
        Matcher d = DATE.matcher(raw);
        Matcher cn = CN_DATE.matcher(raw);
        Matcher hit = d.matches() ? d : cn.matches() ? cn : null;
        if (hit != null) {
            int y = Integer.parseInt(hit.group(1));
            int mo = Integer.parseInt(hit == d ? hit.group(3) : hit.group(2));
            int day = Integer.parseInt(hit == d ? hit.group(4) : hit.group(3));
            try {
                return F.textNode(LocalDate.of(y, mo, day).toString());
            } catch (java.time.DateTimeException e) {
                // an impossible date such as 2025-02-30: reported below
            }
        }
        return error(pointer, m.badDate(raw), ref, raw);
    }

    private static boolean integral(String raw) {
        try {
            BigDecimal d = new BigDecimal(raw);
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A cell's text: text as is, a number without display rounding, a boolean as 是/否. */
    private static String text(CellValue c) {
        return switch (c.type()) {
            case NUMBER -> {
                try {
                    yield new BigDecimal(c.text()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    yield c.text();
                }
            }
            case BOOLEAN -> c.text().equals("1") ? "是" : "否";
            default -> c.text();
        };
    }
}
