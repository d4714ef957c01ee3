package dev.skillbot.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the public endpoints read. A body over its limit is refused with 413
 * before it is read into memory.
 *
 * @param maxSlackBody   {@code SKILLBOT_HTTP_MAX_SLACK_BODY}, for {@code POST /slack/events}; Slack's own are a few KB
 * @param maxWebhookBody {@code SKILLBOT_HTTP_MAX_WEBHOOK_BODY}, for {@code POST /hooks/catalog}; GitHub caps webhook payloads at 25 MB
 */
@ConfigurationProperties("skillbot.http")
public record HttpLimits(
        @DefaultValue("1MB") DataSize maxSlackBody,
        @DefaultValue("25MB") DataSize maxWebhookBody) {

    /**
     * Where the limit filters run: after Spring's character encoding filter, before anything that
     * reads a body. A filter that reads the body (the Slack signature check) orders itself after it.
     */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
}
