package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report without a browser: self-contained, escaped, one section per record. */
class HtmlReportTest {

    static final Path SAMPLE = Path.of("records", "loudi-2025", "双峰县");

    /** Runs {@code check --format html} on the paths and returns the page. */
    static String html(Path out, String... paths) throws Exception {
        String[] args = new String[4 + paths.length];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "html";
        args[3] = "--out=" + out;
        System.arraycopy(paths, 0, args, 4, paths.length);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isIn(0, 1);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void selfContainedEscapedAndOneSectionPerRecord(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":\"1.0\",\"recordId\":\"<script>alert('x')</script>&\","
                + "\"body\":{\"kind\":\"TOWNSHIP\",\"name\":\"<b>坏镇</b>\",\"county\":\"双峰县\"},\"year\":2024,\"bogus\":1}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"recordId\": <not json>");
        String page = html(dir.resolve("r.html"), SAMPLE.toString(), bad.toString(), broken.toString());

        // no external reference of any kind: every src/href/url() is a fragment
        Matcher m = Pattern.compile("(?i)\\b(src|href|action|xlink:href)\\s*=\\s*[\"']?([^\"'\\s>]*)").matcher(page);
        int links = 0;
        while (m.find()) {
            links++;
            assertThat(m.group(2)).as(m.group()).startsWith("#");
        }
        assertThat(links).isGreaterThan(10);
        assertThat(page).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/");
        assertThat(page).doesNotContainPattern("(?i)@import|url\\(|<link|<iframe|<img");

        // the hostile record is escaped and listed apart from the ranking
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>坏镇</b>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
        assertThat(page).contains("拒收记录（不参加排名）");

        long records;
        try (var s = Files.list(SAMPLE)) {
            records = s.filter(p -> p.toString().endsWith(".json")).count() + 2;
        }
        assertThat(Pattern.compile("<section class=\"record[ \"]").matcher(page).results().count()).isEqualTo(records);
        for (int i = 0; i < records; i++) {
            assertThat(page).contains("id=\"r" + i + "\"");
        }
        assertThat(page).contains("<svg").contains("季度讲评排名").contains("@media print")
                .containsPattern("100( − \\d+×\\d+（(错误|警告)）)+ = \\d+");
        // well-formed enough: tags that open also close
        for (String tag : new String[]{"section", "table", "details", "svg", "ol", "figure"}) {
            assertThat(count(page, "<" + tag + "[ >]")).as(tag).isEqualTo(count(page, "</" + tag + ">"));
        }
    }

    @Test
    void englishPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("en.html");
        String[] args = {"check", "--format", "html", "--lang", "en", "--out", out.toString(), SAMPLE.toString()};
        Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
        String page = Files.readString(out);
        assertThat(page).contains("<html lang=\"en\"").contains("Ranking for the quarterly review").doesNotContain("季度讲评排名");
    }

    private static long count(String s, String regex) {
        return Pattern.compile(regex).matcher(s).results().count();
    }
}
