package org.renda.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared helpers: the spec examples, the tiny test pack and a checker built from it. */
public final class TestSupport {

    private static Checker shared;

    private TestSupport() {
    }

    public static String example(String name) {
        try (InputStream in = TestSupport.class.getResourceAsStream("/org/renda/check/fixtures/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tiny pack in test resources (a copy of SESSION-QUORUM-001). */
    public static Path tinyPack() {
        try {
            return Path.of(TestSupport.class.getResource("/packs/tiny/pack.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the tiny pack under {@code dir}, to be broken by a test. */
    public static Path copyTinyPack(Path dir) throws IOException {
        Path to = dir.resolve("tiny");
        Files.createDirectories(to);
        try (var files = Files.list(tinyPack())) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    public static String quorumDrl() throws IOException {
        return Files.readString(tinyPack().resolve("SESSION-QUORUM-001.drl"));
    }

    /** One checker over the tiny pack, shared by the tests of this module (it is thread-safe). */
    public static synchronized Checker checker() {
        if (shared == null) {
            try {
                shared = Checker.builder().noBundledPacks().packDirectory(tinyPack()).language(Language.EN).build();
            } catch (CheckerBuildException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return shared;
    }

    /** Syntactically valid JSON Pointer (RFC 6901): "" or "/"-separated, "~" only as ~0 or ~1. */
    public static boolean validPointer(String p) {
        if (p == null || !(p.isEmpty() || p.startsWith("/"))) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) { // a loop, not a regex: pointers can be 10,000 characters long
            if (p.charAt(i) == '~' && (i + 1 == p.length() || (p.charAt(i + 1) != '0' && p.charAt(i + 1) != '1'))) {
                return false;
            }
        }
        return true;
    }

    /** Asserts the invariants every result list must satisfy; returns null or a description of the breach. */
    public static String breach(List<CheckResult> results, String source) {
        for (int i = 0; i < results.size(); i++) {
            CheckResult r = results.get(i);
            if (r == null || r.status() == null) {
                return "null result or status at " + i;
            }
            if (!source.equals(r.source())) {
                return "source " + r.source();
            }
            if (r.status() == Status.REJECTED) {
                if (r.errors().isEmpty()) {
                    return "REJECTED without errors: " + r;
                }
                if (!r.findings().isEmpty()) {
                    return "REJECTED with findings: " + r;
                }
                for (InputError e : r.errors()) {
                    if (!validPointer(e.path())) {
                        return "invalid pointer '" + e.path() + "' in " + e;
                    }
                    if (e.message() == null || e.message().isBlank()) {
                        return "empty message in " + e;
                    }
                    if (e.message().contains("\tat ") || e.message().contains("Exception")) {
                        return "stack trace or exception in message: " + e;
                    }
                }
            } else {
                if (!r.errors().isEmpty()) {
                    return "CHECKED with errors: " + r;
                }
                for (Finding f : r.findings()) {
                    if (f.ruleId() == null || f.ruleId().isBlank() || f.path() == null || f.path().isBlank()
                            || !validPointer(f.path())) {
                        return "bad finding " + f;
                    }
                }
            }
        }
        return null;
    }
}
