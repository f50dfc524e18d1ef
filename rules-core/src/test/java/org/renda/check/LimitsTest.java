package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input limit, breached through the public {@link Checker}, gives one clean REJECTED result. */
class LimitsTest {

    @TempDir
    Path tmp;

    private static Checker with(Limits limits) throws CheckerBuildException {
        return Checker.builder().noBundledPacks().packDirectory(TestSupport.tinyPack()).language(Language.EN)
                .limits(limits).build();
    }

    private static InputError onlyError(List<CheckResult> results) {
        assertThat(results).hasSize(1);
        CheckResult r = results.get(0);
        assertThat(r.status()).isEqualTo(Status.REJECTED);
        assertThat(r.errors()).hasSize(1);
        assertThat(TestSupport.breach(results, r.source())).isNull();
        return r.errors().get(0);
    }

    @Test
    void defaultsAreThoseOfTheRecordFormat() {
        assertThat(Limits.DEFAULT).isEqualTo(new Limits(16L << 20, 64, 10_000, 100_000));
        assertThat(TestSupport.checker().limits()).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void fileSizeBreachOnAFile() throws Exception {
        Path f = tmp.resolve("r.json");
        Files.writeString(f, TestSupport.example("township"));
        long size = Files.size(f);
        try (Checker c = with(new Limits(size - 1, 64, 10_000, 100_000))) {
            InputError e = onlyError(c.check(f));
            assertThat(e.path()).isEmpty();
            assertThat(e.message()).isEqualTo("file too large: " + size + " bytes, the limit is " + (size - 1) + " bytes");
        }
        try (Checker c = with(new Limits(size, 64, 10_000, 100_000))) {
            assertThat(c.check(f).get(0).status()).isEqualTo(Status.CHECKED);
        }
    }

    @Test
    void aTwentyMebibyteFileIsRejectedWithoutBeingRead() throws Exception {
        Path f = tmp.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(20L << 20); // sparse: reading it would take 20 MiB of heap and disk reads
        }
        Checker checker = TestSupport.checker();
        long start = System.nanoTime();
        InputError e = onlyError(checker.check(f));
        assertThat(e.message()).isEqualTo("file too large: 20971520 bytes, the limit is 16777216 bytes");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void aStreamIsReadNoFurtherThanTheLimit() throws Exception {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                read[0] += len;
                return len;
            }
        };
        try (Checker c = with(new Limits(1000, 64, 10_000, 100_000))) {
            InputError e = onlyError(c.check(endless, "stdin"));
            assertThat(e.message()).isEqualTo("file too large: more than the limit of 1000 bytes");
        }
        assertThat(read[0]).isLessThanOrEqualTo(1001);
    }

    @Test
    void depthBreach() throws Exception {
        String json = TestSupport.example("township").replace("\"term\": {", "\"term\": {\"x\": [[[[{\"y\": [1]}]]]],");
        try (Checker c = with(new Limits(16L << 20, 5, 10_000, 100_000))) {
            InputError e = onlyError(c.check(json, "deep.json"));
            assertThat(e.path()).isEqualTo("/term/x/0/0/0");
            assertThat(e.message()).isEqualTo("nesting too deep: more than 5 levels");
        }
        assertThat(onlyError(TestSupport.checker().check("[".repeat(100_000), "d.json")).message())
                .startsWith("nesting too deep");
    }

    @Test
    void stringLengthBreach() throws Exception {
        String json = TestSupport.example("township").replace("\"name\": \"示例镇\"", "\"name\": \"" + "镇".repeat(101) + "\"");
        try (Checker c = with(new Limits(16L << 20, 64, 100, 100_000))) {
            InputError e = onlyError(c.check(json, "long.json"));
            assertThat(e.path()).isEqualTo("/body/name");
            assertThat(e.message()).contains("too long").contains("101").contains("100");
        }
        String longName = "{\"" + "k".repeat(10_001) + "\": 1}";
        InputError e = onlyError(TestSupport.checker().check(longName, "key.json"));
        assertThat(e.message()).startsWith("field name too long");
    }

    @Test
    void arrayLengthBreach() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            items.append(i == 0 ? "" : ",").append("{\"date\": \"2024-03-0").append(i % 9 + 1).append("\"}");
        }
        String json = TestSupport.example("township").replace("\"term\": {", "\"presidiumMeetings\": [" + items + "], \"term\": {");
        try (Checker c = with(new Limits(16L << 20, 64, 10_000, 10))) {
            InputError e = onlyError(c.check(json, "many.json"));
            assertThat(e.path()).isEqualTo("/presidiumMeetings");
            assertThat(e.message()).isEqualTo("too many array items: more than 10");
        }
    }

    @Test
    void noStackTraceForUnreadableInput() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("a-folder.json"));
        for (CheckResult r : TestSupport.checker().check(dir)) {
            assertThat(TestSupport.breach(List.of(r), dir.toString())).isNull();
        }
        InputError missing = onlyError(TestSupport.checker().check(tmp.resolve("missing.json")));
        assertThat(missing.message()).isEqualTo("cannot read the file: no such file");
        InputError utf16 = onlyError(TestSupport.checker().check(new java.io.ByteArrayInputStream(
                TestSupport.example("street").getBytes(StandardCharsets.UTF_16)), "u16.json"));
        assertThat(utf16.message()).startsWith("the file is not UTF-8");
    }

    @Test
    void invalidLimitsAreRefusedAtConfiguration() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Limits(0, 64, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
