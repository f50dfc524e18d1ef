package org.renda.check.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.JsonReportWriter;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.internal.JsonInput;
import org.renda.check.internal.RecordMapper;
import org.renda.check.internal.RecordValidator;

/**
 * Throughput, one record per operation, cycling over the same 1,000 pre-generated records
 * (the two spec examples plus random valid ones, seed 42) in every benchmark, so ratios compare
 * the same work. See {@link Main} for the summary with ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Bench {

    /** Everything shared by all threads: the engine, the checker, the records. */
    @State(Scope.Benchmark)
    public static class Shared {
        Fixture fx;
        Checker checker;
        PlainJavaChecks plain;
        RecordValidator validator;
        ObjectMapper mapper;
        List<JsonNode> nodes;
        List<CheckResult> results;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            fx = new Fixture(Integer.getInteger("bench.records", 1000), 42L);
            checker = Checkers.build();
            plain = new PlainJavaChecks(fx.rules);
            validator = new RecordValidator();
            mapper = new ObjectMapper();
            nodes = new ArrayList<>();
            results = new ArrayList<>();
            for (byte[] b : fx.json) {
                nodes.add(mapper.readTree(b));
                results.addAll(checker.check(new ByteArrayInputStream(b), "r.json"));
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            checker.close();
            fx.engine.close();
        }
    }

    /** Per thread: which record is next, and a report writer on a null stream. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;
        JsonReportWriter writer;

        @Setup(Level.Trial)
        public void setUp(Shared s) {
            // threads start at different records
            i = (int) (Thread.currentThread().getId() * 7919 % s.fx.json.size());
            writer = JsonReportWriter.open(OutputStream.nullOutputStream(), s.checker);
        }

        int next(int size) {
            int k = i;
            i = k + 1 == size ? 0 : k + 1;
            return k;
        }
    }

    // ---- (a) rules only, pre-mapped facts: the same work as PlainJavaChecks, i.e. which rule found
    // what where (gating + firing, with each finding's values), not yet put into words

    @Benchmark
    public Object rulesDrools(Shared s, Cursor c) {
        return s.fx.engine.match(s.fx.records.get(c.next(s.fx.records.size())), s.fx.parameters);
    }

    /** The same plus rendering (messages, citations, sorting): what Checker does after the rules. */
    @Benchmark
    public Object rulesDroolsRendered(Shared s, Cursor c) {
        return s.fx.engine.evaluate(s.fx.records.get(c.next(s.fx.records.size())), s.fx.parameters, Language.ZH);
    }

    @Benchmark
    @Threads(2)
    public Object rulesDrools2t(Shared s, Cursor c) {
        return rulesDrools(s, c);
    }

    @Benchmark
    public Object rulesPlain(Shared s, Cursor c) {
        return s.plain.check(s.fx.records.get(c.next(s.fx.records.size())), s.fx.parameters);
    }

    // ---- (b) end to end: read + validate + map + evaluate + write JSON, vs parts

    @Benchmark
    public void checkEndToEnd(Shared s, Cursor c) {
        byte[] b = s.fx.json.get(c.next(s.fx.json.size()));
        for (CheckResult r : s.checker.check(new ByteArrayInputStream(b), "r.json")) {
            c.writer.write(r);
        }
    }

    /** (e) the same with two threads sharing the checker (each writes its own report). */
    @Benchmark
    @Threads(2)
    public void checkEndToEnd2t(Shared s, Cursor c) {
        checkEndToEnd(s, c);
    }

    @Benchmark
    public Object parseOnlyJackson(Shared s, Cursor c) throws IOException {
        return s.mapper.readTree(s.fx.json.get(c.next(s.fx.json.size())));
    }

    @Benchmark
    public Object partReadStrict(Shared s, Cursor c) throws IOException {
        return JsonInput.read("r.json", new ByteArrayInputStream(s.fx.json.get(c.next(s.fx.json.size()))),
                Limits.DEFAULT, Language.ZH);
    }

    @Benchmark
    public Object partValidate(Shared s, Cursor c) {
        return s.validator.validate(s.nodes.get(c.next(s.nodes.size())), Language.ZH);
    }

    @Benchmark
    public Object partMap(Shared s, Cursor c) {
        return RecordMapper.map(s.nodes.get(c.next(s.nodes.size())));
    }

    @Benchmark
    public void partWriteJson(Shared s, Cursor c) {
        c.writer.write(s.results.get(c.next(s.results.size())));
    }
}
