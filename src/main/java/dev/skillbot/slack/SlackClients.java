package dev.skillbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;

/**
 * The Web API clients and their time limits. Calls made while a user waits (views.open before an
 * ack, response_url messages, user groups read on a click) give up within Slack's 3 seconds; work
 * after the answer (review posts, private notes, digests) gets longer, and {@link PacedSlackCalls}
 * retries it. Each limit is OkHttp's call time-out, which covers connecting as well.
 */
final class SlackClients {

    static final Duration ANSWERING = Duration.ofMillis(2500);
    static final Duration BACKGROUND = Duration.ofSeconds(10);

    private SlackClients() {}

    static Slack create(String apiUrl, Duration timeout) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.getMethodsConfig().setStatsEnabled(false); // no metrics, so no extra auth.test per token
        int millis = Math.toIntExact(timeout.toMillis());
        config.setHttpClientCallTimeoutMillis(millis);
        config.setHttpClientReadTimeoutMillis(millis);
        config.setHttpClientWriteTimeoutMillis(millis);
        return Slack.getInstance(config);
    }

    /** The client for work after the answer, with its own connections; closed with the application. */
    static final class Background implements AutoCloseable {

        private final Slack slack;
        private final MethodsClient methods;

        Background(String apiUrl, String botToken) {
            this.slack = create(apiUrl, BACKGROUND);
            this.methods = slack.methods(botToken);
        }

        MethodsClient methods() {
            return methods;
        }

        @Override
        public void close() throws Exception {
            slack.close();
        }
    }
}
