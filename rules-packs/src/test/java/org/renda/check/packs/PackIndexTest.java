package org.renda.check.packs;

import org.renda.check.internal.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build wrote a file index for every bundled pack ({@code renda/packs/<id>.files.list}, read
 * from the jar instead of scanning it) and it lists exactly the files of the pack's folder.
 */
class PackIndexTest {

    @Test
    void everyBundledPackHasAnIndexMatchingItsFolder() throws Exception {
        ClassLoader l = getClass().getClassLoader();
        List<String> ids = PackFiles.bundledIds(l);
        assertThat(ids).containsExactly("national", "hunan", "loudi");
        for (String id : ids) {
            List<String> listed;
            try (InputStream in = l.getResourceAsStream(PackFiles.PACKS_ROOT + id + PackFiles.INDEX_SUFFIX)) {
                assertThat(in).as("index of pack " + id + " (written by the build step)").isNotNull();
                listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                        .filter(s -> !s.isBlank() && !s.startsWith("#")).toList();
            }
            // On the test class path the pack is a folder, so this is a walk of that folder.
            assertThat(listed).as(id).containsExactlyElementsOf(PackFiles.fromClasspath(l, id).files().keySet());
        }
    }
}
