package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void twoBuildsOfOneVersionAreTwoIdentities() {
        assertThat(BuildInfo.identity(built("0.1.0-SNAPSHOT", "2026-12-06T10:00:00Z")))
                .isNotEqualTo(BuildInfo.identity(built("0.1.0-SNAPSHOT", "2026-12-06T11:00:00Z")))
                .contains("0.1.0-SNAPSHOT");
    }

    @Test
    void withoutBuildInformationTheIdentityIsUnknown() {
        assertThat(BuildInfo.identity(new Properties())).isEqualTo("unknown");
    }

    @Test
    void theSuiteRunsFromABuildThatNamesItself() {
        assertThat(BuildInfo.properties().getProperty("build.time"))
                .as("Maven's build-info goal ran before the tests")
                .isNotBlank();
        assertThat(BuildInfo.identity()).isNotEqualTo("unknown");
    }

    private static Properties built(String version, String time) {
        Properties properties = new Properties();
        properties.setProperty("build.version", version);
        properties.setProperty("build.time", time);
        return properties;
    }
}
