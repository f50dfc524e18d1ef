package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Stable fingerprints of findings (整改跟踪): the rule ID plus the place in the record named by the
 * items' identities instead of their array positions, so a record re-filled with its items in
 * another order, or with items added before them, gives the same fingerprints.
 *
 * <p>An array element is named by its {@code id}; an element without one (agenda items may lack
 * it, absences, meetings and reports have none) by its first natural key present, as
 * {@code key=value} ({@code deputyId}, {@code date}, …); only an element with none of them keeps its
 * position, as {@code #N}.
 */
public final class Fingerprints {

    /** Natural keys of elements without an {@code id}, in order of preference. */
    private static final String[] KEYS = {"id", "deputyId", "date", "startDate", "submittedDate", "issuedDate",
        "executedDate", "title", "name", "type"};

    private Fingerprints() {
    }

    /** The pointer with each array index replaced by the element's identity; unresolvable segments as they are. */
    public static String stablePath(JsonNode root, String pointer) {
        if (root == null || pointer == null || pointer.isEmpty()) {
            return pointer == null ? "" : pointer;
        }
        StringBuilder out = new StringBuilder(pointer.length() + 16);
        JsonNode node = root;
        int i = 1;
        while (i <= pointer.length()) {
            int end = pointer.indexOf('/', i);
            if (end < 0) {
                end = pointer.length();
            }
            String seg = pointer.substring(i, end);
            out.append('/');
            if (node != null && node.isArray() && isIndex(seg)) {
                JsonNode el = node.get(Integer.parseInt(seg));
                out.append(identity(el, seg));
                node = el;
            } else {
                out.append(seg);
                node = node == null ? null : node.get(seg.replace("~1", "/").replace("~0", "~"));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String identity(JsonNode el, String index) {
        if (el != null && el.isObject()) {
            for (String k : KEYS) {
                JsonNode v = el.get(k);
                if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isEmpty()) {
                    String text = v.asText().replace("~", "~0").replace("/", "~1");
                    return k.equals("id") ? text : k + "=" + text;
                }
            }
        }
        return "#" + index;
    }

    private static boolean isIndex(String seg) {
        if (seg.isEmpty() || seg.length() > 9) {
            return false;
        }
        for (int k = 0; k < seg.length(); k++) {
            if (!Character.isDigit(seg.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code RULE:stablePath|name=value;…}: the fingerprint of one of several findings of a rule at one place. */
    static String of(String place, Map<String, Object> values) {
        if (values.isEmpty()) {
            return place;
        }
        StringJoiner j = new StringJoiner(";", place + "|", "");
        values.forEach((k, v) -> j.add(k + "=" + neutral(v)));
        return j.toString();
    }

    /** A value in no language (enum names, ISO dates), so a fingerprint does not depend on {@code --lang}. */
    private static String neutral(Object v) {
        if (v instanceof Collection<?> c) {
            StringJoiner j = new StringJoiner(",");
            c.forEach(x -> j.add(neutral(x)));
            return j.toString();
        }
        return String.valueOf(v);
    }
}
