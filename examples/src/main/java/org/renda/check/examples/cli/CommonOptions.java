package org.renda.check.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;
import picocli.CommandLine.Option;

/** Options shared by the commands that build a checker from the bundled packs. */
final class CommonOptions {

    /** The options that choose another checker than the bundled packs' own ({@link HeadStart} reads them too). */
    static final String PARAMS = "--params";
    static final String PACKS = "--packs";
    static final String PACK_DIR = "--pack-dir";

    @Option(names = PARAMS, paramLabel = "FILE", descriptionKey = "commonOptions.help.params")
    Path params;

    @Option(names = PACKS, paramLabel = "ID[,ID...]", split = ",",
            descriptionKey = "commonOptions.help.packs")
    List<String> packs = new ArrayList<>();

    @Option(names = PACK_DIR, paramLabel = "DIR",
            descriptionKey = "commonOptions.help.packDir")
    List<Path> packDirs = new ArrayList<>();

    @Option(names = "--lang", converter = UsageErrors.LanguageConverter.class, paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "commonOptions.help.lang")
    Language lang;

    Language language() {
        return lang;
    }

    /**
     * The checker these options ask for; the bundled packs' one built ahead ({@link HeadStart})
     * when the options are the defaults and the language is the one it was built in.
     */
    Checker build(picocli.CommandLine.Model.CommandSpec spec) throws CheckerBuildException {
        if (packs.isEmpty() && packDirs.isEmpty() && params == null
                && spec.root().userObject() instanceof Main main && main.headStart() != null) {
            Checker ahead = main.headStart().take(language());
            if (ahead != null) {
                return ahead;
            }
        }
        Checker.Builder b = Checker.builder().language(language());
        if (!packs.isEmpty()) {
            b.bundledPacks(packs.toArray(String[]::new));
        }
        packDirs.forEach(b::packDirectory);
        if (params != null) {
            b.parametersFile(params);
        }
        return b.build();
    }
}
