package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three JSON Patch (RFC 6902) operations fixtures use: {@code add}, {@code remove},
 * {@code replace}. A fixture states how its record differs from a clean base record, so it stays a
 * few lines long and says exactly what it tests.
 */
public final class JsonPatch {

    private JsonPatch() {
    }

    /** A patch that cannot be applied: what is wrong in either language ({@link #getMessage()} is the Chinese one). */
    public static final class PatchError extends IllegalArgumentException {
        private final transient Msg.Text text;

        PatchError(Msg.Text text) {
            super(text.toString());
            this.text = text;
        }

        public Msg.Text text() {
            return text;
        }
    }

    /**
     * Applies the operations in order to a copy of {@code target}; throws IllegalArgumentException
     * on a bad operation, with a Chinese message naming it ({@code patch 第 2 项（/patch/1）：…}).
     */
    public static JsonNode apply(JsonNode target, JsonNode ops) {
        JsonNode doc = target.deepCopy();
        if (ops == null || ops.isNull()) {
            return doc;
        }
        if (!ops.isArray()) {
            throw new PatchError(new Msg.Text("jsonPatch.notAnArray"));
        }
        for (int n = 0; n < ops.size(); n++) {
            try {
                doc = applyOne(doc, ops.get(n));
            } catch (PatchError e) {
                throw new PatchError(new Msg.Text("jsonPatch.operation", n + 1, n, e.text()));
            }
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        String kind = op.path("op").asText();
        String path = op.path("path").asText();
        JsonNode value = op.get("value");
        if (path.isEmpty()) {
            if (!kind.equals("replace") || value == null) {
                throw new PatchError(new Msg.Text("jsonPatch.wholeRecord"));
            }
            return value.deepCopy();
        }
        if (!path.startsWith("/")) {
            throw new PatchError(new Msg.Text("jsonPatch.pathNotPointer", path));
        }
        int slash = path.lastIndexOf('/');
        String parentPath = path.substring(0, slash);
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode parent = parentPath.isEmpty() ? doc : doc.at(parentPath);
        if (parent.isMissingNode()) {
            throw new PatchError(new Msg.Text("jsonPatch.noParent", parentPath, verb(kind)));
        }
        switch (kind) {
            case "add" -> add(parent, last, value, path);
            case "replace" -> {
                remove(parent, last, path);
                add(parent, last, value, path);
            }
            case "remove" -> remove(parent, last, path);
            default -> throw new PatchError(new Msg.Text("jsonPatch.unknownOp", kind));
        }
        return doc;
    }

    private static Msg.Text verb(String kind) {
        return switch (kind) {
            case "add" -> new Msg.Text("jsonPatch.verb.add");
            case "remove" -> new Msg.Text("jsonPatch.verb.remove");
            default -> new Msg.Text("jsonPatch.verb.replace");
        };
    }

    private static void add(JsonNode parent, String key, JsonNode value, String path) {
        if (value == null) {
            throw new PatchError(new Msg.Text("jsonPatch.noValue", path));
        }
        if (parent instanceof ObjectNode o) {
            o.set(key, value.deepCopy());
        } else if (parent instanceof ArrayNode a) {
            if (key.equals("-")) {
                a.add(value.deepCopy());
            } else {
                a.insert(index(a, key, true, path), value.deepCopy());
            }
        } else {
            throw new PatchError(new Msg.Text("jsonPatch.cannotAdd", path));
        }
    }

    private static void remove(JsonNode parent, String key, String path) {
        if (parent instanceof ObjectNode o) {
            if (!o.has(key)) {
                throw new PatchError(new Msg.Text("jsonPatch.noSuchPlace", path));
            }
            o.remove(key);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(a, key, false, path));
        } else {
            throw new PatchError(new Msg.Text("jsonPatch.cannotRemove", path));
        }
    }

    private static int index(ArrayNode a, String key, boolean allowEnd, String path) {
        try {
            int i = Integer.parseInt(key);
            if (i < 0 || i > a.size() || (!allowEnd && i == a.size())) {
                throw new PatchError(new Msg.Text("jsonPatch.indexOutOfRange", path, a.size()));
            }
            return i;
        } catch (NumberFormatException e) {
            throw new PatchError(new Msg.Text("jsonPatch.notAnIndex", path));
        }
    }
}
