package org.renda.check.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.renda.check.examples.SpecRecords;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding program, compiled as it stands in the README (its imports, nothing
 * added) against this module's class path, and run: a clean record prints nothing, a faulty one
 * its finding with the article, a malformed one REJECTED with the place.
 */
class ReadmeEmbeddingTest {

    static String snippet() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Embedding (for Java integrators)");
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find(section)).isTrue();
        return m.group(1);
    }

    @Test
    void theReadmeProgramCompilesAndHandlesEachKindOfRecord(@TempDir Path dir) throws Exception {
        String source = snippet();
        assertThat(source).contains("import org.renda.check.Status;").contains("Status.REJECTED");
        Path src = Files.createDirectories(dir.resolve("src")).resolve("CheckOneFile.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-encoding", "UTF-8", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ObjectMapper json = new ObjectMapper();
        Path clean = Path.of(SpecRecords.TOWNSHIP).toAbsolutePath();
        ObjectNode record = (ObjectNode) json.readTree(clean.toFile());
        ObjectNode second = (ObjectNode) record.path("sessions").get(1);
        second.put("deputiesPresent", 7);
        second.path("agenda").forEach(item -> ((ObjectNode) item.get("vote")).put("for", 7).put("against", 0).put("abstain", 0));
        Path faulty = dir.resolve("faulty.json");
        json.writeValue(faulty.toFile(), record);
        Path malformed = dir.resolve("malformed.json");
        ((ObjectNode) record.path("body")).put("kind", "VILLAGE");
        json.writeValue(malformed.toFile(), record);

        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> program = loader.loadClass("CheckOneFile");
            assertThat(run(program, clean)).isEmpty();
            assertThat(run(program, faulty)).anySatisfy(l -> assertThat(l).startsWith("ERROR SESSION-QUORUM-001 /sessions/1 ")
                    .contains("《地方各级人民代表大会和地方各级人民政府组织法》(2022)第十四条第四款"));
            assertThat(run(program, malformed)).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("REJECTED " + malformed + " /body/kind "));
        }
    }

    private static List<String> run(Class<?> program, Path file) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            program.getMethod("main", String[].class).invoke(null, (Object) new String[]{file.toString()});
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
}
