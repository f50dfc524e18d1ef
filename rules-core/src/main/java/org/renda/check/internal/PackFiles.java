package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    static final String PACK_LIST = "META-INF/renda-check/packs.list";
    static final String PACKS_ROOT = "renda/packs/";
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

    /** Reads a bundled pack, or returns null when the classpath has no such pack. */
    public static PackFiles fromClasspath(ClassLoader loader, String id) throws IOException {
        URL descriptor = loader.getResource(PACKS_ROOT + id + "/pack.json");
        if (descriptor == null) {
            return null;
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if ("jar".equals(descriptor.getProtocol())) {
                String spec = descriptor.toString();
                java.net.URI jarUri = java.net.URI.create(spec.substring(0, spec.indexOf("!/")));
                FileSystem fs;
                boolean close = false;
                try {
                    fs = FileSystems.newFileSystem(jarUri, Map.of());
                    close = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(jarUri);
                }
                try {
                    readTree(fs.getPath("/" + PACKS_ROOT + id), files);
                } finally {
                    if (close) {
                        fs.close();
                    }
                }
            } else {
                readTree(Paths.get(descriptor.toURI()).getParent(), files);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read pack " + id + " from " + descriptor, e);
        }
        return of(files, "classpath:" + PACKS_ROOT + id);
    }

    /** Reads a pack folder from disk (it must hold {@code pack.json}). */
    public static PackFiles fromDirectory(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("pack.json"))) {
            throw new IOException(dir + " is not a rule pack: it has no pack.json");
        }
        Map<String, byte[]> files = new TreeMap<>();
        readTree(dir, files);
        return of(files, dir.toString());
    }

    private static PackFiles of(Map<String, byte[]> files, String origin) throws IOException {
        JsonNode d;
        try {
            d = JSON.readTree(files.get("pack.json"));
        } catch (IOException e) {
            throw new IOException(origin + "/pack.json is not valid JSON: " + e.getMessage(), e);
        }
        String id = d.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IOException(origin + "/pack.json has no \"id\"");
        }
        return new PackFiles(id, d.path("version").asText("0"), d.path("title").asText(id),
                d.path("titleEn").asText(d.path("title").asText(id)), origin, d, files);
    }

    private static void readTree(Path root, Map<String, byte[]> into) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path p : paths) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            into.put(rel, Files.readAllBytes(p));
        }
    }
}
