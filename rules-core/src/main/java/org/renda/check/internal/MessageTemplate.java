package org.renda.check.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.renda.check.Language;
import org.renda.check.RecordFormat;

/**
 * A rule's message template ({@code @message}, {@code @messageEn}), parsed once: literal text and
 * three kinds of argument, in the manner of ICU MessageFormat:
 * <ul>
 *   <li>{@code {name}}: the value reported under {@code name}, formatted for the language (dates,
 *       deadlines, enum values by their labels from the record format, lists joined by 、);</li>
 *   <li>{@code {name, select, key {text} … other {text}}}: the text of the branch whose key is the
 *       raw value: {@code null} (no value), {@code true}/{@code false}, an enum constant's name,
 *       else the value as text; {@code other} (required) for any other value. Branches may hold
 *       arguments and further selects;</li>
 *   <li>{@code {name, fields}}: a field name or a JSON Pointer, or a list of them, shown by the
 *       field titles the record format gives them ("意见转交日期" / "opinions forwarded"). A bare
 *       name is a field of the object the finding points at; a pointer names its last field.</li>
 * </ul>
 * So a rule reports raw values and never builds words in its consequence. An opening brace that
 * does not begin a name followed by a closing brace or a comma is literal text; a placeholder with
 * no value of that name stays as written. The pack linter ({@link DrlChecks}) refuses a malformed template and a
 * name the consequence does not pass. Immutable, thread-safe.
 */
final class MessageTemplate {

    /** A template that does not parse: where and why. */
    static final class SyntaxError extends IllegalArgumentException {
        private final int offset;
        private final transient Msg.Text text;

        SyntaxError(int offset, String key, Object... args) {
            super(new Msg.Text(key, args).toString());
            this.offset = offset;
            this.text = new Msg.Text(key, args);
        }

        /** What is wrong, in either language. */
        Msg.Text text() {
            return text;
        }

        /** The 0-based position in the template where the problem was found. */
        int offset() {
            return offset;
        }
    }

    private sealed interface Part permits Text, Value, Fields, Select {
    }

    private record Text(String text) implements Part {
    }

    private record Value(String name) implements Part {
    }

    private record Fields(String name) implements Part {
    }

    private record Select(String name, Map<String, List<Part>> branches) implements Part {
    }

    private static final Map<String, MessageTemplate> PARSED = new ConcurrentHashMap<>();

    private final List<Part> parts;
    private final int length;

    private MessageTemplate(List<Part> parts, int length) {
        this.parts = parts;
        this.length = length;
    }

    /** The parsed template (cached); a template that does not parse is kept as literal text. */
    static MessageTemplate of(String template) {
        MessageTemplate t = PARSED.get(template);
        if (t == null) {
            try {
                t = parse(template);
            } catch (SyntaxError e) {
                t = new MessageTemplate(List.of(new Text(template)), template.length());
            }
            if (PARSED.size() < 10_000) { // templates come from rule metadata: a bounded set
                PARSED.put(template, t);
            }
        }
        return t;
    }

    /** Parses a template; throws {@link SyntaxError} (a Chinese message) when it is malformed. */
    static MessageTemplate parse(String template) {
        Parser p = new Parser(template);
        List<Part> parts = p.message(false);
        if (p.i < template.length()) {
            throw new SyntaxError(p.i, "messageTemplate.extraBrace"); // not reached: a top-level } is literal
        }
        return new MessageTemplate(parts, template.length());
    }

