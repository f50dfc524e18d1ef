package org.renda.check.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.RuleInfo;

/**
 * Builds the checker under test: the bundled packs, or, when the system property
 * {@code renda.packDirs} (or the environment variable {@code RENDA_PACK_DIRS}) lists pack folders
 * (comma-separated), those folders from disk instead. The latter lets the benchmarks and the
 * equivalence test run on rules that are not bundled yet.
 */
public final class Checkers {

    private Checkers() {
    }

    public static Checker build() {
        String dirs = System.getProperty("renda.packDirs", System.getenv("RENDA_PACK_DIRS"));
        Checker.Builder b = Checker.builder();
        if (dirs != null && !dirs.isBlank()) {
            b.noBundledPacks();
            for (String d : dirs.split(",")) {
                b.packDirectory(Path.of(d.strip()));
            }
        }
        try {
            return b.build();
        } catch (CheckerBuildException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The IDs of the rules a checker loaded. */
    public static List<String> ruleIds(Checker c) {
        List<String> ids = new ArrayList<>();
        for (RuleInfo r : c.rules()) {
            ids.add(r.id());
        }
        return ids;
    }
}
