package org.renda.check.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of renda-check, from the build (one string, filled into {@code build.properties} by Maven). */
public final class BuildInfo {

    private static final String VERSION = read();

    private BuildInfo() {
    }

    /** E.g. {@code 1.0.0}; "unknown" only when the resource is missing (a class folder not built by Maven). */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/renda/check/build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
