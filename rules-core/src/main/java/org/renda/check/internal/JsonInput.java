package org.renda.check.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Strict reading of record files (record format 1.0). <b>Internal API</b>: not part of the public
 * contract of renda-check and may change without notice.
 *
 * <p>A file holds one JSON object (one record) or a JSON array of objects (a batch). Reading never
 * throws for bad input: every problem becomes an {@link InputError} with a JSON Pointer and a
 * message in the requested language. The result holds exactly one {@link RawRecord} per record:
 * <ul>
 *   <li>a well-formed record: {@code node} non-null, {@code errors} empty;</li>
 *   <li>an array element that is not an object: {@code node} null, one error at path {@code ""}
 *       ("应为对象");</li>
 *   <li>a record with a duplicate key: {@code node} non-null (the <em>first</em> value of the
 *       duplicated key is kept, so that {@code recordId} can still be read), one error per
 *       duplicate at the duplicate's pointer. A record with non-empty {@code errors} is rejected.</li>
 * </ul>
 * Pointers in a record's errors are relative to that record (for a batch, {@code /3/year} of the
 * file is {@code /year} of record 3).
 *
 * <p>File-level failures yield exactly <b>one</b> {@code RawRecord} with index 0, node null and
 * one error: the file is larger than {@link Limits#maxFileBytes()} (checked before parsing; at
 * most {@code maxFileBytes + 1} bytes are ever read), is not valid UTF-8 (a UTF-8 byte-order mark
 * is tolerated), is empty, is not JSON (the message names line and column), has content after
 * the top-level value, has a top-level value that is neither object nor array, is an empty array
 * (no record: reported, never silently dropped), nests deeper than {@link Limits#maxDepth()}
 * (the top-level value is depth 1), holds a string or field name longer than
 * {@link Limits#maxStringLength()} characters (Unicode code points), or an array with more than
 * {@link Limits#maxArrayItems()} items. For these the error path is the pointer of the offending
 * place <em>within the file</em> ({@code ""} when there is none).
 *
 * <p>Only an {@link IOException} of the source itself propagates (file not found, unreadable,
 * a directory, a stream that fails while being read). The input stream is not closed.
 */
public final class JsonInput {

    /**
     * One record as read from a file.
     *
     * @param source the source name given by the caller (file path)
     * @param index  position of the record in its file (0 for a single-record file)
     * @param node   the record's JSON tree, or null when it could not be read
     * @param errors input errors found while reading (empty when the record was read cleanly)
     */
    public record RawRecord(String source, int index, JsonNode node, List<InputError> errors) {
        public RawRecord {
            errors = List.copyOf(errors);
        }

        /** True when reading found no error. */
        public boolean ok() {
            return node != null && errors.isEmpty();
        }
    }

    private JsonInput() {
    }

    /**
     * Reads the file at {@code file}; {@code source} is the name reported for it.
     *
     * @throws IOException when the file cannot be opened or read (not for bad content)
     */
    public static List<RawRecord> read(String source, Path file, Limits limits, Language lang) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            return fileError(source, "", tooLarge(size, true, limits, lang));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in, limits, lang);
        }
    }

    /** Reads the file at {@code file}, reported under {@code file.toString()}. */
    public static List<RawRecord> read(Path file, Limits limits, Language lang) throws IOException {
        return read(file.toString(), file, limits, lang);
    }

    /**
     * Reads a record file from a stream (not closed). At most {@code maxFileBytes + 1} bytes are
     * read.
     *
     * @throws IOException only when the stream itself fails
     */
    public static List<RawRecord> read(String source, InputStream in, Limits limits, Language lang) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        Language l = lang == null ? Language.ZH : lang;
        int cap = (int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length > limits.maxFileBytes()) {
            return fileError(source, "", tooLarge(bytes.length, false, limits, l));
        }
        try {
            return parse(source, bytes, limits, l);
        } catch (RuntimeException e) {
            // last-resort safety net: bad input must never escape as an exception
            return fileError(source, "", Msg.get(l, "jsonInput.cannotReadFile", e));
        }
    }

    /** The message for a file of {@code size} bytes over the limit (any reader's). */
    public static String tooLarge(long size, Limits limits, Language l) {
        return tooLarge(size, true, limits, l);
    }

    private static String tooLarge(long size, boolean exact, Limits limits, Language l) {
        String max = limits.maxFileBytes() + "";
        return exact
                ? Msg.get(l, "jsonInput.fileTooLargeBytesLimit", size, max)
                : Msg.get(l, "jsonInput.fileTooLargeMoreThan", max);
    }

    private static List<RawRecord> fileError(String source, String path, String message) {
        return List.of(new RawRecord(source, 0, null, List.of(new InputError(path, message))));
    }

    // ---------------------------------------------------------------------------------------------

    private static List<RawRecord> parse(String source, byte[] bytes, Limits limits, Language l) {
        List<RawRecord> fast = parseValidUtf8(source, bytes, limits, l);
        return fast != null ? fast : parseText(source, bytes, limits, l);
    }

    /**
     * The common case, read straight from the bytes (Jackson's UTF-8 parser, no decoding to a
     * String first): valid UTF-8 (an optional BOM, then an object or array), read without any
     * error or limit breach except duplicate keys. Anything else returns null, and
     * {@link #parseText} reads the file again, so every error message (line/column in characters,
     * Jackson's wording) comes from the one full path.
     */
    static List<RawRecord> parseValidUtf8(String source, byte[] bytes, Limits limits, Language l) {
        int off = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int k = off;
        while (k < bytes.length && (bytes[k] == ' ' || bytes[k] == '\n' || bytes[k] == '\r' || bytes[k] == '\t')) {
            k++;
        }
        // { or [ then a non-NUL byte: Jackson's encoding detection (BOMs, NUL patterns) says UTF-8
        if (k + 1 >= bytes.length || (bytes[k] != '{' && bytes[k] != '[') || bytes[k + 1] == 0 || !validUtf8(bytes)) {
            return null;
        }
        Builder b = new Builder(limits, l);
        try (JsonParser p = factory(limits).createParser(bytes, k, bytes.length - k)) {
            JsonNode root = b.build(p);
            if (root == null || b.failure != null || p.nextToken() != null) {
                return null;
            }
            return records(source, root, b, l);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing above
     * U+10FFFF, no truncated sequence): exactly what the strict {@code CharsetDecoder} of
     * {@link #parseText} accepts.
     */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static boolean validUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                    i += 8; // eight ASCII bytes
                }
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2 || c > 0xF4) {
                return false;
            }
            int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + len > n) {
                return false;
            }
            int c1 = b[i + 1] & 0xFF;
            int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (c1 < lo || c1 > hi) {
                return false;
            }
            for (int j = 2; j < len; j++) {
                if ((b[i + j] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += len;
        }
        return true;
    }

    /** The full path: decode (reporting bad UTF-8), then parse the text. */
    static List<RawRecord> parseText(String source, byte[] bytes, Limits limits, Language l) {
        String text;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(bytes);
        CharBuffer cb = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(bb, cb, true);
        if (!r.isError()) {
            r = dec.flush(cb);
        }
        if (r.isError()) {
            int offset = bb.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return fileError(source, "", Msg.get(l, "jsonInput.fileNotUtfInvalidByte", line, offset));
        }
        cb.flip();
        text = cb.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fileError(source, "", Msg.get(l, "jsonInput.fileEmpty"));
        }
        Builder b = new Builder(limits, l);
        JsonNode root;
        try (JsonParser p = factory(limits).createParser(text)) {
            root = b.build(p);
            if (root != null && b.failure == null) {
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    JsonLocation loc = p.currentTokenLocation();
                    return fileError(source, "", Msg.get(l, "jsonInput.notValidJsonExtraContent", loc.getLineNr(), loc.getColumnNr()));
                }
            }
        } catch (StreamConstraintsException e) {
            return fileError(source, "", Msg.get(l, "jsonInput.readingLimitWasExceeded", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String detail = SyntaxErrors.describe(e, null, l);
            return fileError(source, "", Msg.get(l, "jsonInput.notValidJson", detail));
        } catch (IOException e) {
            return fileError(source, "", Msg.get(l, "jsonInput.cannotReadFile", e.getMessage()));
        }
        if (b.failure != null) {
            return List.of(new RawRecord(source, 0, null, List.of(b.failure)));
        }
        if (root == null) {
            return fileError(source, "", Msg.get(l, "jsonInput.fileEmpty"));
        }
        return records(source, root, b, l);
    }

    /** The records of a file read without a file-level failure. */
    private static List<RawRecord> records(String source, JsonNode root, Builder b, Language l) {
        if (root.isObject()) {
            return List.of(new RawRecord(source, 0, root, b.errorsOf(-1)));
        }
        if (!root.isArray()) {
            return fileError(source, "", Msg.get(l, "jsonInput.expectedObjectOrArrayObjects", Msg.found(root, l)));
        }
        if (root.isEmpty()) {
            return fileError(source, "", Msg.get(l, "jsonInput.fileHoldsNoRecordArray"));
        }
        List<RawRecord> out = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode el = root.get(i);
            if (el.isObject()) {
                out.add(new RawRecord(source, i, el, b.errorsOf(i)));
            } else {
                out.add(new RawRecord(source, i, null, List.of(new InputError("",
                        Msg.get(l, "jsonInput.expectedObjectFound", Msg.found(el, l))))));
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The factory of the last limits used (a factory is thread-safe and keeps its symbol tables). */
    private static volatile FactoryFor lastFactory;

    private record FactoryFor(Limits limits, JsonFactory factory) {
    }

    private static JsonFactory factory(Limits limits) {
        FactoryFor last = lastFactory;
        if (last == null || !last.limits().equals(limits)) {
            last = new FactoryFor(limits, newFactory(limits));
            lastFactory = last;
        }
        return last.factory();
    }

    private static JsonFactory newFactory(Limits limits) {
        // Jackson's own limits are set just above ours so that our checks (with pointers) fire first.
        StreamReadConstraints c = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() >= Integer.MAX_VALUE - 1 ? Integer.MAX_VALUE : limits.maxDepth() + 1)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(c)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** Builds the tree iteratively, enforcing limits and detecting duplicate keys. */
    private static final class Builder {
        private final Limits limits;
        private final Language l;
        private final JsonNodeFactory f = JsonNodeFactory.instance;
        /** Duplicate-key errors with absolute pointers. */
        private final List<InputError> duplicates = new ArrayList<>();
        private InputError failure;
        private JsonNode root;

        private static final class Frame {
            final ContainerNode<?> node;
            final boolean array;
            final Frame parent;
            final int depth;
            /** Where this container stands in its parent: the field name, or the index when null. */
            final String inField;
            final int inIndex;
            /** Computed when first needed (only for errors). */
            private String pointer;
            int count;
            String field;
            boolean skip;

            Frame(ContainerNode<?> node, Frame parent) {
                this.node = node;
                this.array = node.isArray();
                this.parent = parent;
                this.depth = parent == null ? 1 : parent.depth + 1;
                this.inField = parent == null || parent.array ? null : parent.field;
                this.inIndex = parent == null ? 0 : parent.count;
            }

            String pointer() {
                if (pointer == null) {
                    pointer = parent == null ? ""
                            : inField == null ? parent.pointer() + "/" + inIndex : parent.pointer() + "/" + Msg.escape(inField);
                }
                return pointer;
            }
        }

        Builder(Limits limits, Language l) {
            this.limits = limits;
            this.l = l;
        }

        JsonNode build(JsonParser p) throws IOException {
            Frame top = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                        String name = p.currentName();
                        if (tooLong(name)) {
                            String ptr = top.pointer() + "/" + Msg.escape(name);
                            fail(ptr, Msg.get(l, "jsonInput.fieldNameTooLongCharacters", length(name), limits.maxStringLength()));
                            return null;
                        }
                        top.field = name;
                        top.skip = ((ObjectNode) top.node).has(name);
                        if (top.skip) {
                            String ptr = top.pointer() + "/" + Msg.escape(name);
                            duplicates.add(new InputError(ptr, Msg.get(l, "jsonInput.duplicateFieldAppearsMoreThan", name)));
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        int depth = top == null ? 1 : top.depth + 1;
                        if (depth > limits.maxDepth()) {
                            fail(childPointer(top), Msg.get(l, "jsonInput.nestingTooDeepMoreThan", limits.maxDepth()));
                            return null;
                        }
                        ContainerNode<?> node = t == JsonToken.START_OBJECT ? f.objectNode() : f.arrayNode();
                        Frame frame = new Frame(node, top);
                        if (!attach(top, node)) {
                            return null;
                        }
                        top = frame;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        top = top.parent;
                        if (top == null) {
                            return root;
                        }
                    }
                    case VALUE_STRING -> {
                        String s = p.getText();
                        if (tooLong(s)) {
                            fail(childPointer(top), Msg.get(l, "jsonInput.stringTooLongCharactersLimit", length(s), limits.maxStringLength()));
                            return null;
                        }
                        if (!attach(top, TextNode.valueOf(s))) {
                            return null;
                        }
                    }
                    case VALUE_NUMBER_INT -> {
                        JsonNode n = switch (p.getNumberType()) {
                            case INT -> f.numberNode(p.getIntValue());
                            case LONG -> f.numberNode(p.getLongValue());
                            default -> f.numberNode(p.getBigIntegerValue());
                        };
                        if (!attach(top, n)) {
                            return null;
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> {
                        if (!attach(top, DecimalNode.valueOf(p.getDecimalValue()))) {
                            return null;
                        }
                    }
                    case VALUE_TRUE, VALUE_FALSE -> {
                        if (!attach(top, BooleanNode.valueOf(t == JsonToken.VALUE_TRUE))) {
                            return null;
                        }
                    }
                    case VALUE_NULL -> {
                        if (!attach(top, NullNode.getInstance())) {
                            return null;
                        }
                    }
                    default -> {
                        // VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE: cannot occur for textual JSON
                    }
                }
                if (top == null && root != null) {
                    return root; // top-level scalar
                }
            }
            return root;
        }

        private boolean tooLong(String s) {
            return s.length() > limits.maxStringLength() && length(s) > limits.maxStringLength();
        }

        private static int length(String s) {
            return s.codePointCount(0, s.length());
        }

        private static String childPointer(Frame top) {
            if (top == null) {
                return "";
            }
            if (top.array) {
                return top.pointer() + "/" + top.count;
            }
            return top.pointer() + "/" + Msg.escape(top.field);
        }

        private boolean attach(Frame top, JsonNode value) {
            if (top == null) {
                root = value;
                return true;
            }
            if (top.array) {
                if (top.count >= limits.maxArrayItems()) {
                    fail(top.pointer(), Msg.get(l, "jsonInput.tooManyArrayItemsMore", limits.maxArrayItems()));
                    return false;
                }
                ((ArrayNode) top.node).add(value);
                top.count++;
            } else if (!top.skip) {
                ((ObjectNode) top.node).set(top.field, value);
            }
            return true;
        }

        private void fail(String pointer, String message) {
            failure = new InputError(pointer, message);
        }

        /** Duplicate-key errors of record {@code index} (-1: the whole file is one record). */
        List<InputError> errorsOf(int index) {
            List<InputError> out = new ArrayList<>();
            String prefix = "/" + index;
            for (InputError e : duplicates) {
                if (index < 0) {
                    out.add(e);
                } else if (e.path().startsWith(prefix + "/")) {
                    out.add(new InputError(e.path().substring(prefix.length()), e.message()));
                }
            }
            return out;
        }
    }
}
