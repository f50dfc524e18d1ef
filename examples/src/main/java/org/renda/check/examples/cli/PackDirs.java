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

    /**
     * The checker for the packs found in {@code dir} (and no bundled pack), or null after printing
     * why it could not be built: no pack there, or the packs' problems with file and line. The
     * caller then exits with status 2.
     */
    static org.renda.check.Checker checkerFor(Path dir, org.renda.check.Language language, java.io.PrintWriter err)
            throws IOException {
        List<Path> packs = find(dir);
        if (packs.isEmpty()) {
            err.println(Texts.get(language, "packDirs.holdsNoRulePackNo", dir));
            return null;
        }
        org.renda.check.Checker.Builder b = org.renda.check.Checker.builder().noBundledPacks().language(language);
        packs.forEach(b::packDirectory);
        try {
            return b.build();
        } catch (org.renda.check.CheckerBuildException e) {
            Problems.print(err, e, language);
            return null;
        }
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
