package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.Checker;
import org.renda.check.model.AnnualRecord;

/**
 * The engine keeps at most {@link Engine#MAX_CACHED_GATINGS} gating decisions (memory stays flat
 * over a million records of many shapes), and a record whose decision is not cached gets the same
 * one as from a fresh engine.
 */
class GatingCacheTest {

    @Test
    void theCacheIsBoundedAndAnUncachedDecisionIsTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode base;
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/township.json")) {
            base = (ObjectNode) json.readTree(in);
        }
        RuleBaseAssembly a = RuleBaseAssembly.ofDefaults(
                List.of(PackFiles.fromDirectory(Path.of("src/test/resources/testpack"))), null);
        Engine engine = a.engine(2);
        Engine fresh = a.engine(1);
        try {
            AnnualRecord last = null;
            // the year is part of a decision's key: each year is another combination
            for (int i = 0; i < Engine.MAX_CACHED_GATINGS + 50; i++) {
                ObjectNode r = base.deepCopy();
                r.put("year", 1000 + i);
                last = RecordMapper.map(r);
                engine.match(last, a.parameters().values());
            }
            assertThat(engine.cachedGatings()).isEqualTo(Engine.MAX_CACHED_GATINGS);
            Engine.Matches beyond = engine.match(last, a.parameters().values());
            Engine.Matches first = fresh.match(last, a.parameters().values());
            assertThat(beyond.gating()).isEqualTo(first.gating());
            assertThat(beyond.size()).isEqualTo(first.size());
        } finally {
            engine.close();
            fresh.close();
        }
    }
}
