package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author guide's five steps (docs/author-guide.md, section 2), run as written by a POSIX shell
 * from the repository root: only /tmp/shuangfeng and /tmp/report.html are moved into a temporary
 * folder, and {@code java -jar examples/target/renda-check.jar} runs this module's classes (the jar
 * is made after the tests). A layered pack that replaces a bundled rule and changes a parameter
 * default must validate, pass its fixtures and check the sample.
 */
class AuthorGuideTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String JAR = "java -jar examples/target/renda-check.jar";

    /** The first sh block of the guide's section 2. */
    static String fiveSteps() throws Exception {
        String guide = Files.readString(ROOT.resolve("docs/author-guide.md"), StandardCharsets.UTF_8);
        int section = guide.indexOf("## 2. ");
        Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(m.find(section)).as("a sh block in section 2").isTrue();
        return m.group(1);
    }

    @Test
    void theFiveStepsRunAsWritten(@TempDir Path tmp) throws Exception {
        String steps = fiveSteps();
        assertThat(steps).contains(JAR + " validate /tmp/shuangfeng").contains(JAR + " test /tmp/shuangfeng")
                .contains(JAR + " check --pack-dir /tmp/shuangfeng");
        Path pack = tmp.resolve("shuangfeng");
        String script = "rc() { \"$@\"; echo \"RC:$?\"; }\n" + steps
                .replace("/tmp/shuangfeng", pack.toString())
                .replace("/tmp/report.html", tmp.resolve("report.html").toString())
                .replace(JAR, "rc \"$RENDA_JAVA\" -cp \"$RENDA_CP\" " + Main.class.getName());
        Path file = tmp.resolve("steps.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("sh", file.toString()).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("RENDA_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("RENDA_CP", System.getProperty("java.class.path"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<String> codes = new ArrayList<>();
        Matcher rc = Pattern.compile("RC:(\\d+)").matcher(out);
        while (rc.find()) {
            codes.add(rc.group(1));
        }
        // validate 0, test 0, check 1 (the sample has ERROR findings) or 0 — never 2 (a pack that does not load)
        assertThat(codes).as(out).hasSize(3);
        assertThat(codes.subList(0, 2)).as(out).containsExactly("0", "0");
        assertThat(codes.get(2)).as(out).isIn("0", "1");
        assertThat(out).contains("通过  " + pack + "  1 条规则")
                .containsPattern("通过  classpath:renda/packs/national  \\d+ 条规则  sha256 \\w+  （作为叠加的基础加载）")
                .containsPattern("\\n通过 (\\d+) 条，未通过 0 条")
                .contains("报告已写入 " + tmp.resolve("report.html"))
                .doesNotContain("重复").doesNotContain("未通过  ");
        String html = Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("shuangfeng").contains("suggestionAssignDays");
        assertThat(Files.readString(pack.resolve("SESSION-QUORUM-001.drl"))).contains("package renda.packs.shuangfeng;")
                .contains("（双峰县）会议须有三分之二");
        assertThat(new File(pack.toFile(), "pack.json")).exists();
    }
}
