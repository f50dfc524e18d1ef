package org.renda.check.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.RecordFormat.Field;
import org.renda.check.RecordFormat.Kind;
import org.renda.check.RecordFormat.ObjectType;

/**
 * The workbook's sheets and columns, derived from the record format ({@link RecordFormat}, i.e. the
 * schema): no second copy of the format. Immutable, built once.
 *
 * <ul>
 *   <li>{@code 基本信息}: the record's own fields and the body's, one per row (项目 | 填写内容 | 说明).</li>
 *   <li>one sheet per section, named by its Chinese title: a list section has one row per item,
 *       an object section one row per field; row 1 holds the section's status cell.</li>
 *   <li>a list inside an item (agenda items of a session, posts of an officer, …) is a child
 *       sheet after its parent, linked by the parent's {@code id} in its first column; a list inside an
 *       object section (budget adjustments) is a child sheet without a link.</li>
 *   <li>an object inside an item (an agenda item's vote) is flattened into columns.</li>
 * </ul>
 */
final class Layout {

    static final String GUIDE = "填表说明";
    static final String INFO = "基本信息";

    /** The three states of a section (record-format.md, reading rules 1 and 2). */
    static final String PRESENT = "已填报";
    static final String EMPTY = "本年无此事项";
    static final String ABSENT = "未报送";

    enum SheetKind { INFO, LIST, OBJECT, CHILD }

    /**
     * A column (or, in a vertical sheet, a row): the leaf field it holds, reached from the item by
     * {@code path} (e.g. {@code ["vote", "for"]}); or the link to the parent item ({@code leaf == null}).
     */
    record Column(String header, List<String> path, Field leaf, boolean required, String description) {
        boolean isLink() {
            return leaf == null;
        }
    }

    /**
     * A sheet.
     *
     * @param field   the section field (LIST, OBJECT), the child list field (CHILD), null for INFO
     * @param parent  the parent sheet of a CHILD
     * @param linkBy  the parent's id field a CHILD links by, or null (child of an object section)
     */
    static final class Sheet {
        private final String name;
        private final SheetKind kind;
        private final Field field;
        private final Sheet parent;
        private final Field linkBy;
        private final List<Column> columns;
        private final List<Sheet> children = new ArrayList<>();

        Sheet(String name, SheetKind kind, Field field, Sheet parent, Field linkBy, List<Column> columns) {
            this.name = name;
            this.kind = kind;
            this.field = field;
            this.parent = parent;
            this.linkBy = linkBy;
            this.columns = List.copyOf(columns);
        }

        String name() {
            return name;
        }

        SheetKind kind() {
            return kind;
        }

        /** The section field (LIST, OBJECT), the child list field (CHILD), null for INFO. */
        Field field() {
            return field;
        }

        /** The parent sheet of a CHILD. */
        Sheet parent() {
            return parent;
        }

        /** The parent's id field a CHILD links by, or null (child of an object section). */
        Field linkBy() {
            return linkBy;
        }

        List<Column> columns() {
            return columns;
        }

        List<Sheet> children() {
            return Collections.unmodifiableList(children);
        }

        ObjectType type() {
            return field == null ? RecordFormat.get().root() : field.object();
        }

        boolean vertical() {
            return kind == SheetKind.INFO || kind == SheetKind.OBJECT;
        }

        /** The first row holding data (1-based). */
        int firstDataRow() {
            return kind == SheetKind.INFO ? 2 : 3;
        }

        int headerRow() {
            return firstDataRow() - 1;
        }

        /** The column with this header, or null. */
        Column column(String header) {
            for (Column c : columns) {
                if (c.header().equals(header)) {
                    return c;
                }
            }
            return null;
        }
    }

    private static final Layout INSTANCE = new Layout(RecordFormat.get());

    static Layout get() {
        return INSTANCE;
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, Sheet> byName = new LinkedHashMap<>();

    private Layout(RecordFormat format) {
        ObjectType root = format.root();
        List<Column> info = new ArrayList<>();
        for (Field f : root.fields()) {
            if (f.kind() == Kind.OBJECT && f.required()) {
                for (Field g : f.object().fields()) {
                    info.add(column(List.of(f.name(), g.name()), g, g.required(), g.title()));
                }
            } else if (f.kind() != Kind.OBJECT && f.kind() != Kind.OBJECT_LIST) {
                info.add(column(List.of(f.name()), f, f.required(), f.title()));
            }
        }
        add(new Sheet(INFO, SheetKind.INFO, null, null, null, info));
        for (Field section : format.sections()) {
            SheetKind kind = section.kind() == Kind.OBJECT ? SheetKind.OBJECT : SheetKind.LIST;
            add(sheet(section.title(), kind, section, null, null));
        }
    }

    private void add(Sheet s) {
        if (byName.put(s.name(), s) != null) {
            throw new IllegalStateException("two sheets named " + s.name());
        }
        sheets.add(s);
        s.children().forEach(this::add);
    }

    private Sheet sheet(String name, SheetKind kind, Field field, Sheet parent, Field linkBy) {
        List<Column> columns = new ArrayList<>();
        List<Field> childLists = new ArrayList<>();
        if (linkBy != null) {
            columns.add(new Column(linkBy.title(), List.of(), null, true,
                    // the layout is Chinese by design (the schema's titles): its link column's note too
                    Messages.TEXTS.get(Language.ZH, "layout.linkColumnNote", parent.type().title(), parent.name(), linkBy.title())));
        }
        for (Field f : field.object().fields()) {
            if (f.kind() == Kind.OBJECT_LIST) {
                childLists.add(f);
            } else if (f.kind() == Kind.OBJECT) {
                for (Field g : f.object().fields()) {
                    columns.add(column(List.of(f.name(), g.name()), g, false, g.title()));
                }
            } else {
                columns.add(column(List.of(f.name()), f, f.required(), f.title()));
            }
        }
        uniqueHeaders(columns, field.object());
        Sheet self = new Sheet(name, kind, field, parent, linkBy, columns);
        Field id = field.object().field("id");
        for (Field child : childLists) {
            self.children.add(sheet(child.title(), SheetKind.CHILD, child, self, kind == SheetKind.OBJECT ? null : id));
        }
        return self;
    }

    private static Column column(List<String> path, Field leaf, boolean required, String header) {
        return new Column(header, path, leaf, required, leaf.description());
    }

    /** A flattened field whose title repeats another column's is prefixed with its object's title. */
    private static void uniqueHeaders(List<Column> columns, ObjectType type) {
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.header())) {
                throw new IllegalStateException("two columns titled " + c.header() + " in " + type.name());
            }
        }
    }

    List<Sheet> sheets() {
        return sheets;
    }

    Sheet sheet(String name) {
        return byName.get(name);
    }

    /** The sheets a workbook for this kind of body has (a record's other sections add theirs). */
    boolean keptBy(Sheet s, String bodyKind) {
        Sheet top = s;
        while (top.parent() != null) {
            top = top.parent();
        }
        return top.field() == null || top.field().appliesTo(bodyKind);
    }
}
