package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;
import org.renda.check.Limits;

/**
 * The fast path of the reader gives exactly the results of the full path, on tens of
 * thousands of random valid and mutated records ({@link Mutations}), and they are taken (a fast
 * path that always gave up would pass the comparison and fail here). No switch in the main code:
 * the test calls the full path, which production takes whenever the fast one declines.
 * Size: {@code -Dinput.equivalence.records=N}.
 */
class InputEquivalenceTest {

    private static final int N = Integer.getInteger("input.equivalence.records", 20_000);

    @Test
    void readingFromBytesGivesWhatTheFullPathGives() throws IOException {
        Mutations m = new Mutations(20240602L);
        Limits small = new Limits(1 << 20, 20, 40, 30);
        int fastTaken = 0;
        int validUtf8 = 0;
        for (int i = 0; i < N; i++) {
            byte[] b = m.bytes();
            Language l = i % 3 == 0 ? Language.EN : Language.ZH;
            Limits limits = i % 5 == 0 ? small : Limits.DEFAULT;
            if (b.length > limits.maxFileBytes()) {
                continue; // refused before parsing, on either path
            }
            List<JsonInput.RawRecord> read = JsonInput.read("r.json", new ByteArrayInputStream(b), limits, l);
            List<JsonInput.RawRecord> full = JsonInput.parseText("r.json", b, limits, l);
            assertThat(read).as("input %s", new String(b, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(full);
            if (JsonInput.validUtf8(b)) {
                validUtf8++;
                if (JsonInput.parseValidUtf8("r.json", b, limits, l) != null) {
                    fastTaken++;
                }
            }
        }
        assertThat(fastTaken).as("inputs read by the fast path, of %d valid UTF-8", validUtf8).isGreaterThan(validUtf8 / 2);
    }
}
