package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.renda.check.Language;

/** Message helpers shared by the reader and the validator. Internal. */
final class Msg {

    private Msg() {
    }

    static String t(Language l, String zh, String en) {
        return l == Language.EN ? en : zh;
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
            return t(l, "缺失", "nothing");
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isObject()) {
            return t(l, "对象", "an object");
        }
        if (n.isArray()) {
            return t(l, "数组", "an array");
        }
        if (n.isTextual()) {
            return t(l, "字符串", "a string");
        }
        if (n.isBoolean()) {
            return t(l, "布尔值", "a boolean");
        }
        if (n.isIntegralNumber()) {
            return t(l, "整数", "an integer");
        }
        if (n.isNumber()) {
            return t(l, "小数", "a decimal number");
        }
        return n.getNodeType().name();
    }

    /** The kind and, for scalars, the value: {@code 字符串 "12"}; to follow "实为" or "found". */
    static String found(JsonNode n, Language l) {
        String type = typeName(n, l);
        if (n != null && n.isNull()) {
            return t(l, " null", "null");
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
            case "object" -> t(l, "对象", "an object");
            case "array" -> t(l, "数组", "an array");
            case "string" -> t(l, "字符串", "a string");
            case "boolean" -> t(l, "布尔值（true/false）", "a boolean (true/false)");
            case "integer" -> t(l, "整数", "an integer");
            case "number" -> t(l, "数", "a number");
            case "null" -> "null";
            default -> type;
        };
    }
}
