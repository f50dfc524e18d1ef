package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the HTML report of the whole Loudi sample in a real headless Chromium (Debian package
 * {@code chromium}). Skipped when Chromium is not installed. The page and its screenshot are kept
 * under {@code target/html-report/} as test artefacts.
 */
class ChromiumHtmlTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path ARTEFACTS = Path.of("target", "html-report");
    static final Path SAMPLE = Path.of("records", "loudi-2025");

    static Path page;

    @BeforeAll
    static void writePage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install -y chromium)");
        Files.createDirectories(ARTEFACTS);
        page = ARTEFACTS.resolve("loudi-2025.html").toAbsolutePath();
        HtmlReportTest.html(page, SAMPLE.toString());
    }

    private static String chromium(Path profile, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path stdout = Files.createTempFile(ARTEFACTS, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(ARTEFACTS.resolve("chromium.err").toFile()).start();
        // a guard against a hung browser, not a timing assertion
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        assertThat(p.exitValue()).as("chromium exit status, see " + ARTEFACTS.resolve("chromium.err")).isZero();
        String text = Files.readString(stdout, StandardCharsets.UTF_8);
        Files.delete(stdout);
        return text;
    }

    @Test
    void domHasOneSectionPerRecordAndTheCharts() throws Exception {
        String dom = chromium(Files.createTempDirectory("chromium-profile"), "--dump-dom");
        long records;
        try (var s = Files.walk(SAMPLE)) {
            records = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertThat(Pattern.compile("<section class=\"record[ \"]").matcher(dom).results().count()).isEqualTo(records);
        assertThat(Pattern.compile("<svg ").matcher(dom).results().count()).isGreaterThanOrEqualTo(2);
        assertThat(dom).contains("<rect").contains("id=\"ranking\"").contains("id=\"overview\"");
    }

    @Test
    void screenshotIsKeptAsAnArtefact() throws Exception {
        Path png = ARTEFACTS.resolve("loudi-2025.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(Files.createTempDirectory("chromium-profile"), "--screenshot=" + png, "--window-size=1280,2000",
                "--hide-scrollbars");
        assertThat(png).exists();
        byte[] head = Files.readAllBytes(png);
        assertThat(head.length).isGreaterThan(10_000);
        assertThat(new String(head, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
