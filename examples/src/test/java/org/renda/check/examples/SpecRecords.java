package org.renda.check.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The two spec example records as files, for tests that hand the command line a path. There is one
 * copy of them in the repository: rules-core's fixture bases ({@code /org/renda/check/fixtures/}),
 * which ship in its jar; this writes them under {@code target/spec-records/} on first use.
 */
public final class SpecRecords {

    /** The spec's township example (a clean record), relative to the module directory. */
    public static final String TOWNSHIP = file("township", "township-clean.json");
    /** The spec's street example (a clean record), relative to the module directory. */
    public static final String STREET = file("street", "street-clean.json");

    private SpecRecords() {
    }

    private static String file(String fixture, String name) {
        Path out = Path.of("target", "spec-records", name);
        try (InputStream in = SpecRecords.class.getResourceAsStream("/org/renda/check/fixtures/" + fixture + ".json")) {
            if (in == null) {
                throw new IllegalStateException("rules-core fixture missing: " + fixture);
            }
            Files.createDirectories(out.getParent());
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
