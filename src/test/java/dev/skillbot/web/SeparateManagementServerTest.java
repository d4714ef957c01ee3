package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.HttpSend;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * With an address for the actuator ({@code MANAGEMENT_SERVER_ADDRESS}) Spring Boot keeps its own separate
 * management server, whose error pages were Spring's JSON (with the time and path; 406 and no body to a browser)
 * and Tomcat's "HTTP Status 400" page: they are the plain page of the management connector, in the reader's
 * language, linking to nothing, and the application's context holds none of the management server's beans.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.address=127.0.0.1")
class SeparateManagementServerTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Autowired
    ManagementServer managementServer;

    @Test
    void theSeparateManagementServersErrorPagesArePlainPages() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        assertThat(send("GET", "/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> notFound = send("GET", "/skills/canary-releases", "Accept", "text/html");
        HttpResponse<String> json = send("GET", "/actuator/nothing");
        HttpResponse<String> chinese = send("GET", "/", "Accept-Language", "zh-CN");
        HttpResponse<String> refused = send("PUT", "/actuator/health");
        HttpResponse<String> trace = send("TRACE", "/actuator/health", "X-Secret", "s3cret");
        HttpResponse<String> error = send("GET", "/error");
        HttpResponse<String> unreadable = send("GET", "/actuator/health", "X-Padding", "a".repeat(40 * 1024));

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("This port answers only the actuator, under /actuator");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).contains("此端口只提供 /actuator 下的监控端点");
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(refused.body()).contains("This address cannot be used that way.");
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        for (HttpResponse<String> page : List.of(notFound, json, chinese, refused, trace, error, unreadable)) {
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body())
                    .contains("<h1>")
                    .doesNotContain("href=", "timestamp", "Whitelabel", "Exception", "Tomcat", "s3cret");
        }
        assertThat(context.getBeanNamesForType(ManagementErrorPagesConfiguration.class))
                .as("the management server's error pages are its own, not the application's")
                .isEmpty();
    }

    /**
     * Spring Boot's own management server got none of the actuator connector's settings: Tomcat's {@code OPTIONS *}
     * answer naming PUT and DELETE, 8,192 connections, a minute's timeouts, a refused body swallowed; a path
     * parameter is its 404 as on the one server's actuator port.
     */
    @Test
    void theSeparateManagementServerHasTheActuatorConnectorsLimits() throws Exception {
        Connector connector = ((TomcatWebServer) managementServer.server.get())
                .getTomcat()
                .getService()
                .findConnectors()[0];
        AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
        assertThat(connector.getLocalPort()).isEqualTo(managementPort);
        assertThat(connector.getMaxPostSize()).isZero();
        assertThat(protocol.getMaxSwallowSize()).isZero();
        assertThat(protocol.getMaxConnections()).isLessThanOrEqualTo(64);
        assertThat(protocol.getConnectionTimeout()).isLessThanOrEqualTo(10_000);
        assertThat(protocol.getKeepAliveTimeout()).isLessThanOrEqualTo(10_000);
        assertThat(send("GET", "/actuator/health;x=1").statusCode()).isEqualTo(404);
        try (Socket socket = new Socket("localhost", managementPort)) {
            socket.getOutputStream()
                    .write("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("Allow: GET, HEAD, OPTIONS\r\n");
        }
    }

    /** The management server's web server, told to the application's context as its child starts it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ManagementServer implements ApplicationListener<WebServerInitializedEvent> {

        final AtomicReference<WebServer> server = new AtomicReference<>();

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if ("management".equals(event.getApplicationContext().getServerNamespace())) {
                server.set(event.getWebServer());
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        return HttpSend.send(method, managementPort, path, headers);
    }
}
