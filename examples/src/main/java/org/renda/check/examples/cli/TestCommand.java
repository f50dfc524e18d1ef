package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.PackTester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code test PACK_DIR}: runs the fixtures kept beside the rules and prints pass/fail per case. */
@Command(name = "test", mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackDirOptions pack = new PackDirOptions();

    @Option(names = "--failures-only", descriptionKey = "testCommand.help.failuresOnly")
    boolean failuresOnly;

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
            List<PackTester.CaseResult> results = PackTester.run(checker);
            int passed = 0;
            int failed = 0;
            for (PackTester.CaseResult r : results) {
                if (r.passed()) {
                    passed++;
                } else {
                    failed++;
                }
                if (r.passed() && !failuresOnly) {
                    out.println(Texts.get(language, "testCommand.casePassed", r.ruleId(), r.name()));
                } else if (!r.passed()) {
                    out.println(Texts.get(language, "testCommand.caseFailed", r.ruleId(), r.name()));
                    out.println("      " + r.file() + ": " + r.detail());
                }
            }
            if (results.isEmpty()) {
                err.println(Texts.get(language, "testCommand.noCases"));
            }
            out.println();
            out.println(Texts.get(language, "testCommand.summary", passed, failed));
            out.flush();
            return failed == 0 && !results.isEmpty() ? 0 : 1;
        }
    }
}
