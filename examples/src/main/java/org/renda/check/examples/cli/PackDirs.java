package org.renda.check.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A pack folder (holding pack.json), or a folder of pack folders. */
final class PackDirs {

    private PackDirs() {
    }

    static List<Path> find(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("pack.json"))) {
            return List.of(dir);
        }
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> Files.isRegularFile(p.resolve("pack.json"))).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
