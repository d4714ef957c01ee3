package dev.skillbot.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The running build's version for {@code about}: the jar's manifest; from {@code target/classes} (an IDE,
 * {@code ./mvnw spring-boot:run}) the Maven build's {@code META-INF/build-info.properties}; else a plain
 * "development build" rather than "null".
 */
public final class BuildVersion {

    static final String UNKNOWN = "development build";
    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    private BuildVersion() {}

    public static String current() {
        return of(BuildVersion.class.getPackage().getImplementationVersion(), buildInfo());
    }

    static String of(String manifestVersion, Properties buildInfo) {
        if (manifestVersion != null && !manifestVersion.isBlank()) {
            return manifestVersion;
        }
        String built = buildInfo.getProperty("build.version");
        return built == null || built.isBlank() ? UNKNOWN : built;
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        InputStream file = BuildVersion.class.getResourceAsStream(BUILD_INFO);
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
