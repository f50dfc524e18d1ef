package org.renda.check.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The yardstick of the whole-process targets (b)–(d) of issue 16: a JVM that only parses the same
 * record files with Jackson ({@code readTree} of each {@code *.json}, found as {@code check} finds
 * them: a file as itself, a folder recursively in sorted order) and prints how many records it read.
 *
 * <pre>java -cp benchmarks.jar org.renda.check.bench.ParseOnly PATH...</pre>
 */
public final class ParseOnly {

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long records = 0;
        for (String a : args) {
            for (Path f : files(Path.of(a))) {
                JsonNode n = mapper.readTree(Files.readAllBytes(f));
                records += n.isArray() ? n.size() : 1;
            }
        }
        System.out.println(records);
    }

    static List<Path> files(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).sorted().forEach(out::add);
        }
        return out;
    }
}
