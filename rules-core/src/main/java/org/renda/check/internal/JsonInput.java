package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Limits;

/** TEMPORARY stand-in; replaced by the strict reader. */
public final class JsonInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonInput() {
    }

    public static List<RawRecord> read(String source, InputStream in, Limits limits, Language lang) {
        try {
            JsonNode root = JSON.readTree(in);
            List<RawRecord> out = new ArrayList<>();
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    out.add(new RawRecord(source, i, root.get(i), List.of()));
                }
            } else {
                out.add(new RawRecord(source, 0, root, List.of()));
            }
            return out;
        } catch (IOException e) {
            return List.of(new RawRecord(source, 0, null, List.of(new InputError("", "不是有效的 JSON"))));
        }
    }
}
