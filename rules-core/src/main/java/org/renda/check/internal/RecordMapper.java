package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renda.check.model.Activity;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.BodyKind;
import org.renda.check.model.Budget;
import org.renda.check.model.CountyReport;
import org.renda.check.model.Deputy;
import org.renda.check.model.Disclosures;
import org.renda.check.model.LivelihoodProjects;
import org.renda.check.model.Meeting;
import org.renda.check.model.MeetingKind;
import org.renda.check.model.NormativeDocument;
import org.renda.check.model.Officer;
import org.renda.check.model.ResidentCouncil;
import org.renda.check.model.Section;
import org.renda.check.model.Session;
import org.renda.check.model.Station;
import org.renda.check.model.Suggestion;
import org.renda.check.model.Term;

/**
 * Maps a record whose structure the schema accepted to the fact model, in one walk of the tree.
 * It trusts the schema: types, enums and required fields are as the format says, so this class
 * only reads. {@code null} reads as absent everywhere (record format rule 7).
 *
 * <p>The walk also keeps what the semantic checks ({@link SemanticChecks}) need and the model does
 * not say: every date it read with its JSON Pointer, and every date string that does not exist
 * (the schema's {@code date} format already rejects those; kept so that a date is never silently
 * read as absent). Positions in lists are the model's {@code index} fields.
 */
public final class RecordMapper {

    /** A date the walk read: the item's pointer ("" for the root, "/sessions/0") and the field's name. */
    record Dated(String item, String field, LocalDate date) {
        String pointer() {
            return item + "/" + field;
        }
    }

    /** A date string that is not a date, with its pointer. */
    record BadDate(String pointer, JsonNode value) {
    }

    /** The facts of one record and what the walk saw on the way. */
    record Mapping(AnnualRecord record, List<Dated> dates, List<BadDate> badDates) {
    }

    private final List<Dated> dates = new ArrayList<>();
    private final List<BadDate> badDates = new ArrayList<>(0);

    private RecordMapper() {
    }

    /** The record's facts. The node must have passed validation. */
    public static AnnualRecord map(JsonNode r) {
        return new RecordMapper().record(r);
    }

    /** The record's facts with the dates read and the bad ones; the structure must have passed the schema. */
    static Mapping read(JsonNode r) {
        RecordMapper m = new RecordMapper();
        AnnualRecord record = m.record(r);
        return new Mapping(record, m.dates, m.badDates);
    }

