package org.renda.check.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.renda.check.internal.PackFiles;

/**
 * Build step: the file index of every bundled pack ({@code <id>.files.list} beside its folder), which
 * the runtime reads instead of scanning the jar ({@code PackFiles.fromClasspath}). A pack on disk
 * ({@code --pack-dir}, a county layer) needs no index: its folder is listed.
 */
public final class PackIndexes {

    private PackIndexes() {
    }

    /**
     * Writes {@code <id>.files.list} beside every pack folder under {@code packsRoot} (a
     * {@code renda/packs} folder of build output), listing the pack's files, relative, in name
     * order. Returns the ids indexed.
     */
    public static List<String> write(Path packsRoot) throws IOException {
        List<String> ids = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> list = Files.list(packsRoot)) {
            list.filter(d -> Files.isRegularFile(d.resolve("pack.json"))).forEach(dirs::add);
        }
        Collections.sort(dirs);
        for (Path dir : dirs) {
            TreeSet<String> names = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .filter(PackFiles::isPackFile).forEach(names::add);
            }
            String id = dir.getFileName().toString();
            StringBuilder sb = new StringBuilder("# The files of pack " + id + ", written by the build"
                    + " (rules-build PackIndexes); read instead of scanning the jar.\n");
            names.forEach(rel -> sb.append(rel).append('\n'));
            Files.writeString(packsRoot.resolve(id + PackFiles.INDEX_SUFFIX), sb, StandardCharsets.UTF_8);
            ids.add(id);
        }
        return ids;
    }
}
