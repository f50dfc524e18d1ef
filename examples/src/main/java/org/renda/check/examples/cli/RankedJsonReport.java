package org.renda.check.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * system's temporary files while {@link Review} counts the scores per ranking group; for each scored
 * result it notes, in a second temporary file, where the result ends and what its rank depends on.
 * Pass two copies the first file to the output byte for byte, adding {@code period} and
 * {@code rankInCounty} where each scored result ends (the ranks are known only now), then
 * {@code counties[]} and {@code warnings[]} after the summary. Nothing is parsed again. Memory: one
 * result at a time plus a few bytes per record; the temporary files are as large as the report (and
 * 21 bytes per scored record) and are deleted at the end.
 */
final class RankedJsonReport {

    /** How a pretty-printed result object ends: its closing brace on a line of its own. */
    private static final byte[] RESULT_END = "\n  }".getBytes(StandardCharsets.US_ASCII);
    /** How the pretty-printed report ends: the root's closing brace and a newline. */
    private static final byte[] REPORT_END = "\n}\n".getBytes(StandardCharsets.US_ASCII);

    private RankedJsonReport() {
    }

    /** Writes the report of the results {@code feed} produces; returns the summary. */
    static Summary write(Checker checker, Review review, OutputStream out,
                         Consumer<Consumer<CheckResult>> feed) throws IOException {
        Path spool = Files.createTempFile("renda-check-", ".json");
        Path marks = Files.createTempFile("renda-check-", ".marks");
        spool.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C, SIGTERM)
        marks.toFile().deleteOnExit();
        try {
            Summary summary;
            Interned periods = new Interned();
            Interned groups = new Interned();
            try (CountingOutputStream s = new CountingOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
                 DataOutputStream m = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(marks), 1 << 16));
                 JsonReportWriter w = JsonReportWriter.open(s, checker)) {
                feed.accept(r -> {
                    Review.Assessed a = review.assess(r);
                    w.write(r, extras(review, a));
                    if (a.score() != null) {
                        w.flush();
                        mark(m, s.count() - RESULT_END.length, a, periods, groups);
                    }
                });
                summary = w.summary();
            }
            copyWithRanks(spool, marks, out, review, periods, groups);
            return summary;
        } finally {
            Files.deleteIfExists(spool);
            Files.deleteIfExists(marks);
        }
    }

    /** Notes where a scored result ends in the spool and what its period and rank depend on. */
    private static void mark(DataOutputStream m, long end, Review.Assessed a, Interned periods, Interned groups) {
        CheckResult r = a.result();
        CheckResult.Body body = r.body();
        String period = Ranking.period(body).key();
        boolean duplicate = a.duplicateOf() >= 0;
        boolean reported = body != null && !body.sections().isEmpty();
        String group = (body == null || body.county() == null ? BatchStats.UNKNOWN_COUNTY : body.county()) + "|" + period;
        try {
            m.writeLong(end);
            m.writeInt(periods.index(period));
            m.writeBoolean(duplicate);
            m.writeInt(groups.index(group));
            m.writeInt(a.score().value());
            m.writeBoolean(reported);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static void copyWithRanks(Path spool, Path marks, OutputStream out, Review review, Interned periods,
                                      Interned groups) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory f = new JsonFactory(mapper);
        long size = Files.size(spool);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(spool), 1 << 16);
             DataInputStream m = new DataInputStream(new BufferedInputStream(Files.newInputStream(marks), 1 << 16))) {
            long at = 0;
            long marksLeft = Files.size(marks) / MARK_BYTES;
            byte[] end = new byte[RESULT_END.length];
            for (long k = 0; k < marksLeft; k++) {
                long resultEnd = m.readLong();
                String period = periods.get(m.readInt());
                boolean duplicate = m.readBoolean();
                String group = groups.get(m.readInt());
                int score = m.readInt();
                boolean reported = m.readBoolean();
                copy(in, out, resultEnd - at);
                readFully(in, end);
                if (!Arrays.equals(end, RESULT_END)) {
                    throw new IllegalStateException("the spooled report does not end a result at byte " + resultEnd);
                }
                at = resultEnd + end.length;
                // as the pretty printer writes two more fields of the result, then its end
                out.write(",\n    \"period\" : ".getBytes(StandardCharsets.US_ASCII));
                out.write(mapper.writeValueAsBytes(period));
                out.write(",\n    \"rankInCounty\" : ".getBytes(StandardCharsets.US_ASCII));
                // the later record of a body seen twice is not ranked
                String rank = duplicate ? "null" : String.valueOf(review.rank(group, score, reported));
                out.write(rank.getBytes(StandardCharsets.US_ASCII));
                out.write(RESULT_END);
            }
            copy(in, out, size - REPORT_END.length - at);
            byte[] last = new byte[REPORT_END.length];
            readFully(in, last);
            if (!Arrays.equals(last, REPORT_END)) {
                throw new IllegalStateException("the spooled report does not end as expected");
            }
        }
        // the root object's last two fields: written as a root object of their own, its "{" replaced by ","
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        try (JsonGenerator g = f.createGenerator(rest, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
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
        byte[] b = rest.toByteArray();
        out.write(',');
        out.write(b, 1, b.length - 1);
        out.flush();
    }

    /** The bytes of one mark: end offset, period, duplicate flag, group, score, reported flag. */
    private static final int MARK_BYTES = Long.BYTES + Integer.BYTES + 1 + Integer.BYTES + Integer.BYTES + 1;

    private static void copy(InputStream in, OutputStream out, long n) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = n;
        while (left > 0) {
            int got = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (got < 0) {
                throw new EOFException("the spooled report ended early");
            }
            out.write(buf, 0, got);
            left -= got;
        }
    }

    private static void readFully(InputStream in, byte[] b) throws IOException {
        new DataInputStream(in).readFully(b);
    }

    /** A few distinct strings (periods, ranking groups), numbered in order of appearance. */
    private static final class Interned {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int index(String s) {
            return index.computeIfAbsent(s, k -> {
                values.add(k);
                return values.size() - 1;
            });
        }

        String get(int i) {
            return values.get(i);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }
}
