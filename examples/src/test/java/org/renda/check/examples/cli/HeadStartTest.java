package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renda.check.CheckResult;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.Status;
import org.renda.check.examples.SpecRecords;

/**
 * The checker built on a second thread while the command line is read ({@link HeadStart}): the
 * same output, error and exit status as without it, and it is taken only when the command's
 * options ask for exactly that checker.
 */
class HeadStartTest {

    static final String SAMPLE = Path.of("records", "loudi-2025", "双峰县").toString();

    record Run(int code, String out, String err, boolean tookHeadStart) {
    }

    static Run run(boolean headStart, String... args) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter text = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        StringWriter err = new StringWriter();
        HeadStart head = headStart ? HeadStart.start(args) : null;
        int code = Main.run(text, bytes, new PrintWriter(err), head, args);
        if (head != null) {
            head.join();
        }
        // the text report's header says when it was made, to the minute
        String out = bytes.toString(StandardCharsets.UTF_8).replaceAll("(生成时间：|generated: )[^\\n]*", "$1…");
        return new Run(code, out, err.toString(), head != null && head.wasTaken());
    }

    /** "taken|command line": whether the command takes the checker built ahead, and the command. */
    @ParameterizedTest
    @ValueSource(strings = {
        "true|check --format json SAMPLE",
        "true|check --lang en SAMPLE",
        "true|check --lang=en --format json SAMPLE",
        "false|check --packs national --format json SAMPLE",
        "false|check --params no-such-file.yaml SAMPLE",
        "true|due --month 2025-06 --format json SAMPLE",
        "true|rules --lang en",
        "true|params",
        "false|check no-such-folder",
        "false|validate records",
    })
    void sameOutputErrorAndStatusAsWithout(String line) throws Exception {
        String[] parts = line.split("\\|");
        String[] args = parts[1].replace("SAMPLE", SAMPLE).split(" ");
        Run without = run(false, args);
        Run with = run(true, args);
        assertThat(with.code()).as(line).isEqualTo(without.code());
        assertThat(with.err()).as(line).isEqualTo(without.err());
        assertThat(with.out()).as(line).isEqualTo(without.out());
        assertThat(without.out().length() + without.err().length()).as(line).isPositive();
        assertThat(with.tookHeadStart()).as(line).isEqualTo(Boolean.parseBoolean(parts[0]));
    }

    @Test
    void aTakenCheckerStaysOpenAfterItsBuildEnds() throws Exception {
        HeadStart head = HeadStart.start(new String[] {"check", SpecRecords.TOWNSHIP});
        try (Checker checker = head.take(Language.ZH)) {
            assertThat(checker).isNotNull();
            head.join();
            head.discard(); // what Main does after the command: nothing, once taken
            CheckResult r = checker.check(Path.of(SpecRecords.TOWNSHIP), "t").get(0);
            assertThat(r.status()).isEqualTo(Status.CHECKED);
            assertThat(head.take(Language.ZH)).as("taken once").isNull();
        }
    }

    @Test
    void anotherLanguageIsNotTakenAndNotTakenLater() throws Exception {
        HeadStart head = HeadStart.start(new String[] {"check", "--lang", "en", SpecRecords.TOWNSHIP});
        assertThat(head.take(Language.ZH)).isNull();
        assertThat(head.take(Language.EN)).as("given up").isNull();
        head.join();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check --packs national X", "check --pack-dir D X", "due --params=p.yaml X", "validate D",
        "template", "--version", ""})
    void noCheckerWhenTheCommandWantsAnotherOrNone(String line) throws Exception {
        HeadStart head = HeadStart.start(line.isEmpty() ? new String[0] : line.split(" "));
        assertThat(head.take(Language.ZH)).as(line).isNull();
        head.awaitLogging();
        head.join();
    }
}
