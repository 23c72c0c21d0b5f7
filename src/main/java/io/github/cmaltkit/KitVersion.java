package io.github.cmaltkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The kit's version, read in one place: {@code cmalt/version.properties}, which the build filters with the
 * project's version (pom.xml, {@code resources-filtered}), so the jar, {@code target/classes} and the tests
 * all know it. {@code cmalt --version} prints it; the link checker names it in its User-Agent.
 */
public final class KitVersion {

    /** When the classes run without the build's resources (an IDE that skipped them): a word, so a User-Agent stays valid. */
    static final String UNKNOWN = "dev";

    private static final String VERSION = read();

    private KitVersion() {
    }

    /** The project's version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code dev} when it cannot be read. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = KitVersion.class.getResourceAsStream("/cmalt/version.properties")) {
            if (in == null) return UNKNOWN;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            // Unfiltered (the placeholder itself) is as good as missing.
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
