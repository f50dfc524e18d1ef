package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;
import org.renda.check.Limits;

/**
 * The fast paths of the input side give exactly the results of the full paths, on tens of
 * thousands of random valid and mutated records ({@link Mutations}), and they are taken (a fast
 * path that always gave up would pass the comparison and fail here). No switch in the main code:
 * the test calls the full paths, which production takes whenever the fast one declines.
 * Size: {@code -Dinput.equivalence.records=N}.
 */
class InputEquivalenceTest {

    private static final int N = Integer.getInteger("input.equivalence.records", 20_000);

    @Test
    void schemaPrecheckNeverAcceptsWhatNetworkntRejects() {
        RecordValidator validator = new RecordValidator();
        Mutations m = new Mutations(20240601L);
        int valid = 0;
        int prechecked = 0;
        for (int i = 0; i < N; i++) {
            ObjectNode r = m.tree();
            int pre = validator.precheck(r);
            int messages = validator.schemaMessageCount(r);
            if (pre == SchemaPrecheck.VALID) {
                prechecked++;
                // validate() skips networknt for this record: it must have had nothing to say
                assertThat(messages).as("pre-checked VALID but networknt reports: %s", r).isZero();
            }
            if (pre == SchemaPrecheck.INVALID) {
                assertThat(messages).as("pre-checked INVALID but networknt accepts: %s", r).isPositive();
            }
            if (messages == 0) {
                valid++;
            }
        }
        assertThat(valid).as("schema-valid records among %d", N).isGreaterThan(N / 5);
        assertThat(prechecked).as("the pre-check should confirm nearly every schema-valid record").isGreaterThan(valid * 9 / 10);
    }

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
