package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of one rule pack, read whole: its descriptor {@code pack.json}, the rule files
 * ({@code *.drl}), their fixtures ({@code *.cases.json}) and docs ({@code *.md}).
 *
 * <p>Bundled packs are found on the classpath: every {@code META-INF/renda-check/packs.list}
 * names pack folders under {@code renda/packs/}. A pack from disk is a folder holding
 * {@code pack.json}.
 */
public record PackFiles(String id, String version, String title, String titleEn, String origin,
                        JsonNode descriptor, Map<String, byte[]> files) {

    public static final String PACK_LIST = "META-INF/renda-check/packs.list";
    public static final String PACKS_ROOT = "renda/packs/";
    /** The file index of bundled pack {@code <id>}: {@code renda/packs/<id>.files.list}, beside its folder. */
    public static final String INDEX_SUFFIX = ".files.list";
    private static final ObjectMapper JSON = new ObjectMapper();

    public PackFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * How a file of this pack is named in messages: {@code national/X.drl} for a bundled pack, the
     * file's path on disk for a pack from a folder (so an author can open it).
     */
    public String displayName(String relative) {
        return origin.startsWith("classpath:") ? id + "/" + relative : origin + "/" + relative;
    }

    /** The rule files, by relative name, sorted. */
    public Map<String, byte[]> drlFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                out.put(name, bytes);
            }
        });
        return out;
    }

    /** The fixture files ({@code *.cases.json}), by relative name, sorted. */
    public Map<String, byte[]> caseFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".cases.json")) {
                out.put(name, bytes);
            }
        });
        return out;
    }

    /** SHA-256 over the pack's descriptor and rule files, in name order (name, NUL, bytes, NUL). */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (e.getKey().endsWith(".drl") || e.getKey().equals("pack.json")) {
                    md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(e.getValue());
                    md.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the packs bundled on the classpath, in the order their lists name them. */
    public static List<String> bundledIds(ClassLoader loader) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(PACK_LIST))) {
                try (InputStream in = url.openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String id = line.strip();
                        if (!id.isEmpty() && !id.startsWith("#")) {
                            ids.add(id);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(ids);
    }

    /**
     * Reads a bundled pack, or returns null when the classpath has no such pack.
     *
     * <p>From a folder (an IDE or test class path) the pack folder is walked. From anything else
     * (a jar), the pack's file index {@code renda/packs/<id>.files.list}, written by the build
     * (written at build time by rules-build's PackIndexes), names the files, and each is read beside {@code pack.json} through
     * its URL: no zip file system is opened and the jar's entries are not scanned (issue #5,
     * cold start). A jar without an index (a pack jar not built by this project) is scanned once.
     */
    public static PackFiles fromClasspath(ClassLoader loader, String id) throws IOException {
        URL descriptor = loader.getResource(PACKS_ROOT + id + "/pack.json");
        if (descriptor == null) {
            return null;
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if ("file".equals(descriptor.getProtocol())) {
                readTree(Paths.get(descriptor.toURI()).getParent(), files);
            } else {
                List<String> index = readIndex(new URL(descriptor, "../" + relativeUrl(id + INDEX_SUFFIX)));
                if (index != null) {
                    for (String rel : index) {
                        try (InputStream in = new URL(descriptor, relativeUrl(rel)).openStream()) {
                            files.put(rel, in.readAllBytes());
                        } catch (IOException e) {
                            throw new IOException("pack " + id + ": " + rel + " is listed in " + id + INDEX_SUFFIX
                                    + " but cannot be read (" + e + ")", e);
                        }
                    }
                } else if ("jar".equals(descriptor.getProtocol())) {
                    readJar(descriptor, PACKS_ROOT + id + "/", files);
                } else {
                    throw new IOException("cannot read pack " + id + " from " + descriptor + ": it has no "
                            + id + INDEX_SUFFIX);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot read pack " + id + " from " + descriptor, e);
        }
        return of(files, "classpath:" + PACKS_ROOT + id);
    }

    /** A relative file name as a relative URL (spaces, '%', '#', non-ASCII escaped). */
    private static String relativeUrl(String rel) throws URISyntaxException {
        return new java.net.URI(null, null, rel, null).toASCIIString();
    }

    /** The file index of a bundled pack: its files' relative names, or null when there is no index. */
    private static List<String> readIndex(URL url) throws IOException {
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String rel = line.strip();
            if (!rel.isEmpty() && !rel.startsWith("#")) {
                out.add(rel);
            }
        }
        return out;
    }

    /** A pack inside a jar without an index: the entries under {@code prefix}. */
    private static void readJar(URL descriptor, String prefix, Map<String, byte[]> into)
            throws IOException, URISyntaxException {
        String spec = descriptor.toString();
        java.io.File jar = new java.io.File(new java.net.URI(spec.substring("jar:".length(), spec.indexOf("!/"))));
        // A JarFile on the class loader's own jar shares the already opened central directory.
        try (JarFile jf = new JarFile(jar)) {
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(prefix) && isPackFile(e.getName())) {
                    try (InputStream in = jf.getInputStream(e)) {
                        into.put(e.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
    }

    /** A folder or pack.json that is not a pack; the message in both languages ({@link #getMessage()} is the Chinese one). */
    public static final class NotAPack extends IOException {
        private final transient Msg.Text text;

        NotAPack(Msg.Text text) {
            super(text.toString());
            this.text = text;
        }

        public Msg.Text text() {
            return text;
        }
    }

    /** Reads a pack folder from disk (it must hold {@code pack.json}). */
    public static PackFiles fromDirectory(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("pack.json"))) {
            throw new NotAPack(new Msg.Text(Files.isDirectory(dir) ? "packFiles.noPackJson" : "packFiles.noSuchFolder", dir));
        }
        Map<String, byte[]> files = new TreeMap<>();
        readTree(dir, files);
        return of(files, dir.toString());
    }

    private static PackFiles of(Map<String, byte[]> files, String origin) throws IOException {
        JsonNode d;
        String where = origin.startsWith("classpath:") ? origin.substring("classpath:".length()) : origin;
        try {
            d = JSON.readTree(files.get("pack.json"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NotAPack(new Msg.Text("packFiles.packJsonNotJson", where, (Msg.Localized) l -> SyntaxErrors.describe(e, null, l)));
        }
        if (d == null || !d.isObject()) {
            throw new NotAPack(new Msg.Text("packFiles.packJsonNotObject", where));
        }
        String id = d.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new NotAPack(new Msg.Text("packFiles.packJsonNoId", where));
        }
        for (String key : new String[]{"extends", "replaces", "disables"}) {
            JsonNode list = d.get(key);
            if (list != null && !(list.isArray() && allText(list))) {
                throw new NotAPack(new Msg.Text("packFiles.packJsonNotStringList", where, key));
            }
        }
        return new PackFiles(id, d.path("version").asText("0"), d.path("title").asText(id),
                d.path("titleEn").asText(d.path("title").asText(id)), origin, d, files);
    }

    private static boolean allText(JsonNode list) {
        for (JsonNode n : list) {
            if (!n.isTextual() || n.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The packs this one is layered on ({@code "extends"} in pack.json), in the order given. */
    public List<String> extendsIds() {
        return texts("extends");
    }

    /** The IDs of rules of the packs below that this pack's rules of the same ID replace ({@code "replaces"}). */
    public List<String> replaces() {
        return texts("replaces");
    }

    /** The IDs of rules of the packs below that are switched off when this pack is loaded ({@code "disables"}). */
    public List<String> disables() {
        return texts("disables");
    }

    private List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        descriptor.path(key).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void readTree(Path root, Map<String, byte[]> into) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path p : paths) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (isPackFile(rel)) {
                into.put(rel, Files.readAllBytes(p));
            }
        }
    }

    /**
     * Whether a file in a pack's folder belongs to the pack: every file but the classes the build
     * generates beside a bundled pack (its executable model, {@link PrecompiledRules}), which share
     * the folder because they share the DRL's package.
     */
    public static boolean isPackFile(String relativeName) {
        return !relativeName.endsWith(".class");
    }
}