    /** Every name the template reads, also inside select branches, in order of first use. */
    Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        collect(parts, out);
        return out;
    }

    private static void collect(List<Part> parts, Set<String> out) {
        for (Part p : parts) {
            if (p instanceof Value v) {
                out.add(v.name());
            } else if (p instanceof Fields f) {
                out.add(f.name());
            } else if (p instanceof Select s) {
                out.add(s.name());
                s.branches().values().forEach(b -> collect(b, out));
            }
        }
    }

    /**
     * Fills the template.
     *
     * @param values the reported values by name
     * @param lang   the language of the words
     * @param path   the JSON Pointer of the finding (bare field names of {@code fields} are its fields)
     */
    String fill(Map<String, Object> values, Language lang, String path) {
        StringBuilder sb = new StringBuilder(length + 32);
        append(sb, parts, values, lang, path);
        return sb.toString();
    }

    private static void append(StringBuilder sb, List<Part> parts, Map<String, Object> values, Language lang, String path) {
        for (Part p : parts) {
            if (p instanceof Text t) {
                sb.append(t.text());
            } else if (p instanceof Value v) {
                Object x = values.get(v.name());
                if (x == null && !values.containsKey(v.name())) {
                    sb.append('{').append(v.name()).append('}');
                } else {
                    sb.append(MessageValues.format(x, lang));
                }
            } else if (p instanceof Fields f) {
                Object x = values.get(f.name());
                if (x == null && !values.containsKey(f.name())) {
                    sb.append('{').append(f.name()).append('}');
                } else {
                    sb.append(fieldLabels(x, lang, path));
                }
            } else if (p instanceof Select s) {
                List<Part> branch = values.containsKey(s.name()) ? s.branches().get(key(values.get(s.name()))) : null;
                append(sb, branch != null ? branch : s.branches().get("other"), values, lang, path);
            }
        }
    }

    /** The key a raw value selects: null, true/false, an enum constant's name, else its text. */
    static String key(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }

    /** Field names or pointers as their titles, joined as lists are. */
    static String fieldLabels(Object v, Language lang, String path) {
        if (v == null) {
            return MessageValues.format(null, lang);
        }
        List<String> labels = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> labels.add(fieldLabel(String.valueOf(x), lang, path)));
        } else {
            labels.add(fieldLabel(v.toString(), lang, path));
        }
        return MessageValues.format(labels, lang);
    }

    /**
     * The title of one field: {@code /activities/3/feedbackDate} or, relative to the finding's
     * place, {@code feedbackDate}; a name the format does not know is shown as it is.
     */
    static String fieldLabel(String nameOrPointer, Language lang, String path) {
        String pointer = nameOrPointer.startsWith("/") ? nameOrPointer
                : (path == null ? "" : path) + "/" + Msg.escape(nameOrPointer);
        RecordFormat.Field f = Msg.field(pointer);
        return f == null ? nameOrPointer : f.title(lang);
    }

    /** A recursive-descent parser over the template text. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        /** Text and arguments up to the end, or (in a branch) up to the closing brace (not consumed). */
        List<Part> message(boolean inBranch) {
            List<Part> out = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '}' && inBranch) {
                    break;
                }
                if (c == '{') {
                    int j = i + 1;
                    while (j < s.length() && isNameChar(s.charAt(j))) {
                        j++;
                    }
                    if (j > i + 1 && j < s.length() && (s.charAt(j) == '}' || s.charAt(j) == ',')) {
                        if (literal.length() > 0) {
                            out.add(new Text(literal.toString()));
                            literal.setLength(0);
                        }
                        String name = s.substring(i + 1, j);
                        int braceAt = i;
                        i = j + 1;
                        out.add(s.charAt(j) == '}' ? new Value(name) : formatted(name, braceAt));
                        continue;
                    }
                }
                literal.append(c);
                i++;
            }
            if (literal.length() > 0) {
                out.add(new Text(literal.toString()));
            }
            return out;
        }

        /** After the comma of a formatted argument: {@code fields} or {@code select, key (text) … other (text)}, then the closing brace. */
        private Part formatted(String name, int start) {
            skipSpace();
            String type = word();
            skipSpace();
            switch (type) {
                case "fields" -> {
                    expect('}', "messageTemplate.fieldsNotClosed", name);
                    return new Fields(name);
                }
                case "select" -> {
                    expect(',', "messageTemplate.selectNeedsComma", name);
                    Map<String, List<Part>> branches = new LinkedHashMap<>();
                    while (true) {
                        skipSpace();
                        if (i >= s.length()) {
                            throw new SyntaxError(i, "messageTemplate.selectNotClosed", name);
                        }
                        if (s.charAt(i) == '}') {
                            i++;
                            break;
                        }
                        int keyAt = i;
                        String key = word();
                        if (key.isEmpty()) {
                            throw new SyntaxError(i, "messageTemplate.branchNameExpected", name, s.charAt(i));
                        }
                        skipSpace();
                        expect('{', "messageTemplate.branchTextExpected", name, key);
                        List<Part> branch = message(true);
                        expect('}', "messageTemplate.branchNotClosed", name, key);
                        if (branches.put(key, branch) != null) {
                            throw new SyntaxError(keyAt, "messageTemplate.branchTwice", name, key);
                        }
                    }
                    if (!branches.containsKey("other")) {
                        throw new SyntaxError(start, "messageTemplate.noOtherBranch", name);
                    }
                    return new Select(name, branches);
                }
                default -> throw new SyntaxError(start, "messageTemplate.unknownFormat", name, type);
            }
        }

        private String word() {
            int j = i;
            while (j < s.length() && (isNameChar(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '.')) {
                j++;
            }
            String w = s.substring(i, j);
            i = j;
            return w;
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c, String problem, Object... args) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new SyntaxError(i, problem, args);
            }
            i++;
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
