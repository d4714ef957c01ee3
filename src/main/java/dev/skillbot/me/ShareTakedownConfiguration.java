package dev.skillbot.me;

import dev.skillbot.concurrent.PeriodicTask;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The take-downs of stopped shares' cards, on one thread the application context starts and stops: the sweep every
 * minute and the one right after a stop run there, and nothing of it is left once the context is closed. A card
 * still waiting then (a sweep cut short, a stop answered after the context began closing) stays recorded in the
 * database, and the sweep right after the next start takes it down.
 */
@Configuration(proxyBeanMethods = false)
class ShareTakedownConfiguration {

    static final Duration TAKEDOWN_SWEEPS = Duration.ofMinutes(1);
    static final String THREAD = "share-takedowns";

    /**
     * Retries the share cards a platform could not take down at once (down, or served by another replica), the first
     * time right after the start: what the last run left waiting; and deletes the hourly limits' rows whose hour is over.
     */
    @Bean
    PeriodicTask shareTakedownSweeps(
            ObjectProvider<ShareTakedowns> shareTakedowns, ObjectProvider<PersonalStores> personalStores) {
        return new PeriodicTask(
                THREAD,
                () -> {
                    shareTakedowns.getObject().sweep();
                    personalStores.getObject().expireLimits(); // the hourly limits' rows whose hour is over
                },
                Duration.ZERO,
                TAKEDOWN_SWEEPS);
    }

    /** Each chat adapter that records where it posted share cards contributes its {@link PostedCards}. */
    @Bean
    ShareTakedowns shareTakedowns(
            PersonalStores personalStores,
            ObjectProvider<PostedCards> postedCards,
            @Qualifier("shareTakedownSweeps") PeriodicTask shareTakedownSweeps) {
        return new ShareTakedowns(
                personalStores.shares(), postedCards.orderedStream().toList(), shareTakedownSweeps);
    }
}
