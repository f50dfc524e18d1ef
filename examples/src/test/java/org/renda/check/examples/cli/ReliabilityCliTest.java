package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness on hostile input, broken packs, and failing output. */
class ReliabilityCliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** Runs the harness, capturing System.out too (the report goes there without --out). */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream saved = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        } finally {
            System.setOut(saved);
        }
        return new Run(code, out + stdout.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static void noStackTrace(Run r) {
        assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }

    /** The 1-based line of the bundled SESSION-QUORUM-001.drl that starts with {@code start} (after indentation). */
    private static int quorumLine(String start) throws IOException {
        String[] lines;
        try (InputStream in = ReliabilityCliTest.class.getResourceAsStream("/renda/packs/national/SESSION-QUORUM-001.drl")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starting with " + start);
    }

    /** A pack folder (id "tiny") holding SESSION-QUORUM-001 with an unknown fact field on its condition line. */
    private Path brokenPack() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tiny"));
        Files.writeString(dir.resolve("pack.json"), "{\"id\": \"tiny\", \"version\": \"1.0.0\", \"title\": \"t\"}");
        String drl;
        try (InputStream in = getClass().getResourceAsStream("/renda/packs/national/SESSION-QUORUM-001.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(drl.split("\n")[quorumLine("$s : Session(") - 1]).contains("deputiesPresent * 3");
        Files.writeString(dir.resolve("SESSION-QUORUM-001.drl"), drl.replace("package renda.packs.national;",
                "package renda.packs.tiny;").replace("Session( deputiesPresent * 3", "Session( deputiesPresnt * 3"));
        return dir;
    }

    @Test
    void oversizedFileIsAClearRejection() throws Exception {
        Path f = tmp.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(20L << 20);
        }
        Run r = run("check", "--lang", "en", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("file too large: 20971520 bytes, the limit is 16777216 bytes");
        noStackTrace(r);
    }

    @Test
    void validateBrokenPackExitsTwoWithFileAndLine() throws Exception {
        Path dir = brokenPack();
        Run r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("tiny/SESSION-QUORUM-001.drl:" + quorumLine("$s : Session(") + ": [SESSION-QUORUM-001]")
                .contains("deputiesPresnt");
        noStackTrace(r);
    }

    @Test
    void validateRefusesAnUntrustedConsequence() throws Exception {
        Path dir = brokenPack();
        Path drl = dir.resolve("SESSION-QUORUM-001.drl");
        Files.writeString(drl, Files.readString(drl).replace("deputiesPresnt", "deputiesPresent")
                .replace("then\n", "then\n    System.exit(3);\n"));
        Run r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        // the inserted line follows "then"
        assertThat(r.err()).contains("tiny/SESSION-QUORUM-001.drl:" + (quorumLine("then") + 1) + ": [SESSION-QUORUM-001]")
                .contains("System");
    }

    @Test
    void checkWithBrokenPackDirExitsTwo() throws Exception {
        Path dir = brokenPack();
        Path record = tmp.resolve("r.json");
        Files.writeString(record, "{}");
        Path report = tmp.resolve("report.json");
        Run r = run("check", "--pack-dir", dir.toString(), "--format", "json", "--out", report.toString(), record.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("tiny/SESSION-QUORUM-001.drl:" + quorumLine("$s : Session(") + ":");
        assertThat(report).doesNotExist();
        noStackTrace(r);
    }

    @Test
    void atomicOutputNeverLeavesAHalfWrittenTarget() throws Exception {
        Path target = tmp.resolve("report.json");
        Files.writeString(target, "old report");
        assertThatThrownBy(() -> {
            try (AtomicOutput a = new AtomicOutput(target, o -> new FilterOutputStream(o) {
                long written;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > 100_000) {
                        throw new IOException("disk full (simulated)");
                    }
                    written += len;
                    out.write(b, off, len);
                }
            })) {
                byte[] chunk = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 1000; i++) {
                    a.stream().write(chunk);
                }
                a.commit();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old report");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
        // and a run that completes replaces the target whole
        try (AtomicOutput a = new AtomicOutput(target)) {
            a.stream().write("new report".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(target)).isEqualTo("old report");
            a.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new report");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