    private AnnualRecord record(JsonNode r) {
        JsonNode body = r.get("body");
        int year = r.get("year").intValue();
        LocalDate asOf = date(r, "", "asOfDate");
        if (asOf == null) {
            asOf = LocalDate.of(year, 12, 31);
        }
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Section s : Section.values()) {
            if (present(r, s.jsonName())) {
                sections.add(s);
            }
        }
        return new AnnualRecord(text(r, "recordId"), BodyKind.valueOf(text(body, "kind")), text(body, "name"),
                text(body, "county"), text(body, "city"), text(body, "province"), year, asOf, sections,
                object(r, Section.TERM, Term.class),
                list(r, Section.OFFICERS, Officer.class, null),
                list(r, Section.DEPUTIES, Deputy.class, null),
                list(r, Section.SESSIONS, Session.class, null),
                list(r, Section.PRESIDIUM_MEETINGS, Meeting.class, MeetingKind.PRESIDIUM),
                list(r, Section.COMMITTEE_MEETINGS, Meeting.class, MeetingKind.COMMITTEE),
                list(r, Section.REPORTS_TO_COUNTY, CountyReport.class, null),
                object(r, Section.BUDGET, Budget.class),
                list(r, Section.ACTIVITIES, Activity.class, null),
                list(r, Section.STATIONS, Station.class, null),
                list(r, Section.SUGGESTIONS, Suggestion.class, null),
                object(r, Section.LIVELIHOOD_PROJECTS, LivelihoodProjects.class),
                list(r, Section.NORMATIVE_DOCUMENTS, NormativeDocument.class, null),
                list(r, Section.RESIDENT_COUNCILS, ResidentCouncil.class, null),
                object(r, Section.DISCLOSURES, Disclosures.class));
    }

    private <T> T object(JsonNode r, Section section, Class<T> type) {
        JsonNode n = r.get(section.jsonName());
        return present(n) ? read(Shape.of(type), n, -1, -1, "/" + section.jsonName(), null) : null;
    }

    private <T> List<T> list(JsonNode r, Section section, Class<T> type, Object context) {
        return list(r.get(section.jsonName()), "/" + section.jsonName(), Shape.of(type), -1, context);
    }

    private <T> List<T> list(JsonNode array, String at, Shape<T> shape, int parent, Object context) {
        if (!present(array)) {
            return List.of();
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(read(shape, array.get(i), i, parent, at + "/" + i, context));
        }
        return out;
    }

    /** One item of the model read from its JSON object, component by component (see {@link Shape}). */
    private <T> T read(Shape<T> shape, JsonNode n, int index, int parent, String at, Object context) {
        Part[] parts = shape.parts;
        Object[] args = new Object[parts.length];
        for (int k = 0; k < parts.length; k++) {
            Part part = parts[k];
            String f = part.json;
            args[k] = switch (part.how) {
                case POSITION -> index;
                case PARENT -> parent;
                case CONTEXT -> context;
                case TEXT -> text(n, f);
                case DATE -> date(n, at, f);
                case INTEGER -> integer(n, f);
                case INT -> {
                    Integer v = integer(n, f);
                    yield v == null ? 0 : v;
                }
                case BOOLEAN -> boolOrNull(n, f);
                case BOOL -> bool(n, f, false);
                case DECIMAL -> {
                    JsonNode v = n.get(f);
                    yield present(v) ? v.decimalValue() : null;
                }
                case ENUM -> enumOrNull(part.enumType, n, f);
                case STRINGS -> strings(n.get(f));
                case LIST -> list(n.get(f), at + "/" + f, part.nested, index, null);
                case OBJECT -> {
                    JsonNode v = n.get(f);
                    yield present(v) ? read(part.nested, v, index, parent, at + "/" + f, null) : null;
                }
            };
        }
        return shape.create(args);
    }

    /** How a component of a model record is read. */
    private enum How { POSITION, PARENT, CONTEXT, TEXT, DATE, INTEGER, INT, BOOLEAN, BOOL, DECIMAL, ENUM, STRINGS, LIST, OBJECT }

    /** How a component of each scalar type is read (a meeting's kind comes from its list, not from a field). */
    private static final Map<Class<?>, How> SCALARS = Map.of(MeetingKind.class, How.CONTEXT, String.class, How.TEXT,
            LocalDate.class, How.DATE, Integer.class, How.INTEGER, int.class, How.INT, Boolean.class, How.BOOLEAN,
            boolean.class, How.BOOL, BigDecimal.class, How.DECIMAL);

    /** A component: the JSON field it reads (its own name, but for {@link #FIELD_NAMES}), and how. */
    private record Part(String json, How how, Class<? extends Enum> enumType, Shape<?> nested) {
    }

    /**
     * The model's field names that differ from the record format's (a Java keyword cannot be a
     * component name). {@code RecordMapperTest} compares every type's fields with the format.
     */
    static final Map<String, String> FIELD_NAMES = Map.of("inFavour", "for");

    /**
     * A model record type as the mapper reads it: its canonical constructor and, per component, the
     * JSON field of the same name read by the component's type. {@code index} is the item's
     * position in its list, {@code xxxIndex} its parent's position; a component of the type of the
     * list's context (a meeting's {@link MeetingKind}) gets that context.
     */
    static final class Shape<T> {
        private static final ClassValue<Shape<?>> SHAPES = new ClassValue<>() {
            @Override
            protected Shape<?> computeValue(Class<?> type) {
                return new Shape<>(type);
            }
        };

        private final Class<T> type;
        private final Constructor<T> constructor;
        private final Part[] parts;

        @SuppressWarnings("unchecked")
        static <T> Shape<T> of(Class<T> type) {
            return (Shape<T>) SHAPES.get(type);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Shape(Class<T> type) {
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            parts = new Part[components.length];
            for (int k = 0; k < components.length; k++) {
                RecordComponent c = components[k];
                Class<?> t = c.getType();
                types[k] = t;
                String name = c.getName();
                How how;
                Shape<?> nested = null;
                if (name.equals("index")) {
                    how = How.POSITION;
                } else if (name.endsWith("Index") && t == int.class) {
                    how = How.PARENT;
                } else if (SCALARS.containsKey(t)) {
                    how = SCALARS.get(t);
                } else if (t.isEnum()) {
                    how = How.ENUM;
                } else if (t == List.class) {
                    Class<?> item = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                    how = item == String.class ? How.STRINGS : How.LIST;
                    nested = item == String.class ? null : of(item);
                } else if (t.isRecord()) {
                    how = How.OBJECT;
                    nested = of(t);
                } else {
                    throw new IllegalStateException("the mapper cannot read " + type.getSimpleName() + "." + name);
                }
                parts[k] = new Part(FIELD_NAMES.getOrDefault(name, name), how,
                        how == How.ENUM ? (Class<? extends Enum>) t : null, nested);
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The JSON fields this type reads (not its positions nor its context), each with the model type of its items or object (else null). */
        Map<String, Class<?>> fields() {
            Map<String, Class<?>> out = new LinkedHashMap<>();
            for (Part p : parts) {
                if (p.how != How.POSITION && p.how != How.PARENT && p.how != How.CONTEXT) {
                    out.put(p.json, p.nested == null ? null : p.nested.type);
                }
            }
            return out;
        }

        T create(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A date field of the item at {@code at}: kept with its place; a string that is no date is kept as a problem. */
    private LocalDate date(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (!present(v)) {
            return null;
        }
        LocalDate d;
        try {
            d = Dates.parse(v.asText());
        } catch (DateTimeParseException e) {
            badDates.add(new BadDate(at + "/" + field, v));
            return null;
        }
        dates.add(new Dated(at, field, d));
        return d;
    }

    // ---- small readers; absent and null read alike ----

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    private static boolean present(JsonNode parent, String field) {
        return parent != null && present(parent.get(field));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return present(v) ? v.asText() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return present(v) ? v.intValue() : null;
    }

    private static boolean bool(JsonNode n, String field, boolean absent) {
        JsonNode v = n.get(field);
        return present(v) ? v.booleanValue() : absent;
    }

    private static Boolean boolOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return present(v) ? v.booleanValue() : null;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static List<String> strings(JsonNode array) {
        if (!present(array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
