package dev.skillbot.slack;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;
import static com.slack.api.bolt.middleware.MiddlewareOps.isNoTokenRequiredRequest;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.skillbot.concurrent.Retries;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's single-workspace authorization without its dependency on Slack at start: Bolt asks {@code auth.test} when
 * the app starts and, when Slack could not be reached, stopped Skillbot from starting (the web catalog with it),
 * though Slack delivers commands to it and their answers go back in the acknowledgement. Now the app starts, the
 * question is asked again in the background ({@code firstWait}, doubling, at most {@link #LONGEST_WAIT}), and
 * requests are served meanwhile with the bot token and the ids the request carries. A token Slack refuses is a
 * setting to fix: at start it stops start-up with one line naming {@code SLACK_BOT_TOKEN}.
 */
final class SlackAuthorization implements Middleware, AutoCloseable {

    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** auth.test's errors that no retry cures. */
    private static final Set<String> REFUSALS =
            Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired");

    private static final Logger log = LoggerFactory.getLogger(SlackAuthorization.class);

    private final MethodsClient methods;
    private final String token;
    private final Consumer<String> note;
    private final Retries tries;
    private volatile AuthTestResponse known;

    private SlackAuthorization(MethodsClient methods, String token, Duration firstWait, Consumer<String> note) {
        this.methods = methods;
        this.token = token;
        this.note = note;
        this.tries = new Retries("slack-auth-test", firstWait, LONGEST_WAIT);
    }

    /** Asks at once; {@code note} hears what health should say meanwhile (blank once answered). */
    static SlackAuthorization start(MethodsClient methods, String token, Duration firstWait, Consumer<String> note) {
        SlackAuthorization authorization = new SlackAuthorization(methods, token, firstWait, note);
        authorization.attempt(true);
        return authorization;
    }

    static String refused(String error) {
        return "SLACK_BOT_TOKEN was refused by Slack (auth.test: " + error + "): copy the Bot User OAuth Token from"
                + " the app's OAuth & Permissions page";
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (isNoAuthRequiredRequest(req.getRequestType()) || isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        Context context = req.getContext();
        context.setBotToken(token);
        AuthTestResponse auth = known;
        if (auth != null) {
            // as Bolt's SingleTeamAuthorization fills the context
            context.setAuthTestResponse(auth);
            context.setBotUserId(auth.getUserId());
            context.setTeamId(auth.getTeamId());
            context.setEnterpriseId(auth.getEnterpriseId());
        }
        return chain.next(req);
    }

    boolean answered() {
        return known != null;
    }

    /**
     * Bolt's default middleware with this in place of its authorization: the SSL check, this, and ignoring the bot's
     * own events. (Bolt's request verification is off: SlackSignatureFilter verifies every request before Bolt.)
     */
    List<Middleware> inPlaceOfBolts(AppConfig config) {
        List<Middleware> middleware = new ArrayList<>();
        if (config.isSslCheckEnabled()) {
            middleware.add(new SSLCheck(config.getVerificationToken()));
        }
        middleware.add(this);
        if (config.isIgnoringSelfEventsEnabled()) {
            middleware.add(new IgnoringSelfEvents(
                    config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
        }
        return middleware;
    }

    private void attempt(boolean atStart) {
        AuthTestResponse response;
        try {
            response = methods.authTest(request -> request.token(token));
        } catch (IOException | SlackApiException | RuntimeException e) {
            tryLater(e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (response.isOk()) {
            known = response;
            note.accept("");
            if (tries.failures() > 0) {
                log.info("Slack's auth.test answered after {} failed", tries.tries());
            }
        } else if (REFUSALS.contains(response.getError())) {
            if (atStart) {
                throw new IllegalStateException(refused(response.getError()));
            }
            note.accept("Slack refused SLACK_BOT_TOKEN");
            log.error("{}. No more tries until Skillbot is restarted.", refused(response.getError()));
        } else {
            tryLater("auth.test: " + response.getError());
        }
    }

    private void tryLater(String why) {
        Duration wait = tries.failed(() -> attempt(false));
        note.accept("auth.test not answered yet (" + tries.tries() + ")");
        log.warn(
                "Slack's auth.test could not be answered ({}); commands are answered meanwhile. Trying again in {}",
                why.replaceAll("[\\r\\n]+", " "),
                Retries.shown(wait));
    }

    @Override
    public void close() {
        tries.close();
    }
}
