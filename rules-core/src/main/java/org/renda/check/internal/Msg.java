package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.renda.check.Language;
import org.renda.check.PackProblem;
import org.renda.check.RecordFormat;

/**
 * What rules-core says: the texts are in {@code messages.properties} (Chinese) and
 * {@code messages_en.properties} in this package; plus message helpers shared by the reader and
 * the validator. Internal.
 */
public final class Msg {

    /** rules-core's texts. */
    public static final MessageBundle TEXTS = new MessageBundle(Msg.class, "messages");

    private Msg() {
    }

    /** The text of {@code key} in this language, arguments put in by position ({@link Text} arguments in the same language). */
    public static String get(Language l, String key, Object... args) {
        Object[] a = args;
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof Localized t) {
                if (a == args) {
                    a = args.clone();
                }
                a[i] = t.in(l);
            }
        }
        return TEXTS.get(l, key, a);
    }

    /** An argument that reads differently per language (put in in the language of the text around it). */
    @FunctionalInterface
    public interface Localized {
        String in(Language l);
    }

    /** A text not yet in a language: a key of rules-core's bundle and its arguments. */
    public record Text(String key, Object... args) implements Localized {
        /** This text in this language. */
        @Override
        public String in(Language l) {
            return get(l, key, args);
        }

        /** The Chinese text. */
        @Override
        public String toString() {
            return in(Language.ZH);
        }
    }

    /** A list as an argument: its items joined by the language's separator (、 or a comma). */
    public record Joined(java.util.Collection<?> items) implements Localized {
        @Override
        public String in(Language l) {
            return String.join(TEXTS.get(l, "list.separator"), items.stream().map(String::valueOf).toList());
        }
    }

    /** {@code text} when {@code cond} holds, else nothing. */
    public static Localized when(boolean cond, Localized text) {
        return cond ? text : l -> "";
    }

    /** A pack problem with this text in both languages. */
    public static PackProblem problem(String file, int line, String rule, Text text) {
        return new PackProblem(file, line, rule, text.in(Language.ZH), text.in(Language.EN));
    }

    /** A pack problem with its message in both languages. */
    public static PackProblem problem(String file, int line, String rule, String key, Object... args) {
        return problem(file, line, rule, new Text(key, args));
    }

    /** Escapes one JSON Pointer reference token (RFC 6901). */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The kind of a JSON value, for "found …" in messages. */
    static String typeName(JsonNode n, Language l) {
        if (n == null || n.isMissingNode()) {
            return get(l, "json.type.nothing");
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return get(l, "json.type.object");
        }
        if (n.isArray()) {
            return get(l, "json.type.array");
        }
        if (n.isTextual()) {
            return get(l, "json.type.string");
        }
        if (n.isBoolean()) {
            return get(l, "json.type.boolean");
        }
        if (n.isIntegralNumber()) {
            return get(l, "json.type.integer");
        }
        if (n.isNumber()) {
            return get(l, "json.type.decimal");
        }
        return n.getNodeType().name();
    }

    /** The kind and, for scalars, the value: {@code 字符串 "12"}; to follow "实为" or "found". */
    static String found(JsonNode n, Language l) {
        String type = typeName(n, l);
        if (n != null && n.isNull()) {
            return get(l, "json.found.null");
        }
        if (n == null || n.isContainerNode() || n.isMissingNode()) {
            return type;
        }
        return type + " " + shortText(n);
    }

    /** A value as JSON text, shortened for messages. */
    static String shortText(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "…" : s;
    }

    /** The name of a JSON Schema type keyword value. */
    static String schemaType(String type, Language l) {
        return switch (type) {
            case "object" -> get(l, "json.type.object");
            case "array" -> get(l, "json.type.array");
            case "string" -> get(l, "json.type.string");
            case "boolean" -> get(l, "json.type.booleanTrueFalse");
            case "integer" -> get(l, "json.type.integer");
            case "number" -> get(l, "json.type.number");
            case "null" -> "null";
            default -> type;
        };
    }

    /**
     * The field of the record format a JSON Pointer ends at ({@code /sessions/0/startDate} → the
     * session's {@code startDate}), or null when the format has no such field.
     */
    static RecordFormat.Field field(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            return null;
        }
        RecordFormat.ObjectType type = RecordFormat.get().root();
        RecordFormat.Field last = null;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String seg = raw.replace("~1", "/").replace("~0", "~");
            if (last != null && !seg.isEmpty() && seg.chars().allMatch(Character::isDigit)
                    && (last.kind() == RecordFormat.Kind.OBJECT_LIST || last.kind() == RecordFormat.Kind.STRING_LIST)) {
                continue; // an index into the list just named
            }
            RecordFormat.Field f = type == null ? null : type.field(seg);
            if (f == null) {
                return null;
            }
            last = f;
            type = f.object();
        }
        return last;
    }

    /** The Chinese title of the field at a pointer in Chinese quotes, “开幕日期”; the last segment when the format has none. */
    static String quotedTitle(String pointer) {
        RecordFormat.Field f = field(pointer);
        String title = f != null && !f.title().isEmpty() ? f.title()
                : pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        return "“" + title + "”";
    }

    /** The Chinese labels of enum values of the field at a pointer (a value without a label as it is). */
    static List<String> choiceLabels(String pointer, List<String> values) {
        RecordFormat.Field f = field(pointer);
        List<String> out = new ArrayList<>();
        for (String v : values) {
            RecordFormat.Choice c = f == null ? null : f.choice(v);
            out.add(c != null && !c.zh().isEmpty() ? c.zh() : v);
        }
        return out;
    }

    /** "a、b或c": all but the last joined by {@code sep}, the last by {@code last}. */
    static String or(List<String> items, String sep, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(sep, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
