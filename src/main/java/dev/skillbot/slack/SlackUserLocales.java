package dev.skillbot.slack;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.observability.LogSafe;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each Slack user's locale, as {@code users.info} with {@code include_locale} reports it (such as
 * {@code zh-CN} or {@code en-US}), kept per user: bounded, and read again in the background on the
 * first lookup an hour later, since a user may switch languages (the known locale serves meanwhile,
 * and stays if that call fails). The calls run on their own threads; a user's first lookup waits for
 * its call at most {@code wait}, so a slow or failing {@code users.info} never holds an answer near
 * Slack's 3 seconds: the reader then gets the workspace default, and the call's result, once it
 * comes, serves the next lookup. A user Slack did not tell about is asked again a minute later.
 *
 * <p>Only the calls go to those threads: the cache's own upkeep runs on the thread that looks up, as a
 * few cheap steps every few lookups. Handed to a pool, it woke a thread for each batch, which cost
 * every Slack answer about 1.5 µs of CPU on top (docs/performance.md, "Issue 19: Slack /skill vs no-op").
 */
final class SlackUserLocales implements AutoCloseable {

    static final Duration READ_AGAIN_AFTER = Duration.ofHours(1);
    /** A user not seen for this long is forgotten. */
    static final Duration FOUND_FOR = Duration.ofDays(1);

    static final Duration MISSING_FOR = Duration.ofMinutes(1);
    static final long MAX_USERS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(SlackUserLocales.class);

    private record User(String team, String id) {}

    private final MethodsClient methods;
    private final Duration wait;
    private final Executor lookups;
    private final AsyncLoadingCache<User, Optional<String>> locales;
    private final AtomicBoolean warned = new AtomicBoolean();

    SlackUserLocales(MethodsClient methods, Duration wait, Ticker ticker) {
        this(methods, wait, ticker, Executors.newFixedThreadPool(2, DaemonThreads.numbered("slack-user-locale-")));
    }

    /** Calls {@code users.info} on {@code lookups}, which {@link #close} shuts down if it is an executor service. */
    SlackUserLocales(MethodsClient methods, Duration wait, Ticker ticker, Executor lookups) {
        this.methods = methods;
        this.wait = wait;
        this.lookups = lookups;
        this.locales = Caffeine.newBuilder()
                .maximumSize(MAX_USERS)
                .expireAfter(Expiry.<User, Optional<String>>writing(
                        (user, locale) -> locale.isPresent() ? FOUND_FOR : MISSING_FOR))
                .refreshAfterWrite(READ_AGAIN_AFTER)
                .ticker(ticker)
                .executor(Runnable::run)
                .buildAsync(new AsyncCacheLoader<>() {
                    @Override
                    public CompletableFuture<Optional<String>> asyncLoad(User user, Executor upkeep) {
                        return CompletableFuture.supplyAsync(() -> usersInfo(user), lookups);
                    }

                    @Override
                    public CompletableFuture<Optional<String>> asyncReload(
                            User user, Optional<String> known, Executor upkeep) {
                        return CompletableFuture.supplyAsync(
                                () -> usersInfo(user).or(() -> known), lookups);
                    }
                });
    }

    /** The user's Slack locale, if {@code users.info} told it within the wait, now or before. */
    Optional<String> locale(String team, String user) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        try {
            return locales.get(new User(team, user)).get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> usersInfo(User user) {
        try {
            UsersInfoResponse response =
                    methods.usersInfo(request -> request.user(user.id()).includeLocale(true));
            if (response.isOk() && response.getUser() != null) {
                return Optional.ofNullable(response.getUser().getLocale()).filter(locale -> !locale.isBlank());
            }
            failed(response.getError());
        } catch (IOException | SlackApiException e) {
            failed(e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    /** Warns once (a missing {@code users:read} scope fails every call alike), then only at debug level. */
    private void failed(String error) {
        if (warned.compareAndSet(false, true)) {
            log.warn(
                    "Slack users.info failed ({}): readers get the workspace language; is the users:read scope granted?",
                    LogSafe.escape(error));
        } else {
            log.debug("Slack users.info failed ({})", LogSafe.escape(error));
        }
    }

    @Override
    public void close() {
        if (lookups instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
