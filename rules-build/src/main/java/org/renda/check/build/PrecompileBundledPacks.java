package org.renda.check.build;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.renda.check.PackProblem;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.PrecompiledRules;
import org.renda.check.internal.RuleBase;
import org.renda.check.internal.RuleBaseAssembly;

/**
 * Build step of rules-packs (its {@code pom.xml}, phase process-classes, in a forked JVM so that
 * Drools' class loaders are those of run time): writes the file index of every bundled pack
 * ({@link PackIndexes}); then assembles the bundled packs as the checker does (lint, parameters,
 * law library, classic compile, metadata), compiles the same DRL into Drools' executable model and
 * writes its classes into the class folder given as the only argument (packages
 * {@code renda.packs.*}) with the list of model classes, {@link PrecompiledRules#RESOURCE}
 * (loaded at run time). Writes nothing when the packs do not compile: reporting pack problems is the
 * business of the tests and of {@code validate}, not of this step. Refuses to write a module
 * whose rules or metadata differ from the classic compiler's.
 */
public final class PrecompileBundledPacks {

    private PrecompileBundledPacks() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]).toAbsolutePath();
        Path target = classes.resolve(PrecompiledRules.RESOURCE);
        deleteGeneratedClasses(target.getParent()); // an earlier build's, before the packs are indexed and read
        List<String> indexed = PackIndexes.write(target.getParent());
        System.out.println("[precompiled-rules] file index written for packs " + indexed);
        ClassLoader loader = PrecompileBundledPacks.class.getClassLoader();
        List<PackFiles> packs = RuleBaseAssembly.bundled(loader);
        List<PackProblem> problems = new ArrayList<>();
        Files.deleteIfExists(target);
        // no loader: compile the DRL, never read an earlier build's module
        RuleBaseAssembly assembly = RuleBaseAssembly.of(packs, Map.of(), "parameters", null, problems);
        if (assembly == null) {
            System.err.println("[precompiled-rules] packs do not compile, no " + PrecompiledRules.RESOURCE + " written: " + problems);
            return;
        }
        Map<String, byte[]> sources = RuleBase.kieSources(packs, assembly.parameters().declarations().keySet(), problems);
        byte[] module = executableModel(sources);
        if (module == null) {
            return;
        }
        List<String> models = unpack(module, classes);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            PrecompiledRules.write(packs, models, out);
        }
        // Read back at once so a build whose module does not load, or loads other rules, never ships it.
        KieBase loaded = PrecompiledRules.load(loader, packs);
        if (loaded == null || !metadata(loaded).equals(metadata(assembly.ruleBase().kieBase()))) {
            Files.deleteIfExists(target);
            deleteGeneratedClasses(target.getParent());
            System.err.println("[precompiled-rules] the executable model " + (loaded == null ? "does not load"
                    : "has other rules or metadata than the classic compile") + "; no file written");
            return;
        }
        System.out.println("[precompiled-rules] " + packs.size() + " packs, " + assembly.ruleBase().rules().size()
                + " rules, executable model: " + models.size() + " model classes -> " + target);
    }

    /**
     * Writes the classes of a KIE module into the class folder and returns the names of its model
     * classes (listed in the module's {@code META-INF/kie/.../drools-model}, after the version line).
     */
    private static List<String> unpack(byte[] module, Path classes) throws java.io.IOException {
        List<String> models = new ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(module))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.endsWith(".class") && name.startsWith(PackFiles.PACKS_ROOT)) { // not the kjar's ProjectModel
                    Path out = classes.resolve(name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                    new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("Drools-Model-Version:")).forEach(models::add);
                }
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model lists no model class");
        }
        return models;
    }

    /** Removes the classes an earlier build generated beside the packs (their names change with the DRL). */
    private static void deleteGeneratedClasses(Path packsRoot) throws java.io.IOException {
        if (!Files.isDirectory(packsRoot)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(packsRoot)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The KIE module (kjar bytes) of these DRL sources compiled into the executable model, or null. */
    private static byte[] executableModel(Map<String, byte[]> sources) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("org.renda.check.packs", "bundled-executable-model", "1");
        kfs.generateAndWritePomXML(rid);
        sources.forEach(kfs::write);
        KieBuilder kb = ks.newKieBuilder(kfs);
        try {
            kb.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException | AssertionError e) {
            System.err.println("[precompiled-rules] the executable model does not build (" + e + "); no file written");
            return null;
        }
        List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            System.err.println("[precompiled-rules] the executable model does not build; no file written: " + errors);
            return null;
        }
        byte[] bytes = ((InternalKieModule) kb.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(rid);
        return bytes;
    }

    /** Every rule of a rule base by package and name, with its metadata (what the two compiles must agree on). */
    public static Map<String, Map<String, Object>> metadata(KieBase kb) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (KiePackage p : kb.getKiePackages()) {
            for (Rule r : p.getRules()) {
                out.put(p.getName() + "." + r.getName(), new TreeMap<>(r.getMetaData()));
            }
        }
        return out;
    }
}
