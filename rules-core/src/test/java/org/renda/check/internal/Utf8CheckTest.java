package org.renda.check.internal;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonInput#validUtf8} accepts exactly what the strict UTF-8 decoder of the full path accepts. */
class Utf8CheckTest {

    private static boolean decoderAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void same(byte[] b) {
        assertThat(JsonInput.validUtf8(b)).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(decoderAccepts(b));
    }

    @Test
    void everyOneAndTwoByteSequence() {
        for (int a = 0; a < 256; a++) {
            same(new byte[]{(byte) a});
            for (int b = 0; b < 256; b++) {
                same(new byte[]{(byte) a, (byte) b});
            }
        }
    }

    @Test
    void everyLeadAndSecondByteWithBoundaryContinuations() {
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        for (int a = 0xC0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                for (int c : edges) {
                    same(new byte[]{(byte) a, (byte) b, (byte) c});
                    for (int d : edges) {
                        same(new byte[]{(byte) a, (byte) b, (byte) c, (byte) d});
                    }
                }
            }
        }
    }

    @Test
    void randomText() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            boolean mostlyAscii = i % 2 == 0; // long ASCII runs take the eight-bytes-at-a-time path
            byte[] b = new byte[1 + rnd.nextInt(mostlyAscii ? 64 : 12)];
            for (int k = 0; k < b.length; k++) {
                boolean ascii = mostlyAscii ? rnd.nextInt(30) != 0 : rnd.nextInt(3) == 0;
                b[k] = (byte) (ascii ? rnd.nextInt(128) : 0x80 + rnd.nextInt(128));
            }
            same(b);
        }
        same("{\"名称\":\"镇人大 😀 é\"}".getBytes(StandardCharsets.UTF_8));
    }
}
