package org.renda.check.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's rule list ({@code rules.tsv}, a copy of {@code ../shared/spec/rules.tsv}): id,
 * pack, severity, applies_to, needs.
 */
record Catalogue(Map<String, Entry> entries) {

    record Entry(String id, String pack, String severity, List<String> appliesTo, List<String> needs) {
    }

    static Catalogue load() throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (InputStream in = Catalogue.class.getResourceAsStream("/catalogue/rules.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] c = lines[i].split("\t", -1);
                out.put(c[0], new Entry(c[0], c[1], c[2], split(c[3]), split(c.length > 4 ? c[4] : "")));
            }
        }
        return new Catalogue(out);
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** A resource's text, or null. */
    static String resource(String path) throws IOException {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
