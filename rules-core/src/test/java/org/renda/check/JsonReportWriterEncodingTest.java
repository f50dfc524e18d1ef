package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The report writer writes recurring values from a cached {@link SerializedString}: for every value
 * it caches ({@link JsonReportWriter#plain}), that gives the bytes {@code writeString(String)} gives.
 */
class JsonReportWriterEncodingTest {

    private static final String ALPHABET = "aZ09 \"\\/'<>&~\u007f\u0080é中文人大，。《》\u2028\u2029\uFEFF\uFFFD\uFFFF\t\n\r\u0000\u001f";

    private static byte[] written(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName(new SerializedString("f"));
            if (value instanceof String s) {
                g.writeString(s);
            } else {
                g.writeString((SerializedString) value);
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    @Test
    void cachedEncodingIsByteIdentical() throws IOException {
        SplittableRandom rnd = new SplittableRandom(3);
        int cached = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = rnd.nextInt(200); k < n; k++) {
                int pick = rnd.nextInt(ALPHABET.length() + 3);
                if (pick == ALPHABET.length()) {
                    sb.append("😀"); // a surrogate pair
                } else if (pick == ALPHABET.length() + 1) {
                    sb.append((char) (0xD800 + rnd.nextInt(0x800))); // a lone surrogate
                } else if (pick == ALPHABET.length() + 2) {
                    sb.append((char) rnd.nextInt(0x10000));
                } else {
                    sb.append(ALPHABET.charAt(pick));
                }
            }
            String s = sb.toString();
            if (JsonReportWriter.plain(s)) {
                cached++;
                assertThat(written(new SerializedString(s))).as(s).isEqualTo(written(s));
            }
        }
        assertThat(cached).isGreaterThan(1000);
    }
}
