package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.PackProblem;
import org.renda.check.PackTester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate PACK_DIR}: compiles a pack's DRL files from disk and prints every problem with
 * file, line and rule: syntax errors, unknown fact fields, missing or invalid metadata, duplicate
 * IDs, undeclared parameters, and code the trusted-pack guard refuses; then checks the fixtures
 * ({@code *.cases.json}) against the cases format and lists every departure (file, JSON Pointer),
 * exiting 1 when there is one.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackDirOptions pack = new PackDirOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = pack.language();
        Checker checker = pack.checker(err);
        if (checker == null) {
            return 2;
        }
        try (checker) {
            checker.packs().forEach(p -> out.println(Texts.get(language, "validateCommand.packLoaded", p.origin(), p.rules(),
                    p.sha256(), p.base() ? Texts.get(language, "validateCommand.loadedAsBaseLayeredPack") : "")));
            // the fixtures beside the rules follow the cases format (its JSON Schema): a misspelt key is an error
            List<PackProblem> cases = PackTester.caseProblems(checker);
            if (!cases.isEmpty()) {
                out.println(Texts.get(language, "validateCommand.fixturesDoNotFollowCases", cases.size()));
                cases.forEach(c -> out.println("  " + c.toString(language)));
            }
            out.flush();
            return cases.isEmpty() ? 0 : 1;
        }
    }
}
