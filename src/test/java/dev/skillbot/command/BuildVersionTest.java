package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void theJarsManifestComesFirst() {
        assertThat(BuildVersion.of("1.4.0", buildInfo("1.3.9"))).isEqualTo("1.4.0");
    }

    @Test
    void fromClassesTheMavenBuildInfoNamesTheVersion() {
        assertThat(BuildVersion.of(null, buildInfo("0.1.0-SNAPSHOT"))).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(BuildVersion.current())
                .as("the suite runs from target/classes")
                .isNotEqualTo("null");
    }

    @Test
    void withNeitherItSaysSoInsteadOfNull() {
        assertThat(BuildVersion.of(null, new Properties())).isEqualTo("development build");
        assertThat(BuildVersion.of(" ", buildInfo(""))).isEqualTo("development build");
    }

    private static Properties buildInfo(String version) {
        Properties properties = new Properties();
        properties.setProperty("build.version", version);
        return properties;
    }
}
