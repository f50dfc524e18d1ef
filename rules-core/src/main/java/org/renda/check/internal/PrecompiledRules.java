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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * Performance (issue #5, cold start): the compiled rule packages of the <em>bundled</em> packs,
 * serialised at build time (see the exec step in {@code rules-packs/pom.xml}) into
 * {@value #RESOURCE}, keyed by the SHA-256 of the packs it was built from. When a checker is built
 * from exactly those bundled packs, the packages are read back instead of compiling the DRL
 * (parsing, MVEL analysis and ECJ take most of the ~2 s cold start). Packs from disk, a subset of
 * the bundled packs, a changed pack, a missing or unreadable file: the DRL is compiled as before.
 * Linting, metadata and duplicate checks run either way.
 */
public final class PrecompiledRules {

    public static final String RESOURCE = PackFiles.PACKS_ROOT + "kiebase.bin";
    private static final String FORMAT = "renda-kiebase-1";

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
        try (InputStream in = KnowledgeBaseFactory.class.getClassLoader()
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
            try (InputStream raw = new BufferedInputStream(url.openStream(), 1 << 16)) {
                DataInputStream data = new DataInputStream(raw);
                if (!data.readUTF().equals(key(packs))) {
                    return null;
                }
                DroolsObjectInputStream in = new DroolsObjectInputStream(raw, loader);
                @SuppressWarnings("unchecked")
                Collection<KiePackage> pkgs = (Collection<KiePackage>) in.readObject();
                org.kie.api.KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
                conf.setOption(org.kie.api.conf.KieBaseMutabilityOption.DISABLED);
                InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase(conf);
                kbase.addPackages(pkgs);
                return kbase;
            }
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** Writes the precompiled packages of a compiled rule base for these packs. */
    public static void write(List<PackFiles> packs, KieBase kieBase, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(key(packs));
        data.flush();
        DroolsObjectOutputStream o = new DroolsObjectOutputStream(out);
        o.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        o.flush();
    }
}
