package dev.skillbot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The database's limits: the defaults README gives, and the variables it documents. */
class DatabasePropertiesTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        DatabaseProperties database = binder(Map.of()).bindOrCreate("skillbot.database", DatabaseProperties.class);
        assertThat(database.callTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(database.probeAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void documentedVariablesBind() {
        DatabaseProperties database = binder(
                        Map.of("SKILLBOT_DATABASE_CALL_TIMEOUT", "800ms", "SKILLBOT_DATABASE_PROBE_AFTER", "20s"))
                .bindOrCreate("skillbot.database", DatabaseProperties.class);
        assertThat(database.callTimeout()).isEqualTo(Duration.ofMillis(800));
        assertThat(database.probeAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    private static Binder binder(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }
}
