package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The shared validator (issue #5, cold start: built on a daemon thread while the rules load) is
 * one instance for every caller, whoever asks first, and the preparing thread does not outlive it.
 */
class RecordValidatorSharedTest {

    @Test
    void everyCallerGetsTheSameInstanceAndNoThreadIsLeft() throws Exception {
        RecordValidator.prepareShared();
        RecordValidator.prepareShared(); // a second call starts nothing
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RecordValidator>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(RecordValidator::shared);
            }
            RecordValidator first = RecordValidator.shared();
            for (Future<RecordValidator> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("renda-check-schema")) {
                assertThat(t.isDaemon()).isTrue();
                t.join(10_000);
                assertThat(t.isAlive()).as("the preparing thread ends once the validator is built").isFalse();
            }
        }
    }

    @Test
    void theSharedInstanceValidates() {
        RecordValidator.prepareShared();
        assertThat(RecordValidator.shared().validate(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), org.renda.check.Language.EN))
                .isNotEmpty();
    }
}
