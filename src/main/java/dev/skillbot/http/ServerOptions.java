package dev.skillbot.http;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;

/**
 * {@code OPTIONS *}, a question about the server rather than an address, answered with the methods the port takes
 * somewhere: Tomcat answers it itself, before any valve or filter, with {@code Allow: GET, HEAD, POST, PUT, DELETE,
 * OPTIONS}, although no address of the application takes PUT or DELETE (and the actuator's port no POST). It is the
 * connector's request adapter that answers it, so the adapter is wrapped once the connector has made it.
 */
final class ServerOptions extends CoyoteAdapter {

    /** The public port: pages and files, and POST to Slack's events and the catalog webhook. */
    static final String PUBLIC = "GET, HEAD, OPTIONS, POST";

    /** The actuator's port: its endpoints are read only. */
    static final String MANAGEMENT = "GET, HEAD, OPTIONS";

    private final String allow;

    private ServerOptions(Connector connector, String allow) {
        super(connector);
        this.allow = allow;
    }

    /** Answers {@code OPTIONS *} on the connector with {@code allow}, from when it is initialized. */
    static void answerOn(Connector connector, String allow) {
        connector.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
                connector.getProtocolHandler().setAdapter(new ServerOptions(connector, allow));
            }
        });
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if ("OPTIONS".equals(request.getMethod()) && request.requestURI().equals("*")) {
            response.setStatus(200);
            response.setHeader("Allow", allow);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(0);
            return;
        }
        super.service(request, response);
    }
}
