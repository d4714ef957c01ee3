package dev.skillbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.skillbot.testing.HttpSend;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The actuator's port is a second connector of the one Tomcat, not a second server, and the two ports
 * keep apart what they served as two servers; forwarded headers (trusted on Kubernetes, where Spring
 * Boot turns them on by itself) do not move a request from one port to the other.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void oneServerListensOnBothPorts() {
        assertThat(context.getParent()).isNull();
        Connector[] connectors = ((TomcatWebServer) context.getWebServer())
                .getTomcat()
                .getService()
                .findConnectors();
        assertThat(connectors).extracting(Connector::getLocalPort).containsExactlyInAnyOrder(port, managementPort);
        assertThat(managementPort).isNotEqualTo(port).isPositive();
    }

    /**
     * The actuator's connector kept Tomcat's defaults whatever the public one had (only the header size was
     * copied): 8,192 connections, a minute's timeouts, 2 MB of a refused body swallowed by one of its four threads.
     */
    @Test
    void theManagementConnectorIsNoLooserThanThePublicOne() {
        Connector[] connectors = ((TomcatWebServer) context.getWebServer())
                .getTomcat()
                .getService()
                .findConnectors();
        Connector publicConnector = connectors[0].getLocalPort() == port ? connectors[0] : connectors[1];
        Connector management = connectors[0] == publicConnector ? connectors[1] : connectors[0];
        AbstractHttp11Protocol<?> open = (AbstractHttp11Protocol<?>) publicConnector.getProtocolHandler();
        AbstractHttp11Protocol<?> probes = (AbstractHttp11Protocol<?>) management.getProtocolHandler();
        assertThat(management.getMaxPostSize()).isZero();
        assertThat(management.getMaxParameterCount()).isLessThanOrEqualTo(publicConnector.getMaxParameterCount());
        assertThat(probes.getMaxSwallowSize()).isZero();
        assertThat(probes.getMaxConnections()).isLessThanOrEqualTo(ManagementLimits.MAX_CONNECTIONS);
        assertThat(probes.getConnectionTimeout())
                .isLessThanOrEqualTo(Math.min(open.getConnectionTimeout(), ManagementLimits.TIMEOUT_MILLIS));
        assertThat(probes.getKeepAliveTimeout())
                .isLessThanOrEqualTo(Math.min(open.getKeepAliveTimeout(), ManagementLimits.TIMEOUT_MILLIS));
        assertThat(probes.getMaxHttpRequestHeaderSize()).isEqualTo(open.getMaxHttpRequestHeaderSize());
    }

    @Test
    void theManagementPortServesTheActuatorOnly() throws Exception {
        assertThat(status(managementPort, "/actuator/health/readiness")).isEqualTo(200);
        assertThat(status(managementPort, "/actuator/prometheus")).isEqualTo(200);
        assertThat(status(managementPort, "/")).isEqualTo(404);
        assertThat(status(managementPort, "/search?q=canary")).isEqualTo(404);
        assertThat(status(managementPort, "/actuatorx")).isEqualTo(404);
        assertThat(status(port, "/")).isEqualTo(200);
    }

    /**
     * The actuator's port serves no catalog page, search or stylesheet: its error pages (404, 405, 400) link to none
     * of them and say what that port answers, in the reader's language; the public port's pages keep their links.
     */
    @Test
    void theManagementPortsErrorPagesLinkNowhereItDoesNotServe() throws Exception {
        HttpResponse<String> notFound = send(managementPort, "/skills/canary-releases");
        HttpResponse<String> chinese = send(managementPort, "/", "Accept-Language", "zh-CN");
        HttpResponse<String> refused = send("PUT", managementPort, "/actuator/health");
        HttpResponse<String> unreadable = send(managementPort, "/actuator/health", "X-Padding", "a".repeat(40 * 1024));

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("This port answers only the actuator, under /actuator");
        assertThat(chinese.body()).contains("此端口只提供 /actuator 下的监控端点");
        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.body())
                .contains("This address cannot be used that way.")
                .doesNotContain("catalog");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        for (HttpResponse<String> page : List.of(notFound, chinese, refused, unreadable)) {
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("<h1>").doesNotContain("href=", "<form", "src=", "Skills catalog", "技能目录");
        }
        HttpResponse<String> publicNotFound = send(port, "/nothing-here");
        assertThat(publicNotFound.statusCode()).isEqualTo(404);
        assertThat(publicNotFound.body()).contains("href=", "<form", "Back to the catalog");
    }

    @Test
    void thePublicPortHidesTheActuatorHoweverThePathIsWritten() throws Exception {
        for (String path : new String[] {
            "/actuator",
            "/actuator/health",
            "/%61ctuator/health",
            "/./actuator/health",
            "//actuator/health",
            "/actuator;x=1/health",
            "/skills/../actuator/health"
        }) {
            assertThat(status(port, path)).as(path).isIn(400, 404);
        }
    }

    @Test
    void forwardedHeadersDoNotOpenTheActuatorOnThePublicPort() throws Exception {
        String management = Integer.toString(managementPort);
        HttpResponse<String> response = send(
                port,
                "/actuator/health",
                "X-Forwarded-Port",
                management,
                "X-Forwarded-Host",
                "127.0.0.1:" + management,
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-For",
                "10.0.0.1");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("\"status\":\"UP\"");
    }

    /**
     * TRACE, which Tomcat refuses before any filter runs, is answered on either port as any other method the address
     * does not take, echoing nothing: it was 404 on the actuator's port, and 405 naming the actuator's methods on
     * the public port, which otherwise hides it.
     */
    @Test
    void traceOnEitherPortIsAnsweredAsAnyOtherRefusedMethod() throws Exception {
        assertThat(send("TRACE", managementPort, "/actuator/health").statusCode())
                .isEqualTo(405);
        for (int onPort : new int[] {managementPort, port}) {
            for (String path : new String[] {"/actuator/health", "/actuator", "/actuator/nothing", "/"}) {
                HttpResponse<String> put = send("PUT", onPort, path);
                HttpResponse<String> trace = send("TRACE", onPort, path, "X-Secret", "s3cret");
                String where = onPort + path;
                assertThat(trace.statusCode()).as(where).isEqualTo(put.statusCode());
                assertThat(trace.headers().firstValue("Allow"))
                        .as(where)
                        .isEqualTo(put.headers().firstValue("Allow"));
                assertThat(trace.body()).as(where).doesNotContain("s3cret").doesNotContain("Exception");
            }
        }
    }

    /**
     * The actuator's port reads request lines and headers up to the public port's limit
     * ({@code server.max-http-request-header-size}, 32 KB): it kept Tomcat's 8 KB, so a probe with 16 KB of headers
     * got 400 there and 200 on the public port. Beyond the limit both answer the catalog's 400 page, and neither
     * logs a line.
     */
    @Test
    void bothPortsReadHeadersUpToTheSameLimitAndAnswerTheSame400Beyond() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            String within = "a".repeat(16 * 1024);
            assertThat(send(managementPort, "/actuator/health/readiness", "X-Padding", within)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(port, "/", "X-Padding", within).statusCode()).isEqualTo(200);
            String beyond = "a".repeat(40 * 1024);
            for (int onPort : new int[] {managementPort, port}) {
                HttpResponse<String> refused = send(onPort, "/actuator/health", "X-Padding", beyond);
                assertThat(refused.statusCode()).as("port %d", onPort).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
                assertThat(refused.body())
                        .as("port %d", onPort)
                        .contains("<h1>")
                        .doesNotContain("Exception")
                        .doesNotContain("Tomcat");
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list.stream().filter(line -> line.getThreadName().startsWith("http-nio-")))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    /**
     * An address with a path parameter is no address of either port: Tomcat strips the parameter, so
     * {@code /skills/canary-releases;x=1} served the skill's page (and {@code /actuator/health;x=1} the health) while
     * {@code /;x=1} was the 404 page. Each is the port's own 404 page now; an encoded {@code %3B} is part of the
     * skill's id, which names none.
     */
    @Test
    void anAddressWithAPathParameterIsNotFoundOnEitherPort() throws Exception {
        String publicNotFound = heading(send(port, "/nothing-here"));
        for (String path : new String[] {
            "/skills/canary-releases;x=1",
            "/skills/canary-releases;jsessionid=1?level=senior",
            "/skills;x=1/canary-releases",
            "/search;x=1?q=canary",
            "/;x=1",
            "/skills;x=1",
            "/skills/canary-releases/;x=1",
            "/assets/skillbot.css;x=1",
            "/skills/canary-releases%3Bx=1"
        }) {
            HttpResponse<String> page = send(port, path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(heading(page)).as(path).isEqualTo(publicNotFound);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
        String managementNotFound = heading(send(managementPort, "/actuator/nothing"));
        for (String path : new String[] {"/actuator/health;x=1", "/actuator;x=1/health", "/actuator/prometheus;a"}) {
            HttpResponse<String> page = send(managementPort, path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(heading(page)).as(path).isEqualTo(managementNotFound);
        }
        assertThat(status(port, "/skills/canary-releases")).isEqualTo(200);
        assertThat(status(managementPort, "/actuator/health")).isEqualTo(200);
    }

    /**
     * {@code OPTIONS *} got Tomcat's own answer on both ports, naming PUT and DELETE, which no address takes: each
     * port names the methods it takes somewhere, and the connection still serves the next request.
     */
    @Test
    void optionsStarNamesThePortsOwnMethods() throws Exception {
        String asked = "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        for (int onPort : new int[] {port, managementPort}) {
            try (java.net.Socket socket = new java.net.Socket("localhost", onPort)) {
                socket.getOutputStream().write(asked.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String answers =
                        new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String first = answers.substring(0, answers.indexOf("\r\n\r\n"));
                assertThat(first).as("port %d", onPort).startsWith("HTTP/1.1 200");
                assertThat(first.lines().filter(line -> line.startsWith("Allow:")))
                        .as("port %d", onPort)
                        .containsExactly(
                                "Allow: " + (onPort == port ? "GET, HEAD, OPTIONS, POST" : "GET, HEAD, OPTIONS"));
                assertThat(answers.substring(first.length()))
                        .as("port %d", onPort)
                        .contains(onPort == port ? "HTTP/1.1 404" : "HTTP/1.1 200");
            }
        }
    }

    private static String heading(HttpResponse<String> page) {
        return org.jsoup.Jsoup.parse(page.body()).select("h1").text();
    }

    private int status(int onPort, String path) throws IOException, InterruptedException {
        return send(onPort, path).statusCode();
    }

    /** @param headers names and values, alternating */
    private HttpResponse<String> send(int onPort, String path, String... headers)
            throws IOException, InterruptedException {
        return send("GET", onPort, path, headers);
    }

    private HttpResponse<String> send(String method, int onPort, String path, String... headers)
            throws IOException, InterruptedException {
        return HttpSend.send(method, onPort, path, headers);
    }
}
