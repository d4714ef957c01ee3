package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code views.publish} of Home tabs, guarded by Slack's view hash: each publish names the view it replaces (the one
 * the person opened or clicked in, else the last this process published for them), and Slack refuses it with
 * {@code hash_conflict} when the tab was published since, such as by another replica after a change there. The tab is
 * then drawn again from what is stored now and published unguarded, so a view read before a change never replaces
 * the one read after it. Refusals of any other kind are logged.
 */
final class HomeViewPublisher {

    private static final String HASH_CONFLICT = "hash_conflict";
    private static final Logger log = LoggerFactory.getLogger(HomeViewPublisher.class);

    private final MethodsClient methods;
    /** Per user, the hash of the view this process last published; a missing one publishes unguarded. */
    private final Cache<String, String> published = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();

    HomeViewPublisher(MethodsClient methods) {
        this.methods = methods;
    }

    /** Publishes what {@code draw} gives as {@code user}'s Home tab; {@code seen} is the hash of the view they saw, if known. */
    void publish(String user, String seen, Supplier<List<LayoutBlock>> draw) {
        String replaced = seen != null ? seen : published.getIfPresent(user);
        if (!send(user, draw.get(), replaced)) {
            send(user, draw.get(), null);
        }
    }

    /** False only when Slack refused the view because another was published since {@code replaced}. */
    private boolean send(String user, List<LayoutBlock> blocks, String replaced) {
        try {
            ViewsPublishResponse response = methods.viewsPublish(request -> request.userId(user)
                    .hash(replaced)
                    .view(View.builder().type("home").blocks(blocks).build()));
            if (response.isOk()) {
                if (response.getView() != null && response.getView().getHash() != null) {
                    published.put(user, response.getView().getHash());
                }
            } else if (replaced != null && HASH_CONFLICT.equals(response.getError())) {
                return false;
            } else {
                log.warn("Slack: could not publish the Home tab: {}", response.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Slack: could not publish the Home tab: {}", e.getMessage());
        }
        return true;
    }
}
