package dev.skillbot.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.webhook.WebhookResponse;
import dev.skillbot.observability.LogSafe;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages to a {@code response_url} after the ack, off the request thread. A
 * response_url is a credential for 30 minutes, so it is never logged.
 */
final class ResponseUrlPoster {

    static final ActionResponse DELETE_ORIGINAL =
            ActionResponse.builder().deleteOriginal(true).build();
    private static final Logger log = LoggerFactory.getLogger(ResponseUrlPoster.class);

    private final ActionResponseSender sender;
    private final Executor executor;

    ResponseUrlPoster(Slack slack, Executor executor) {
        this.sender = new ActionResponseSender(slack);
        this.executor = executor;
    }

    /** Sends the messages in order, stopping at the first one Slack refuses. */
    void send(String responseUrl, ActionResponse... messages) {
        executor.execute(() -> sendNow(responseUrl, List.of(messages)));
    }

    private void sendNow(String responseUrl, List<ActionResponse> messages) {
        for (ActionResponse message : messages) {
            try {
                WebhookResponse response = sender.send(responseUrl, message);
                if (response.getCode() != 200) {
                    log.warn(
                            "Slack refused a response_url message: HTTP {} {}",
                            response.getCode(),
                            LogSafe.escape(response.getBody()));
                    return;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Could not reach the response_url: {}", LogSafe.escape(e.toString()));
                return;
            }
        }
    }
}
