package org.renda.check.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Records compared as the format reads them (see {@link Workbooks#differences}). */
final class Equivalence {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Equivalence() {
    }

    static JsonNode normal(JsonNode n, boolean top) {
        if (n.isObject()) {
            ObjectNode out = F.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isNull() || (!top && v.isArray() && v.isEmpty())) {
                    continue;
                }
                out.set(e.getKey(), normal(v, false));
            }
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = F.arrayNode();
            n.forEach(x -> out.add(normal(x, false)));
            return out;
        }
        if (n.isNumber()) {
            return F.numberNode(new BigDecimal(n.asText()).stripTrailingZeros());
        }
        return n;
    }

    static List<String> differences(JsonNode a, JsonNode b, String at) {
        List<String> out = new ArrayList<>();
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            if (a == null || !a.equals(b)) {
                out.add(at + ": " + a + " ≠ " + b);
            }
            return out;
        }
        if (a.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String k : names) {
                out.addAll(differences(a.get(k), b.get(k), at + "/" + k));
            }
        } else {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                out.addAll(differences(a.get(i), b.get(i), at + "/" + i));
            }
        }
        return out;
    }
}
