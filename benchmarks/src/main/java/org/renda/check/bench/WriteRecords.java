package org.renda.check.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes seeded random valid records ({@link RecordGen}) as files, for whole-process runs and for
 * comparing the reports of two builds ({@code benchmarks/same-reports.sh}):
 * {@code java -cp benchmarks/target/benchmarks.jar org.renda.check.bench.WriteRecords DIR N [SEED]}.
 */
public final class WriteRecords {

    private WriteRecords() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261201L;
        Files.createDirectories(dir);
        RecordGen gen = new RecordGen(seed);
        for (int i = 0; i < n; i++) {
            Files.write(dir.resolve(String.format("r%06d.json", i)), gen.next());
        }
    }
}
