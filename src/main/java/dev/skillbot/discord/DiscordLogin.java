package dev.skillbot.discord;

import dev.skillbot.concurrent.Retries;
import java.time.Duration;
import java.util.function.Supplier;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the shards in. JDA builds its shard manager only once Discord has answered, so a Discord that cannot be
 * reached at start stopped the whole application, Slack and the web catalog with it. Now they start without it,
 * and the login is tried again in the background: {@code firstWait} after the first failure, twice as long after
 * each further one, at most {@link #LONGEST_WAIT}. A token Discord refuses is a setting to fix: at start it stops
 * start-up with one line naming {@code DISCORD_TOKEN}; found on a later try, it is logged once and the tries stop.
 */
final class DiscordLogin implements AutoCloseable {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final String REFUSED = "DISCORD_TOKEN was refused by Discord (HTTP 401): copy the token from the Bot page"
            + " of the application in Discord's Developer Portal, or leave DISCORD_TOKEN empty to run without Discord";
    private static final Logger log = LoggerFactory.getLogger(DiscordLogin.class);

    private final DefaultShardManagerBuilder builder;
    private final boolean shardsGiven;
    private final Supplier<DiscordReach.Reach> reach;
    private final Retries tries;
    private volatile ShardManager shards;
    private volatile String waiting = "not started";
    private boolean closed;

    private DiscordLogin(
            DefaultShardManagerBuilder builder,
            boolean shardsGiven,
            Supplier<DiscordReach.Reach> reach,
            Duration firstWait) {
        this.builder = builder;
        this.shardsGiven = shardsGiven;
        this.reach = reach;
        this.tries = new Retries("discord-login", firstWait, LONGEST_WAIT);
    }

    /** Tries at once and returns, whether Discord answered or not; throws only for a refused token. */
    static DiscordLogin start(
            DefaultShardManagerBuilder builder,
            boolean shardsGiven,
            Supplier<DiscordReach.Reach> reach,
            Duration firstWait) {
        DiscordLogin login = new DiscordLogin(builder, shardsGiven, reach, firstWait);
        login.attempt(true);
        return login;
    }

    /** The running shards, or null while Discord has not been reached. */
    ShardManager shards() {
        return shards;
    }

    /** Why there are no shards yet, for health and {@code about}; never a token or an address. */
    String waiting() {
        return waiting;
    }

    private void attempt(boolean atStart) {
        DiscordReach.Reach answer = reach.get();
        if (answer instanceof DiscordReach.Reached reached) {
            build(reached.shards(), atStart);
        } else if (answer instanceof DiscordReach.Unreachable unreachable) {
            tryLater(unreachable.why());
        } else {
            refuse(atStart);
        }
    }

    private void build(int recommended, boolean atStart) {
        if (!shardsGiven) {
            builder.setShardsTotal(recommended);
        }
        ShardManager built;
        try {
            built = builder.build();
        } catch (InvalidTokenException e) {
            refuse(atStart);
            return;
        } catch (RuntimeException e) {
            tryLater(e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        synchronized (this) {
            if (closed) {
                built.shutdown();
                return;
            }
            shards = built;
        }
        if (tries.failures() > 0) {
            log.info("Discord answered after {} failed; logging in", tries.tries());
        }
    }

    private void refuse(boolean atStart) {
        if (atStart) {
            throw new IllegalStateException(REFUSED);
        }
        waiting = "not started: Discord refused DISCORD_TOKEN";
        log.error("{}. No more tries until Skillbot is restarted.", REFUSED);
    }

    private void tryLater(String why) {
        Duration wait = tries.failed(() -> attempt(false));
        waiting = "not started: Discord could not be reached (" + tries.tries() + ")";
        log.warn(
                "Discord could not be reached ({}); Slack, the web catalog and the digest run without it. Trying again"
                        + " in {}",
                why.replaceAll("[\\r\\n]+", " "),
                Retries.shown(wait));
    }

    /** Stops the tries; a login under way when it closes shuts its shards down at once. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        tries.close();
    }
}
