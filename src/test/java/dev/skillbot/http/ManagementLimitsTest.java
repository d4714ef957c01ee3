package dev.skillbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;

/**
 * The actuator's connector takes the public connector's limits, never looser than its own caps: with Tomcat's
 * defaults on the public side (no {@code server.tomcat.*} set) it is capped, and a stricter public setting is copied,
 * as are the characters a request line may hold unencoded.
 */
class ManagementLimitsTest {

    @Test
    void tomcatsDefaultsAreCappedForProbesAndScrapes() {
        Connector management = copied(new Connector());

        assertThat(management.getMaxPostSize()).isZero();
        assertThat(management.getMaxParameterCount()).isEqualTo(ManagementLimits.MAX_PARAMETERS);
        AbstractHttp11Protocol<?> http = http(management);
        assertThat(http.getMaxSwallowSize()).isZero();
        assertThat(http.getMaxConnections()).isEqualTo(ManagementLimits.MAX_CONNECTIONS);
        assertThat(http.getConnectionTimeout()).isEqualTo(ManagementLimits.TIMEOUT_MILLIS);
        assertThat(http.getKeepAliveTimeout()).isEqualTo(ManagementLimits.TIMEOUT_MILLIS);
    }

    @Test
    void stricterPublicLimitsAreCopiedAndNoLimitIsCapped() {
        Connector publicConnector = new Connector();
        publicConnector.setMaxParameterCount(20);
        AbstractHttp11Protocol<?> source = http(publicConnector);
        source.setConnectionTimeout(2_000);
        source.setKeepAliveTimeout(3_000);
        source.setMaxConnections(-1);
        source.setMaxHttpRequestHeaderSize(32 * 1024);
        source.setRelaxedPathChars("[]|");
        source.setRelaxedQueryChars("[]{}");

        Connector management = copied(publicConnector);

        assertThat(management.getMaxParameterCount()).isEqualTo(20);
        AbstractHttp11Protocol<?> http = http(management);
        assertThat(http.getConnectionTimeout()).isEqualTo(2_000);
        assertThat(http.getKeepAliveTimeout()).isEqualTo(3_000);
        assertThat(http.getMaxConnections()).isEqualTo(ManagementLimits.MAX_CONNECTIONS);
        assertThat(http.getMaxHttpRequestHeaderSize()).isEqualTo(32 * 1024);
        assertThat(http.getRelaxedPathChars()).isEqualTo("[]|");
        assertThat(http.getRelaxedQueryChars()).isEqualTo("[]{}");
    }

    private static Connector copied(Connector publicConnector) {
        Connector management = new Connector();
        ManagementLimits.copy(publicConnector, management);
        return management;
    }

    private static AbstractHttp11Protocol<?> http(Connector connector) {
        return (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
    }
}
