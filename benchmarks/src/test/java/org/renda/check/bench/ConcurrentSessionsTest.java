package org.renda.check.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.renda.check.internal.Engine;
import org.renda.check.model.AnnualRecord;

/**
 * Two threads sharing one engine (as {@code check --jobs 2} does) find exactly what one thread
 * finds, record by record, on the executable model the checker loads and on the classic compile.
 * With {@code drools.threadSafe=false} on the executable model this failed: 34 of 5,000 random
 * records lost findings (docs/performance.md).
 */
class ConcurrentSessionsTest {

    private static final int RECORDS = 3000;

    @Test
    void twoThreadsFindWhatOneThreadFindsOnTheExecutableModel() throws Exception {
        Fixture fx = new Fixture(RECORDS, 7L);
        assertThat(fx.ruleBase.precompiled()).as("the bundled packs load as the executable model").isTrue();
        sameInTwoThreads(fx);
    }

    @Test
    void twoThreadsFindWhatOneThreadFindsOnTheClassicCompile() throws Exception {
        Fixture fx = Fixture.classic(RECORDS, 7L);
        assertThat(fx.ruleBase.precompiled()).isFalse();
        sameInTwoThreads(fx);
    }

    private static void sameInTwoThreads(Fixture fx) throws Exception {
        List<List<String>> one = new ArrayList<>();
        for (AnnualRecord r : fx.records) {
            one.add(found(fx.engine, fx, r));
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (AnnualRecord r : fx.records) {
                futures.add(two.submit(() -> found(fx.engine, fx, r)));
            }
            int differ = 0;
            long findings = 0;
            for (int i = 0; i < futures.size(); i++) {
                findings += one.get(i).size();
                if (!futures.get(i).get().equals(one.get(i))) {
                    differ++;
                }
            }
            assertThat(findings).as("the records have findings to lose").isGreaterThan(10L * RECORDS);
            assertThat(differ).as("records whose findings differ between one and two threads").isZero();
        } finally {
            two.shutdown();
            fx.engine.close();
        }
    }

    private static List<String> found(Engine engine, Fixture fx, AnnualRecord r) {
        Engine.Matches m = engine.match(r, fx.parameters);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            out.add(m.ruleId(i) + " " + m.path(i) + " " + m.values(i));
        }
        out.sort(null); // the rendered report sorts findings; firing order is not what is compared
        return out;
    }
}
