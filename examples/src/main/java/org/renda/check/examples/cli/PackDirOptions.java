package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.renda.check.Checker;
import org.renda.check.Language;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of the rule-author commands ({@code validate}, {@code test}): a pack folder and a language. */
final class PackDirOptions {

    @Parameters(index = "0", paramLabel = "PACK_DIR", descriptionKey = "packDirOptions.help.dir")
    Path dir;

    @Option(names = "--lang", converter = UsageErrors.LanguageConverter.class, defaultValue = "zh", paramLabel = "zh|en", descriptionKey = "commonOptions.help.lang")
    Language lang;

    Language language() {
        return lang;
    }

    /** The checker for the packs in the folder, or null after printing why (the command exits 2). */
    Checker checker(PrintWriter err) throws IOException {
        return PackDirs.checkerFor(dir, language(), err);
    }
}
