package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.skillbot.chat.Platform;
import dev.skillbot.me.HomeViewVersions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code views.publish} of Home tabs, guarded by Slack's view hash: each publish names the view it replaces, and Slack
 * refuses it with {@code hash_conflict} when the tab was published since, such as by another replica after a change
 * there. The hash named is the one the person opened or clicked in, else the last recorded by any replica
 * ({@link HomeViewVersions}, in the database), else the last this process published. A refused tab is drawn again
 * from what is stored now and published in place of the version recorded since; when none newer is recorded (the
 * other publisher could not record it), unguarded. A stale hash costs a refusal and a redraw; only a tab no replica
 * has recorded goes unguarded, so a view drawn before a change (a forget) does not replace one drawn after it.
 */
final class HomeViewPublisher {

    static final int ATTEMPTS = 3;
    private static final String HASH_CONFLICT = "hash_conflict";
    private static final Logger log = LoggerFactory.getLogger(HomeViewPublisher.class);

    private final MethodsClient methods;
    private final HomeViewVersions versions;
    private final Clock clock;
    /** Per user, the hash of the view this process last published: the guard while the database is down. */
    private final Cache<String, String> published = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();

    HomeViewPublisher(MethodsClient methods, HomeViewVersions versions, Clock clock) {
        this.methods = methods;
        this.versions = versions;
        this.clock = clock;
    }

    /** The hash of the view {@code user} has now, as far as anyone recorded it; null when nobody did. */
    String lastKnown(String user) {
        try {
            return versions.last(Platform.SLACK, user).orElseGet(() -> published.getIfPresent(user));
        } catch (RuntimeException unavailable) {
            return published.getIfPresent(user);
        }
    }

    /** Publishes what {@code draw} gives as {@code user}'s Home tab; {@code seen} is the hash of the view they have, if known. */
    void publish(String user, String seen, Supplier<List<LayoutBlock>> draw) {
        String replaced = seen != null ? seen : lastKnown(user);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (send(user, draw.get(), replaced)) {
                return;
            }
            String recorded = lastKnown(user);
            replaced = Objects.equals(recorded, replaced) ? null : recorded;
        }
        log.warn("Slack: a Home tab was published over {} times while it was drawn; left as the last one", ATTEMPTS);
    }

    /** False only when Slack refused the view because another was published since {@code replaced}. */
    private boolean send(String user, List<LayoutBlock> blocks, String replaced) {
        try {
            ViewsPublishResponse response = methods.viewsPublish(request -> request.userId(user)
                    .hash(replaced)
                    .view(View.builder().type("home").blocks(blocks).build()));
            if (response.isOk()) {
                if (response.getView() != null && response.getView().getHash() != null) {
                    record(user, response.getView().getHash());
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

    private void record(String user, String hash) {
        published.put(user, hash);
        try {
            versions.published(Platform.SLACK, user, hash, clock.instant());
        } catch (RuntimeException unavailable) {
            log.warn("Slack: the Home tab's version was not recorded: {}", unavailable.getMessage());
        }
    }
}
