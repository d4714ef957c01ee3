package dev.skillbot.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The running build as Maven's {@code META-INF/build-info.properties} describes it (in the jar, the
 * image and {@code target/classes} alike), read once; empty when there is none.
 */
public final class BuildInfo {

    private static final String FILE = "/META-INF/build-info.properties";
    private static final Properties PROPERTIES = read();

    private BuildInfo() {}

    /** A copy of the properties, empty when the build wrote none. */
    public static Properties properties() {
        Properties copy = new Properties();
        copy.putAll(PROPERTIES);
        return copy;
    }

    /**
     * Which build this is, for what only this build's code may read back: its version and the time it
     * was built, since a development version names many builds. "unknown" without build information.
     */
    static String identity() {
        return identity(PROPERTIES);
    }

    static String identity(Properties properties) {
        String version = properties.getProperty("build.version");
        String time = properties.getProperty("build.time");
        return version == null && time == null ? "unknown" : version + " built " + time;
    }

    private static Properties read() {
        Properties properties = new Properties();
        InputStream file = BuildInfo.class.getResourceAsStream(FILE);
        if (file == null) {
            return properties;
        }
        try (file) {
            properties.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
