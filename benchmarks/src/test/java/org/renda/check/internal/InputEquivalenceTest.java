package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.renda.check.Limits;
import org.junit.jupiter.api.Test;
import org.renda.check.InputError;
import org.renda.check.Language;

/**
 * The fast paths of the input side give exactly the results of the full paths, on tens of
 * thousands of random valid and mutated records ({@link Mutations}). Size: {@code -Dinput.equivalence.records=N}.
 */
class InputEquivalenceTest {

    private static final int N = Integer.getInteger("input.equivalence.records", 20_000);

    @Test
    void schemaPrecheckNeverAcceptsWhatNetworkntRejects() {
        RecordValidator fast = new RecordValidator(true);
        RecordValidator full = new RecordValidator(false);
        Mutations m = new Mutations(20240601L);
        int valid = 0;
        int prechecked = 0;
        int rejected = 0;
        for (int i = 0; i < N; i++) {
            ObjectNode r = m.tree();
            Language l = i % 3 == 0 ? Language.EN : Language.ZH;
            int pre = fast.precheck(r);
            int messages = full.schemaMessageCount(r);
            if (pre == SchemaPrecheck.VALID) {
                prechecked++;
                assertThat(messages).as("pre-checked VALID but networknt reports: %s", r).isZero();
            }
            if (pre == SchemaPrecheck.INVALID) {
                assertThat(messages).as("pre-checked INVALID but networknt accepts: %s", r).isPositive();
            }
            if (messages == 0) {
                valid++;
            }
            List<InputError> a = fast.validate(r, l);
            List<InputError> b = full.validate(r, l);
            assertThat(a).as("record %s", r).isEqualTo(b);
            if (!b.isEmpty()) {
                rejected++;
            }
        }
        System.out.printf("schema pre-check: %d records, %d schema-valid, %d pre-checked VALID, %d rejected by validate%n",
                N, valid, prechecked, rejected);
        assertThat(prechecked).as("the pre-check should confirm nearly every schema-valid record").isGreaterThan(valid * 9 / 10);
    }

    @Test
    void readingFromBytesGivesWhatTheFullPathGives() throws IOException {
        Mutations m = new Mutations(20240602L);
        Limits small = new Limits(1 << 20, 20, 40, 30);
        int fast = 0;
        int rejected = 0;
        for (int i = 0; i < N; i++) {
            byte[] b = m.bytes();
            Language l = i % 3 == 0 ? Language.EN : Language.ZH;
            Limits limits = i % 5 == 0 ? small : Limits.DEFAULT;
            List<JsonInput.RawRecord> a;
            List<JsonInput.RawRecord> full;
            try {
                a = JsonInput.read("r.json", new ByteArrayInputStream(b), limits, l);
                JsonInput.fullPathOnly = true;
                full = JsonInput.read("r.json", new ByteArrayInputStream(b), limits, l);
            } finally {
                JsonInput.fullPathOnly = false;
            }
            assertThat(a).as("input %s", new String(b, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(full);
            if (full.stream().anyMatch(r -> !r.ok())) {
                rejected++;
            }
            if (JsonInput.validUtf8(b)) {
                fast++;
            }
        }
        System.out.printf("reader: %d inputs (%d valid UTF-8), %d with a rejected record%n", N, fast, rejected);
    }
}
