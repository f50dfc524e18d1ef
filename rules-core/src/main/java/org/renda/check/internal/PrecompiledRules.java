package org.renda.check.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;

/**
 * Performance (issue #5 cold start, issue #16 executable model): the <em>bundled</em> packs
 * compiled at build time into Drools' executable model (the rules as generated Java classes, no
 * MVEL at run time; see {@code org.renda.check.build.PrecompileBundledPacks} and the exec step in
 * {@code rules-packs/pom.xml}), shipped as a KIE module in {@value #RESOURCE}, keyed by the SHA-256
 * of the packs it was built from. When a checker is built from exactly those bundled packs, the
 * module is loaded instead of compiling the DRL. Packs from disk, a county layer, a subset of the
 * bundled packs, a changed pack, a missing or unreadable file: the DRL is compiled with the classic
 * compiler as before, which is also what gives {@code validate} its file:line errors. Linting,
 * metadata and duplicate checks run either way.
 */
public final class PrecompiledRules {

    public static final String RESOURCE = PackFiles.PACKS_ROOT + "kiebase.kjar";
    private static final String FORMAT = "renda-kiebase-2-executable-model";
    /** The KIE repository is one per JVM: loads add and remove the module one at a time. */
    private static final Object REPOSITORY = new Object();

    private PrecompiledRules() {
    }

    /** The key of a list of packs: format, Drools version and every pack's id and SHA-256, in order. */
    static String key(List<PackFiles> packs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((FORMAT + "\0" + droolsVersion() + "\0").getBytes(StandardCharsets.UTF_8));
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
            byte[] module;
            try (DataInputStream data = new DataInputStream(new BufferedInputStream(url.openStream(), 1 << 16))) {
                if (!data.readUTF().equals(key(packs))) {
                    return null;
                }
                module = data.readAllBytes();
            }
            return kieBase(module, loader);
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** The KieBase of a KIE module's bytes (a kjar with the executable model's classes). */
    private static KieBase kieBase(byte[] module, ClassLoader loader) {
        KieServices ks = KieServices.get();
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration(null, loader);
        conf.setOption(org.kie.api.conf.KieBaseMutabilityOption.DISABLED);
        synchronized (REPOSITORY) {
            KieModule km = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(module));
            try {
                return ks.newKieContainer(km.getReleaseId(), loader).newKieBase(conf);
            } finally {
                ks.getRepository().removeKieModule(km.getReleaseId());
            }
        }
    }

    /** Writes the key of these packs and the bytes of the KIE module built from them. */
    public static void write(List<PackFiles> packs, byte[] kieModule, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(key(packs));
        data.write(kieModule);
        data.flush();
    }
}
