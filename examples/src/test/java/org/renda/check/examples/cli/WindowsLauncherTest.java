package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/bin/renda-check.cmd}, the Windows launcher. There is no cmd.exe here, so what can
 * be tested on Linux is tested: the file's form (CRLF, ASCII, the console switched to UTF-8 and
 * restored, the exit status passed on), the jar it looks for (the POSIX launcher's order), and its
 * argument handling: its one java command line, with the batch variables put in as cmd would and
 * {@code %*} replaced by the arguments, run here gives the same output and exit status as the CLI.
 */
class WindowsLauncherTest {

    static final Path CMD = Path.of("bin/renda-check.cmd");

    static String cmd() throws Exception {
        return new String(Files.readAllBytes(CMD), StandardCharsets.US_ASCII);
    }

    @Test
    void isABatchFileWithCrlfThatSwitchesTheConsoleToUtf8() throws Exception {
        byte[] bytes = Files.readAllBytes(CMD);
        for (byte b : bytes) {
            assertThat(b & 0xff).as("ASCII only: a Chinese console reads the file in code page 936").isLessThan(0x80);
        }
        String text = cmd();
        assertThat(text.replace("\r\n", "")).doesNotContain("\n"); // every line ends with CRLF
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(lines).contains("chcp 65001 >nul", "set \"RC=%ERRORLEVEL%\"", "if defined OLDCP chcp %OLDCP% >nul",
                "endlocal & exit /b %RC%");
        assertThat(lines.indexOf("chcp 65001 >nul")).isLessThan(indexOfJava(lines));
        assertThat(lines.indexOf("set \"RC=%ERRORLEVEL%\"")).isEqualTo(indexOfJava(lines) + 1);
        String java = lines.get(indexOfJava(lines));
        assertThat(java).contains("-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8")
                .endsWith(" %JAVA_OPTS% -jar \"%JAR%\" %*");
        // %* (every argument, as typed) appears on the java line only
        assertThat(text.split(Pattern.quote("%*"), -1)).hasSize(2);
    }

    @Test
    void looksForTheJarWhereThePosixLauncherDoes() throws Exception {
        String text = cmd();
        int env = text.indexOf("if defined RENDA_CHECK_JAR set \"JAR=%RENDA_CHECK_JAR%\"");
        int target = text.indexOf("\"%HERE%..\\target\\renda-check.jar\"");
        int beside = text.indexOf("\"%HERE%renda-check.jar\"");
        assertThat(env).isPositive().isLessThan(target);
        assertThat(target).isLessThan(beside);
        String posix = Files.readString(Path.of("bin/renda-check"));
        assertThat(posix).contains("jar=${RENDA_CHECK_JAR:-}")
                .contains("for j in \"$here/../target/renda-check.jar\" \"$here/renda-check.jar\"");
        assertThat(text).contains("if defined JAVA_HOME set \"JAVA=%JAVA_HOME%\\bin\\java.exe\"")
                .contains(":nojar").contains("exit /b 2");
    }

    @Test
    void makesAndUsesAClassDataArchiveAsThePosixLauncherDoes() throws Exception {
        List<String> lines = List.of(cmd().split("\r\n"));
        String java = lines.get(indexOfJava(lines));
        assertThat(java).startsWith("\"%JAVA%\" %CDS% -D");
        // no archive when switched off or when the jar's path has a space (Java 17 refuses it)
        assertThat(lines).contains("if \"%RENDA_CHECK_CDS%\"==\"0\" goto run", "if not \"%JAR: =%\"==\"%JAR%\" goto run",
                "if /i not \"%~1\"==\"check\" goto run");
        // an archive is used when one of this name exists; else a check run makes one under a temporary name
        int use = indexOfStart(lines, "for %%d in (%DIRS%) do if exist \"%%~d\\%NAME%\" (set \"CDS=-XX:SharedArchiveFile=");
        int make = indexOfStart(lines, "set \"CDS=-XX:ArchiveClassesAtExit=\"%MAKING%\" %QUIET%\"");
        assertThat(use).isPositive().isLessThan(make);
        assertThat(make).isLessThan(indexOfJava(lines));
        // the name follows the jar and the Java (size and time), so a new jar or Java gets a new archive
        assertThat(lines).contains("for %%j in (\"%JAR%\") do set \"KEY=%%~zj-%%~tj\"",
                "for %%j in (\"%JAVABIN%\") do set \"KEY=%KEY%-%%~zj-%%~tj\"", "set \"NAME=renda-check-win-%KEY%.jsa\"");
        // the finished archive is moved in place after the run, and the exit status is the CLI's
        assertThat(lines.indexOf("if defined MAKING call :keep")).isGreaterThan(lines.indexOf("set \"RC=%ERRORLEVEL%\""));
        assertThat(lines).contains("move /y \"%MAKING%\" \"%MADE%\\%NAME%\" >nul 2>&1");
        // the JVM's CDS messages must not reach the report: the same flags as the POSIX launcher
        String posix = Files.readString(Path.of("bin/renda-check"));
        assertThat(posix).contains("quiet=\"-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off\"");
        assertThat(lines).contains("set \"QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off\"");
    }

    static int indexOfStart(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    static int indexOfJava(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\"%JAVA%\" ")) {
                return i;
            }
        }
        throw new AssertionError("no java line in " + CMD);
    }

    /** Splits a cmd command line into arguments: blanks separate, double quotes group (and are removed). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    @Test
    void passesEveryArgumentOnUnchanged() throws Exception {
        Path record = Path.of("src/test/resources/records/township-clean.json").toAbsolutePath();
        Path spaced = Files.createTempDirectory("renda cmd 测试").resolve("一条 记录.json");
        Files.copy(record, spaced);
        String[][] runs = {
            {"check", "--format", "json", spaced.toString()},
            {"check", "--lang", "en", "--formt", "x", spaced.toString()},
            {"rules", "--packs", "hunan"},
            {"check", spaced.getParent().resolve("没有这个文件.json").toString()},
        };
        List<String> lines = List.of(cmd().split("\r\n"));
        String java = lines.get(indexOfJava(lines))
                .replace("%CDS% ", "") // the class-data options: tried with the jar by launcher-test.sh
                .replace("%JAVA_OPTS% ", "")
                .replace("-jar \"%JAR%\"", "-cp \"" + System.getProperty("java.class.path") + "\" " + Main.class.getName());
        for (String[] args : runs) {
            StringBuilder typed = new StringBuilder();
            for (String a : args) {
                typed.append(' ').append(a.contains(" ") ? "\"" + a + "\"" : a); // as a user quotes them at the prompt
            }
            List<String> command = split(java.replace("\"%JAVA%\"", "\"" + Path.of(System.getProperty("java.home"), "bin", "java") + "\"")
                    .replace(" %*", typed.toString()));
            Process p = new ProcessBuilder(command).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
            assertThat(p.exitValue()).as(String.join(" ", args) + "\n" + err).isEqualTo(code);
            assertThat(mask(out)).as(String.join(" ", args)).isEqualTo(mask(o.toString()));
            assertThat(err).isEqualTo(e.toString());
        }
    }

    /** The report's time stamps differ between two runs. */
    static String mask(String s) {
        return s.replaceAll("\"(generated|checkedAt)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":\"…\"").replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.+Z-]+", "…");
    }
}
