package dev.skillbot.suggestion;

import dev.skillbot.concurrent.Retries;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs {@link ApprovalRecovery} once the beans exist, before the server and the chat clients start; while the database
 * cannot be asked (down since start-up), it asks again in the background until it can, so an approval a crash
 * interrupted is finished without waiting for the next restart.
 */
final class ApprovalRecoveryAtStart implements SmartInitializingSingleton, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApprovalRecoveryAtStart.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final ApprovalRecovery recovery;
    private final Retries tries;

    ApprovalRecoveryAtStart(ApprovalRecovery recovery, Duration firstWait) {
        this.recovery = recovery;
        this.tries = new Retries("approval-recovery", firstWait, LONGEST_WAIT);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (recovery.run().isEmpty()) {
            tryAgainLater();
        }
    }

    private void again() {
        if (recovery.finishInterrupted().isEmpty()) {
            tryAgainLater();
        }
    }

    private void tryAgainLater() {
        log.warn(
                "Interrupted approvals not checked, the database is unavailable: trying again in {}",
                Retries.shown(tries.failed(this::again)));
    }

    @Override
    public void close() {
        tries.close();
    }
}
