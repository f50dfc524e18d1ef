package org.renda.check.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.internal.PackFiles;

/**
 * Bundled packs are read the same from a folder (IDE, tests), from a jar with the build's file
 * index ({@code renda/packs/<id>.files.list}) and from a jar without one.
 */
class PackIndexesTest {

    /** A small pack (the files are only listed and read, not compiled) plus a file whose name needs escaping in a URL. */
    private static Path packsRoot(Path tmp) throws IOException {
        Path root = tmp.resolve("classes/renda/packs");
        Path pack = root.resolve("tiny");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"tiny\", \"version\": \"1.0.0\", \"title\": \"小包\"}");
        Files.writeString(pack.resolve("SESSION-QUORUM-001.drl"), "package renda.packs.tiny;\n");
        Files.writeString(pack.resolve("SESSION-QUORUM-001.md"), "# 说明\n", StandardCharsets.UTF_8);
        Files.createDirectories(pack.resolve("docs"));
        Files.writeString(pack.resolve("docs/说明 #1 100%.md"), "文档", StandardCharsets.UTF_8);
        return root;
    }

    /** A jar of the build output under {@code classes}, with or without the index files. */
    private static Path jar(Path tmp, Path classes, boolean withIndex) throws IOException {
        Files.createDirectories(tmp);
        Path jar = tmp.resolve(withIndex ? "indexed.jar" : "plain.jar");
        Map<String, byte[]> entries = new TreeMap<>();
        try (var walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                if (withIndex || !name.endsWith(PackFiles.INDEX_SUFFIX)) {
                    entries.put(name, Files.readAllBytes(p));
                }
            }
        }
        entries.put(PackFiles.PACK_LIST, "tiny\n".getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue());
                j.closeEntry();
            }
        }
        return jar;
    }

    private static PackFiles read(Path jar) throws IOException {
        try (URLClassLoader l = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(PackFiles.bundledIds(l)).containsExactly("tiny");
            return PackFiles.fromClasspath(l, "tiny");
        }
    }

    private static Map<String, String> contents(PackFiles p) {
        Map<String, String> out = new TreeMap<>();
        p.files().forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void theIndexListsEveryFileOfThePackFolder(@TempDir Path tmp) throws Exception {
        Path root = packsRoot(tmp);
        assertThat(PackIndexes.write(root)).containsExactly("tiny");
        PackFiles disk = PackFiles.fromDirectory(root.resolve("tiny"));
        assertThat(Files.readAllLines(root.resolve("tiny" + PackFiles.INDEX_SUFFIX)))
                .filteredOn(l -> !l.startsWith("#"))
                .containsExactlyElementsOf(disk.files().keySet())
                .contains("docs/说明 #1 100%.md", "pack.json", "SESSION-QUORUM-001.drl");
    }

    @Test
    void aJarWithOrWithoutTheIndexGivesTheSameFilesAsTheFolder(@TempDir Path tmp) throws Exception {
        Path root = packsRoot(tmp);
        PackIndexes.write(root);
        PackFiles disk = PackFiles.fromDirectory(root.resolve("tiny"));
        for (boolean withIndex : new boolean[] {true, false}) {
            PackFiles p = read(jar(tmp, tmp.resolve("classes"), withIndex));
            assertThat(contents(p)).as("with index: " + withIndex).isEqualTo(contents(disk));
            assertThat(p.sha256()).isEqualTo(disk.sha256());
            assertThat(p.origin()).isEqualTo("classpath:renda/packs/tiny");
            assertThat(p.displayName("SESSION-QUORUM-001.drl")).isEqualTo("tiny/SESSION-QUORUM-001.drl");
        }
    }

    @Test
    void theIndexIsWhatIsReadFromAJar(@TempDir Path tmp) throws Exception {
        Path root = packsRoot(tmp);
        PackIndexes.write(root);
        Path index = root.resolve("tiny" + PackFiles.INDEX_SUFFIX);
        Files.writeString(index, "pack.json\nSESSION-QUORUM-001.drl\n", StandardCharsets.UTF_8);
        assertThat(read(jar(tmp, tmp.resolve("classes"), true)).files().keySet())
                .containsExactly("SESSION-QUORUM-001.drl", "pack.json");

        Files.writeString(index, "pack.json\nGONE-001.drl\n", StandardCharsets.UTF_8);
        Path broken = jar(tmp.resolve("b"), tmp.resolve("classes"), true);
        assertThatThrownBy(() -> read(broken)).isInstanceOf(IOException.class)
                .hasMessageContaining("GONE-001.drl").hasMessageContaining("tiny.files.list");
    }
}
