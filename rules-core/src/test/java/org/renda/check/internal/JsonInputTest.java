package org.renda.check.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Limits;
import org.renda.check.internal.JsonInput.RawRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonInputTest {

    private static List<RawRecord> read(String json) throws IOException {
        return read(json.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
    }

    private static List<RawRecord> read(byte[] bytes, Limits limits) throws IOException {
        return JsonInput.read("t.json", new ByteArrayInputStream(bytes), limits, Language.ZH);
    }

    private static String example(String name) throws IOException {
        try (InputStream in = JsonInputTest.class.getResourceAsStream("/org/renda/check/fixtures/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Asserts a file-level failure: one RawRecord, index 0, no node, one error. */
    private static InputError fileError(List<RawRecord> records, String path, String... words) {
        assertThat(records).hasSize(1);
        RawRecord r = records.get(0);
        assertThat(r.index()).isZero();
        assertThat(r.node()).isNull();
        assertThat(r.source()).isEqualTo("t.json");
        assertThat(r.errors()).hasSize(1);
        InputError e = r.errors().get(0);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.message()).contains(words);
        return e;
    }

    private static String nested(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("{\"a\":");
        }
        sb.append("1");
        sb.append("}".repeat(depth));
        return sb.toString();
    }

    @Test
    void singleRecord() throws IOException {
        List<RawRecord> rs = read(example("township"));
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).ok()).isTrue();
        assertThat(rs.get(0).index()).isZero();
        assertThat(RecordValidator.recordIdOf(rs.get(0).node())).isEqualTo("娄底市/双峰县/示例镇/2024");
        assertThat(RecordValidator.shared().validate(rs.get(0).node(), Language.ZH)).isEmpty();
    }

    @Test
    void readsAPath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("street.json");
        Files.writeString(f, example("street"));
        List<RawRecord> rs = JsonInput.read(f, Limits.DEFAULT, Language.ZH);
        assertThat(rs).singleElement().satisfies(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.source()).isEqualTo(f.toString());
        });
        assertThatThrownBy(() -> JsonInput.read(dir.resolve("missing.json"), Limits.DEFAULT, Language.ZH))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void byteOrderMarkIsTolerated() throws IOException {
        assertThat(read("\uFEFF" + example("street"))).singleElement().matches(RawRecord::ok);
    }

    @Test
    void arrayOfThreeWithTheMiddleOneBroken() throws IOException {
        String t = example("township");
        List<RawRecord> rs = read("[" + t + ", \"oops\", " + example("street") + "]");
        assertThat(rs).hasSize(3);
        assertThat(rs).extracting(RawRecord::index).containsExactly(0, 1, 2);
        assertThat(rs.get(0).ok()).isTrue();
        assertThat(rs.get(2).ok()).isTrue();
        assertThat(rs.get(1).node()).isNull();
        assertThat(rs.get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEmpty();
            assertThat(e.message()).contains("应为对象", "字符串");
        });
    }

    @Test
    void duplicateKeyIsAnErrorOfItsRecord() throws IOException {
        List<RawRecord> rs = read("[{\"recordId\":\"a\"}, {\"recordId\":\"b\", \"body\": {\"kind\":\"STREET\", \"kind\":\"TOWNSHIP\"}}]");
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).ok()).isTrue();
        RawRecord r = rs.get(1);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/body/kind");
            assertThat(e.message()).contains("重复的字段 kind");
        });
        assertThat(r.node()).isNotNull();
        assertThat(r.node().at("/body/kind").asText()).isEqualTo("STREET");
        assertThat(RecordValidator.recordIdOf(r.node())).isEqualTo("b");

        rs = read("{\"year\": 2024, \"year\": 2025}");
        assertThat(rs).singleElement().satisfies(x -> assertThat(x.errors()).extracting(InputError::path).containsExactly("/year"));
    }

    @Test
    void notJson() throws IOException {
        fileError(read("{\n  \"year\": ,\n}"), "", "不是有效的 JSON", "第 2 行", "列");
        fileError(read("{\"a\":1} {\"b\":2}"), "", "不是有效的 JSON", "多余内容");
        fileError(read("{\"a\":1"), "", "不是有效的 JSON");
        List<RawRecord> en = JsonInput.read("t.json", new ByteArrayInputStream("{\"a\" 1}".getBytes(StandardCharsets.UTF_8)),
                Limits.DEFAULT, Language.EN);
        fileError(en, "", "not valid JSON", "line 1");
    }

    @Test
    void notUtf8() throws IOException {
        byte[] gbk = "{\"recordId\":\"示例镇\"}".getBytes(java.nio.charset.Charset.forName("GBK"));
        fileError(read(gbk, Limits.DEFAULT), "", "UTF-8");
        fileError(read(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'}, Limits.DEFAULT), "", "UTF-8", "第 1 行");
        byte[] utf16 = "{\"a\":1}".getBytes(StandardCharsets.UTF_16);
        fileError(read(utf16, Limits.DEFAULT), "", "UTF-8");
    }

    @Test
    void emptyFile() throws IOException {
        fileError(read(""), "", "文件为空");
        fileError(read(" \n\t "), "", "文件为空");
        fileError(read("[]"), "", "没有记录");
    }

    @Test
    void topLevelNotObjectOrArray() throws IOException {
        fileError(read("\"x\""), "", "应为对象或对象数组", "字符串");
        fileError(read("42"), "", "应为对象或对象数组", "整数");
        fileError(read("null"), "", "应为对象或对象数组", "null");
    }

    @Test
    void depthLimit() throws IOException {
        assertThat(read(nested(64))).singleElement().matches(RawRecord::ok);
        fileError(read(nested(65)), "/a".repeat(64), "嵌套过深", "64");
        fileError(read(nested(5000)), "/a".repeat(64), "嵌套过深");
    }

    @Test
    void stringLengthLimit() throws IOException {
        assertThat(read("{\"recordId\":\"" + "镇".repeat(10_000) + "\"}")).singleElement().matches(RawRecord::ok);
        fileError(read("{\"recordId\":\"" + "镇".repeat(10_001) + "\"}"), "/recordId", "字符串过长", "10001", "10000");
        fileError(read("{\"" + "k".repeat(10_001) + "\":1}"), "/" + "k".repeat(10_001), "字段名过长");
    }

    @Test
    void arrayItemLimit() throws IOException {
        String ok = "{\"ids\":[" + "0,".repeat(99_999) + "0]}";
        assertThat(read(ok)).singleElement().matches(RawRecord::ok);
        String tooMany = "{\"ids\":[" + "0,".repeat(100_000) + "0]}";
        fileError(read(tooMany), "/ids", "数组元素过多", "100000");
    }

    @Test
    void fileSizeLimit(@TempDir Path dir) throws IOException {
        Limits small = new Limits(100, 64, 10_000, 100_000);
        String json = "{\"recordId\":\"" + "x".repeat(200) + "\"}";
        fileError(read(json.getBytes(StandardCharsets.UTF_8), small), "", "文件过大", "100");
        Path f = dir.resolve("big.json");
        Files.writeString(f, json);
        List<RawRecord> rs = JsonInput.read("t.json", f, small, Language.ZH);
        fileError(rs, "", "文件过大", "100");
        assertThat(read("{}".getBytes(StandardCharsets.UTF_8), small)).singleElement().matches(RawRecord::ok);
    }

    @Test
    void twentyMebibyteFileIsRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.json");
        byte[] chunk = ("{\"a\":\"" + "x".repeat(1000) + "\"},").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write('[');
            long written = 1;
            while (written < 20L * 1024 * 1024) {
                out.write(chunk);
                written += chunk.length;
            }
            out.write("{}]".getBytes(StandardCharsets.UTF_8));
        }
        fileError(JsonInput.read("t.json", f, Limits.DEFAULT, Language.ZH), "", "文件过大");
        try (InputStream in = Files.newInputStream(f)) {
            fileError(JsonInput.read("t.json", in, Limits.DEFAULT, Language.ZH), "", "文件过大");
        }
    }
}
