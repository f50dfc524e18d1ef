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
            throw new IllegalArgumentException("patch 应为操作数组，如 [{\"op\": \"replace\", \"path\": \"/year\", \"value\": 2024}]");
        }
        for (int n = 0; n < ops.size(); n++) {
            try {
                doc = applyOne(doc, ops.get(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("patch 第 " + (n + 1) + " 项（/patch/" + n + "）：" + e.getMessage(), e);
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
                throw new IllegalArgumentException("只有带 value 的 replace 可以替换整个记录（path 为空）");
            }
            return value.deepCopy();
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path 应为以 / 开头的 JSON Pointer，实为 \"" + path + "\"");
        }
        int slash = path.lastIndexOf('/');
        String parentPath = path.substring(0, slash);
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode parent = parentPath.isEmpty() ? doc : doc.at(parentPath);
        if (parent.isMissingNode()) {
            throw new IllegalArgumentException("记录中没有位置 " + parentPath + "（不能在不存在的位置下" + verb(kind) + "）");
        }
        switch (kind) {
            case "add" -> add(parent, last, value, path);
            case "replace" -> {
                remove(parent, last, path);
                add(parent, last, value, path);
            }
            case "remove" -> remove(parent, last, path);
            default -> throw new IllegalArgumentException("不支持的操作 op \"" + kind + "\"（可用 add、remove、replace）");
        }
        return doc;
    }

    private static String verb(String kind) {
        return switch (kind) {
            case "add" -> "添加";
            case "remove" -> "删除";
            default -> "替换";
        };
    }

    private static void add(JsonNode parent, String key, JsonNode value, String path) {
        if (value == null) {
            throw new IllegalArgumentException("缺少 value（" + path + "）");
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
            throw new IllegalArgumentException("不能在 " + path + " 添加：其上一级不是对象或数组");
        }
    }

    private static void remove(JsonNode parent, String key, String path) {
        if (parent instanceof ObjectNode o) {
            if (!o.has(key)) {
                throw new IllegalArgumentException("位置 " + path + " 不存在，无法删除或替换");
            }
            o.remove(key);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(a, key, false, path));
        } else {
            throw new IllegalArgumentException("不能删除 " + path + "：其上一级不是对象或数组");
        }
    }

    private static int index(ArrayNode a, String key, boolean allowEnd, String path) {
        try {
            int i = Integer.parseInt(key);
            if (i < 0 || i > a.size() || (!allowEnd && i == a.size())) {
                throw new IllegalArgumentException("数组下标超出范围：" + path + "（该数组有 " + a.size() + " 项，下标从 0 起）");
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("不是数组下标：" + path);
        }
    }
}
