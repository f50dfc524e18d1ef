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

    /** Applies the operations in order to a copy of {@code target}; throws IllegalArgumentException on a bad op. */
    public static JsonNode apply(JsonNode target, JsonNode ops) {
        JsonNode doc = target.deepCopy();
        if (ops == null || ops.isNull()) {
            return doc;
        }
        for (JsonNode op : ops) {
            String kind = op.path("op").asText();
            String path = op.path("path").asText();
            JsonNode value = op.get("value");
            if (path.isEmpty()) {
                if (!kind.equals("replace") || value == null) {
                    throw new IllegalArgumentException("only replace may target the whole document");
                }
                doc = value.deepCopy();
                continue;
            }
            int slash = path.lastIndexOf('/');
            String parentPath = path.substring(0, slash);
            String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            JsonNode parent = parentPath.isEmpty() ? doc : doc.at(parentPath);
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("no such place: " + parentPath);
            }
            switch (kind) {
                case "add" -> add(parent, last, value, path);
                case "replace" -> {
                    remove(parent, last, path);
                    add(parent, last, value, path);
                }
                case "remove" -> remove(parent, last, path);
                default -> throw new IllegalArgumentException("unsupported op " + kind + " (use add, remove, replace)");
            }
        }
        return doc;
    }

    private static void add(JsonNode parent, String key, JsonNode value, String path) {
        if (value == null) {
            throw new IllegalArgumentException("missing value for " + path);
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
            throw new IllegalArgumentException("cannot add into a value at " + path);
        }
    }

    private static void remove(JsonNode parent, String key, String path) {
        if (parent instanceof ObjectNode o) {
            if (!o.has(key)) {
                throw new IllegalArgumentException("nothing to remove at " + path);
            }
            o.remove(key);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(a, key, false, path));
        } else {
            throw new IllegalArgumentException("cannot remove from a value at " + path);
        }
    }

    private static int index(ArrayNode a, String key, boolean allowEnd, String path) {
        try {
            int i = Integer.parseInt(key);
            if (i < 0 || i > a.size() || (!allowEnd && i == a.size())) {
                throw new IllegalArgumentException("index out of range at " + path);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an array index at " + path);
        }
    }
}
