package org.renda.check.build;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renda.check.PackProblem;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.PrecompiledRules;
import org.renda.check.internal.RuleBase;
import org.renda.check.internal.RuleBaseAssembly;

/**
 * Build step of rules-packs (its {@code pom.xml}, phase process-classes, in a forked JVM so that
 * Drools' class loaders are those of run time): writes the file index of every bundled pack
 * ({@link PackIndexes}), then compiles every bundled pack found on the class path and writes the
 * packages to the file given as the only argument ({@link PrecompiledRules}, read back at run time).
 * Writes no packages when the packs do not compile: reporting pack problems is the business of the
 * tests and of {@code validate}, not of this step.
 */
public final class PrecompileBundledPacks {

    private PrecompileBundledPacks() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        List<String> indexed = PackIndexes.write(target.getParent());
        System.out.println("[precompiled-rules] file index written for packs " + indexed);
        ClassLoader loader = PrecompileBundledPacks.class.getClassLoader();
        List<PackFiles> packs = RuleBaseAssembly.bundled(loader);
        List<PackProblem> problems = new ArrayList<>();
        // no loader: compile the DRL, never read an earlier build's packages
        RuleBaseAssembly assembly = RuleBaseAssembly.of(packs, Map.of(), "parameters", null, problems);
        if (assembly == null) {
            System.err.println("[precompiled-rules] packs do not compile, no " + PrecompiledRules.RESOURCE + " written: " + problems);
            Files.deleteIfExists(target);
            return;
        }
        RuleBase rb = assembly.ruleBase();
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            PrecompiledRules.write(packs, rb.kieBase(), out);
        }
        // Read back at once so a build whose packages do not deserialise never ships the file.
        if (PrecompiledRules.load(loader, packs) == null) {
            Files.deleteIfExists(target);
            System.err.println("[precompiled-rules] the written packages do not read back; no file written");
            return;
        }
        System.out.println("[precompiled-rules] " + packs.size() + " packs, " + rb.rules().size() + " rules -> "
                + target + " (" + Files.size(target) + " bytes)");
    }
}
