package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.renda.check.InputError;
import org.renda.check.Language;

/** TEMPORARY stand-in; replaced by the strict validator. */
public final class RecordValidator {
    public List<InputError> validate(JsonNode record, Language lang) {
        List<InputError> out = new ArrayList<>();
        String kind = record.path("body").path("kind").asText();
        if (!kind.equals("TOWNSHIP") && !kind.equals("STREET")) {
            out.add(new InputError("/body/kind", "应为以下之一：TOWNSHIP、STREET，实为 \"" + kind + "\""));
        }
        return out;
    }

    public static String recordIdOf(JsonNode n) {
        JsonNode v = n.get("recordId");
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
