package org.renda.check.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Finding;
import org.renda.check.JsonReportWriter;
import org.renda.check.Summary;

/**
 * The JSON report with scores and ranks, in two passes and bounded memory. Pass one writes every
 * result, with its {@code score}, {@code band} and {@code formula} (and, with a baseline, each
 * finding's {@code baseline} and the result's {@code resolved[]}), to a temporary file beside the
 * system's temporary files while {@link Review} counts the scores per ranking group. Pass two
 * streams that file to the output one result at a time, adding {@code rankInCounty} (and
 * {@code period}), then {@code counties[]} and {@code warnings[]} after the
 * summary. Memory: one result at a time plus a few bytes per record; the temporary file is as
 * large as the report and is deleted at the end.
 */
final class RankedJsonReport {

    private RankedJsonReport() {
    }

    /** Writes the report of the results {@code feed} produces; returns the summary. */
    static Summary write(Checker checker, Review review, OutputStream out,
                         Consumer<Consumer<CheckResult>> feed) throws IOException {
        Path spool = Files.createTempFile("renda-check-", ".json");
        spool.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C, SIGTERM)
        try {
            Summary summary;
            try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
                 JsonReportWriter w = JsonReportWriter.open(s, checker)) {
                feed.accept(r -> {
                    Review.Assessed a = review.assess(r);
                    w.write(r, extras(review, a));
                });
                summary = w.summary();
            }
            copyWithRanks(spool, out, review);
            return summary;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static JsonReportWriter.Extras extras(Review review, Review.Assessed a) {
        return new JsonReportWriter.Extras() {
            @Override
            public Map<String, ?> result() {
                Map<String, Object> m = new LinkedHashMap<>();
                if (a.score() == null) {
                    return m;
                }
                m.put("score", a.score().value());
                m.put("band", a.score().band());
                m.put("formula", a.score().formula());
                if (a.duplicateOf() >= 0) {
                    m.put("duplicateOf", review.source(a.duplicateOf()));
                }
                if (review.baseline != null) {
                    List<Map<String, Object>> resolved = new ArrayList<>();
                    a.resolved().forEach(o -> resolved.add(o.json()));
                    m.put("resolved", resolved);
                    Map<String, Object> then = null;
                    if (a.before() != null) {
                        then = new LinkedHashMap<>();
                        then.put("source", a.before().source());
                        then.put("score", a.before().score());
                        then.put("band", a.before().band());
                        then.put("rankInCounty", a.before().rank());
                    }
                    m.put("baseline", then);
                }
                return m;
            }

            @Override
            public Map<String, ?> finding(Finding f) {
                String mark = review.mark(a, f);
                return mark == null ? Map.of() : Map.of("baseline", mark);
            }
        };
    }

    private static void copyWithRanks(Path spool, OutputStream out, Review review) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory f = new JsonFactory(mapper);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(spool), 1 << 16);
             JsonParser p = f.createParser(in);
             JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            p.nextToken();
            g.writeStartObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                p.nextToken();
                g.writeFieldName(name);
                if (name.equals("results")) {
                    g.writeStartArray();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        ObjectNode r = p.readValueAsTree();
                        decorate(r, review);
                        g.writeTree(r);
                    }
                    g.writeEndArray();
                } else {
                    g.copyCurrentStructure(p);
                }
            }
            g.writeArrayFieldStart("counties");
            for (Review.County c : review.counties()) {
                g.writeObject(review.countyJson(c));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : review.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Adds the rank (known only now) to a result of pass one. */
    private static void decorate(ObjectNode r, Review review) {
        if (!r.has("score")) {
            return;
        }
        CheckResult.Body body = new CheckResult.Body(r.path("body").path("kind").asText(null),
                r.path("body").path("name").asText(null), r.path("body").path("county").asText(null),
                r.path("body").path("year").isInt() ? r.path("body").path("year").intValue() : null,
                r.path("body").path("asOfDate").asText(null), List.of());
        Ranking.Period period = Ranking.period(body);
        r.put("period", period.key());
        if (r.has("duplicateOf")) { // the later record of a body seen twice: not ranked
            r.putNull("rankInCounty");
            return;
        }
        boolean reported = r.path("body").path("sections").size() > 0;
        String group = (body.county() == null ? "（未知）" : body.county()) + "|" + period.key();
        r.put("rankInCounty", review.rank(group, r.path("score").intValue(), reported));
    }
}
