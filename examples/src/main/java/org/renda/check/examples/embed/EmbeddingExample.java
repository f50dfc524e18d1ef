package org.renda.check.examples.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Finding;
import org.renda.check.Status;

/**
 * The smallest useful embedding, as shown in the README: build a checker once, check a file,
 * read the findings. A {@link Checker} is thread-safe: build it at start-up and share it.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Checks one record file with a county's parameter override and returns one line per finding. */
    public static List<String> findingsOf(Path recordFile) throws CheckerBuildException {
        try (Checker checker = Checker.builder()                      // all bundled packs: national, hunan, loudi
                .parameters(Map.of("minSessionHalfDays", 2))          // a county's override (optional)
                .build()) {                                           // compiles the rules once
            return checker.check(recordFile).stream()                 // a file may hold several records
                    .flatMap(result -> describe(result).stream())
                    .toList();
        }
    }

    private static List<String> describe(CheckResult result) {
        if (result.status() == Status.REJECTED) {
            return result.errors().stream().map(e -> "REJECTED " + e.path() + " " + e.message()).toList();
        }
        return result.findings().stream().map(EmbeddingExample::line).toList();
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + f.path() + " " + f.message()
                + " — " + f.basis().get(0).display();
    }

    /** {@code java -cp examples/target/renda-check.jar org.renda.check.examples.embed.EmbeddingExample FILE} */
    public static void main(String[] args) throws CheckerBuildException {
        findingsOf(Path.of(args[0])).forEach(System.out::println);
    }
}
