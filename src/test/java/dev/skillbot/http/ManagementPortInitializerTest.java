package dev.skillbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** When the actuator's port moves onto a connector of the application's server, and when Spring Boot keeps its own. */
class ManagementPortInitializerTest {

    @Test
    void aPortOfItsOwnBecomesAConnector() {
        MockEnvironment environment = initialized("management.server.port", "8081");
        assertThat(environment.getProperty("management.server.port", Integer.class))
                .isNull();
        assertThat(environment.getProperty(ManagementPortInitializer.CONNECTOR_PORT, Integer.class))
                .isEqualTo(8081);
    }

    @Test
    void anyFreePortBecomesAConnectorToo() {
        MockEnvironment environment = initialized("management.server.port", "0", "server.port", "0");
        assertThat(environment.getProperty(ManagementPortInitializer.CONNECTOR_PORT, Integer.class))
                .isZero();
    }

    @Test
    void otherManagementServerSettingsKeepSpringBootsSeparateServer() {
        assertUntouched(
                initialized("management.server.port", "8081", "management.server.address", "127.0.0.1"), "8081");
        assertUntouched(initialized("management.server.port", "8081", "management.server.ssl.enabled", "true"), "8081");
        assertUntouched(initialized("management.server.port", "8081", "management.server.base-path", "/m"), "8081");
    }

    @Test
    void noPortTheServersPortOrNoneAtAllAreLeftAsTheyAre() {
        assertUntouched(initialized(), null);
        assertUntouched(initialized("management.server.port", "-1"), "-1");
        assertUntouched(initialized("management.server.port", "9000", "server.port", "9000"), "9000");
    }

    @Test
    void aContextWithoutAWebServerIsLeftAlone() {
        MockEnvironment environment = new MockEnvironment().withProperty("management.server.port", "8081");
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        new ManagementPortInitializer().initialize(context);
        assertUntouched(environment, "8081");
    }

    private static MockEnvironment initialized(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        try (AnnotationConfigServletWebServerApplicationContext context =
                new AnnotationConfigServletWebServerApplicationContext()) {
            context.setEnvironment(environment);
            new ManagementPortInitializer().initialize(context);
        }
        return environment;
    }

    private static void assertUntouched(MockEnvironment environment, String port) {
        assertThat(environment.getProperty("management.server.port")).isEqualTo(port);
        assertThat(environment.containsProperty(ManagementPortInitializer.CONNECTOR_PORT))
                .isFalse();
    }
}
