package org.renda.check.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Performance (issue #5 cold start, issue #16 executable model): the <em>bundled</em> packs
 * compiled at build time into Drools' executable model (the rules as generated Java classes, no
 * MVEL at run time; see {@code org.renda.check.build.PrecompileBundledPacks} and the exec step in
 * {@code rules-packs/pom.xml}). The generated classes are on the class path beside the packs
 * (packages {@code renda.packs.*}, so a class-data archive holds them too); {@value #RESOURCE} names
 * the model classes, keyed by the SHA-256 of the packs they were built from. When a checker is
 * built from exactly those bundled packs, the model is instantiated instead of compiling the DRL. Packs from disk, a county layer, a subset of the
 * bundled packs, a changed pack, a missing or unreadable file: the DRL is compiled with the classic
 * compiler as before, which is also what gives {@code validate} its file:line errors. Linting,
 * metadata and duplicate checks run either way.
 */
public final class PrecompiledRules {

    public static final String RESOURCE = PackFiles.PACKS_ROOT + "executable-model.txt";
    private static final String FORMAT = "renda-executable-model-1";

    private PrecompiledRules() {
    }

    /**
     * The key of a list of packs: format, Drools and renda-check versions and every pack's id and
     * SHA-256, in order. The build writes it only for packs that assembled without a problem
     * (lint, parameters, classic compile, metadata), so a matching key also says that this
     * version's lint found nothing in exactly these bytes ({@link #isBuildVerified}).
     */
    static String key(List<PackFiles> packs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((FORMAT + "\0" + droolsVersion() + "\0" + BuildInfo.version() + "\0").getBytes(StandardCharsets.UTF_8));
            for (PackFiles p : packs) {
                md.update((p.id() + "\0" + p.sha256() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String droolsVersion() {
        // From the Maven descriptor, which the shaded CLI jar keeps (its manifest is not Drools').
        try (InputStream in = KieServices.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "?";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The precompiled KieBase for these packs, or null when there is none that matches (then the
     * caller compiles). Never throws. Built with {@code KieBaseMutability.DISABLED}, as the compiled
     * path (issue 16).
     */
    public static KieBase load(ClassLoader loader, List<PackFiles> packs) {
        return loadModel(loader, modelClasses(loader, packs));
    }

    /** The KieBase of the model classes {@link #modelClasses} gave (null: none); null when they cannot be loaded. */
    static KieBase loadModel(ClassLoader loader, List<String> names) {
        if (names == null) {
            return null;
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : names) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
            conf.setOption(KieBaseMutabilityOption.DISABLED);
            return KieBaseBuilder.createKieBaseFromModel(models, conf);
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /**
     * Whether these are exactly the packs the build assembled, checked and compiled into the
     * executable model (the key matches): their DRL then need not be linted again at run time
     * (issue 16, start-up), since the build wrote the key only after this version's lint passed
     * over the same bytes. False whenever {@link #load} would give null for want of a model.
     */
    public static boolean isBuildVerified(ClassLoader loader, List<PackFiles> packs) {
        return modelClasses(loader, packs) != null;
    }

    /**
     * The model classes' names when the packs are the build's bundled ones (the key matches), else
     * null: then they were linted clean at build time ({@link #isBuildVerified}).
     */
    static List<String> modelClasses(ClassLoader loader, List<PackFiles> packs) {
        if (loader == null || packs.isEmpty() || Boolean.getBoolean("renda.noPrecompiled")) {
            return null;
        }
        for (PackFiles p : packs) {
            if (p.origin() == null || !p.origin().startsWith("classpath:")) {
                return null;
            }
        }
        try {
            URL url = loader.getResource(RESOURCE);
            if (url == null) {
                return null;
            }
            List<String> lines;
            try (InputStream in = url.openStream()) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            if (lines.size() < 2 || !lines.get(0).equals(key(packs))) {
                return null;
            }
            return lines.subList(1, lines.size());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the key of these packs and the names of the model classes built from them. */
    public static void write(List<PackFiles> packs, List<String> modelClasses, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(key(packs)).append('\n');
        modelClasses.forEach(c -> text.append(c).append('\n'));
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
