package org.renda.check.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code N} random valid records ({@link RecordGen}, seed {@code S}) into a folder as JSON
 * files of {@code P} records each (an array; {@code P = 1}: one record per file), for whole-process
 * measurements and the old-jar/new-jar report comparisons of docs/performance.md.
 *
 * <pre>java -cp benchmarks.jar org.renda.check.bench.WriteRecords DIR [N=20000] [P=100] [S=7]</pre>
 */
public final class WriteRecords {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 7L;
        write(dir, n, perFile, seed);
        System.out.printf("%d records in %d files under %s (seed %d)%n", n, (n + perFile - 1) / perFile, dir, seed);
    }

    static void write(Path dir, int n, int perFile, long seed) throws IOException {
        Files.createDirectories(dir);
        RecordGen gen = new RecordGen(seed);
        int files = (n + perFile - 1) / perFile;
        int written = 0;
        for (int f = 0; f < files; f++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(String.format("records-%05d.json", f)))) {
                int here = Math.min(perFile, n - written);
                if (perFile > 1) {
                    out.write('[');
                }
                for (int i = 0; i < here; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(gen.next());
                }
                if (perFile > 1) {
                    out.write(']');
                }
                written += here;
            }
        }
    }
}
