package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's SHA-256 (recorded in every report) changes when any DRL byte changes. */
class PackShaTest {

    @Test
    void sha256ChangesWithOneDrlByte(@TempDir Path tmp) throws Exception {
        Path dir = TestSupport.copyTinyPack(tmp);
        String before;
        try (Checker c = Checker.builder().noBundledPacks().packDirectory(dir).build()) {
            before = c.packs().get(0).sha256();
            assertThat(c.packs().get(0).version()).isEqualTo("1.0.0");
        }
        assertThat(before).matches("[0-9a-f]{64}");
        Path drl = dir.resolve("SESSION-QUORUM-001.drl");
        byte[] bytes = Files.readAllBytes(drl);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("* 3 <");
        bytes[at + 2] = '4'; // "* 3" -> "* 4": one byte, still a valid rule
        Files.write(drl, bytes);
        try (Checker c = Checker.builder().noBundledPacks().packDirectory(dir).build()) {
            assertThat(c.packs().get(0).sha256()).matches("[0-9a-f]{64}").isNotEqualTo(before);
        }
    }
}
