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

    @Option(names = "--params", paramLabel = "FILE", description = "参数覆盖文件（JSON 或 YAML） / parameter overrides (JSON or YAML)")
    Path params;

    @Option(names = "--packs", paramLabel = "ID[,ID...]", split = ",",
            description = "运行哪些规则包，默认全部内置包 / which packs to run (default: all bundled): national,hunan,loudi")
    List<String> packs = new ArrayList<>();

    @Option(names = "--pack-dir", paramLabel = "DIR",
            description = "另外从磁盘加载的规则包目录（可重复） / an extra pack folder from disk (repeatable)")
    List<Path> packDirs = new ArrayList<>();

    @Option(names = "--lang", converter = UsageErrors.LanguageConverter.class, paramLabel = "zh|en", defaultValue = "zh", description = "语言 / language: zh (default) or en")
    Language lang;

    Language language() {
        return lang;
    }

    Checker build() throws CheckerBuildException {
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
