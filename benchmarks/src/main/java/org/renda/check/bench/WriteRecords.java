package org.renda.check.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes seeded random valid records ({@link RecordGen}) as files, for whole-process runs and for
 * comparing the reports of two builds ({@code benchmarks/same-reports.sh}, docs/performance.md):
 * {@code java -cp benchmarks/target/benchmarks.jar org.renda.check.bench.WriteRecords DIR N [SEED] [PER_FILE]}.
 * {@code PER_FILE} = 1 (the default) writes one record per file ({@code r000000.json}, …); more
 * writes arrays of that many records ({@code records-00000.json}, …).
 */
public final class WriteRecords {

    private WriteRecords() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261201L;
        int perFile = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        write(dir, n, perFile, seed);
    }

    static void write(Path dir, int n, int perFile, long seed) throws IOException {
        Files.createDirectories(dir);
        RecordGen gen = new RecordGen(seed);
        if (perFile <= 1) {
            for (int i = 0; i < n; i++) {
                Files.write(dir.resolve(String.format("r%06d.json", i)), gen.next());
            }
            return;
        }
        int written = 0;
        for (int f = 0; written < n; f++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(String.format("records-%05d.json", f)))) {
                int here = Math.min(perFile, n - written);
                out.write('[');
                for (int i = 0; i < here; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(gen.next());
                }
                out.write(']');
                written += here;
            }
        }
    }
}
