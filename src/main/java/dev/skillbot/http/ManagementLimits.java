package dev.skillbot.http;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;

/**
 * The limits of the actuator's connector, from the public connector's (which Spring Boot sets from
 * {@code server.tomcat.*} on that connector only) and never looser than a probe or scrape needs: a stranger who
 * reaches the port must not hold its four threads or its sockets. Without them it kept Tomcat's defaults whatever
 * the public port was given: 8,192 connections, a minute's wait for a request line or between keep-alive
 * requests, and 2 MB of an unread request body swallowed at the sender's pace by one of its four threads (four slow
 * {@code POST}s starved the probes). The actuator reads no form and no body on a refused request, so none is read.
 */
final class ManagementLimits {

    static final int MAX_CONNECTIONS = 64;
    static final int TIMEOUT_MILLIS = 10_000;
    static final int MAX_PARAMETERS = 100;

    private ManagementLimits() {}

    static void copy(Connector from, Connector to) {
        to.setMaxPostSize(0);
        to.setMaxParameterCount(atMost(from.getMaxParameterCount(), MAX_PARAMETERS));
        if (from.getProtocolHandler() instanceof AbstractHttp11Protocol<?> source
                && to.getProtocolHandler() instanceof AbstractHttp11Protocol<?> target) {
            target.setMaxSwallowSize(0);
            target.setMaxConnections(atMost(source.getMaxConnections(), MAX_CONNECTIONS));
            target.setConnectionTimeout(atMost(source.getConnectionTimeout(), TIMEOUT_MILLIS));
            target.setKeepAliveTimeout(atMost(source.getKeepAliveTimeout(), TIMEOUT_MILLIS));
            target.setMaxHttpRequestHeaderSize(source.getMaxHttpRequestHeaderSize());
            // the same request lines are read on both ports (/actuator/health?x[]=1 was a 400 on this one only)
            target.setRelaxedPathChars(source.getRelaxedPathChars());
            target.setRelaxedQueryChars(source.getRelaxedQueryChars());
        }
    }

    /** The smaller limit; Tomcat's "no limit" (a negative value) is larger than any. */
    private static int atMost(int limit, int cap) {
        return limit < 0 ? cap : Math.min(limit, cap);
    }
}
