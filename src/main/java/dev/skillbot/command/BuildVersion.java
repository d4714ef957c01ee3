package dev.skillbot.command;

import dev.skillbot.catalog.BuildInfo;
import java.util.Properties;

/**
 * The running build's version for {@code about}: the jar's manifest; from {@code target/classes} (an IDE,
 * {@code ./mvnw spring-boot:run}) the Maven build's {@code META-INF/build-info.properties}; else a plain
 * "development build" rather than "null".
 */
public final class BuildVersion {

    static final String UNKNOWN = "development build";

    private BuildVersion() {}

    public static String current() {
        return of(BuildVersion.class.getPackage().getImplementationVersion(), BuildInfo.properties());
    }

    static String of(String manifestVersion, Properties buildInfo) {
        if (manifestVersion != null && !manifestVersion.isBlank()) {
            return manifestVersion;
        }
        String built = buildInfo.getProperty("build.version");
        return built == null || built.isBlank() ? UNKNOWN : built;
    }
}
