package dev.skillbot.me;

import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.concurrent.DaemonThreads;
import dev.skillbot.concurrent.PeriodicTask;
import dev.skillbot.i18n.LanguagePreferences;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The personal feature over the stored ports; the command service takes it through {@link dev.skillbot.command.PersonalCommands}. */
@Configuration(proxyBeanMethods = false)
class MeConfiguration {

    static final Duration TAKEDOWN_SWEEPS = Duration.ofMinutes(1);

    @Bean
    ChecklistIndex checklistIndex() {
        return new ChecklistIndex();
    }

    /**
     * After each reload, on the listener's own thread, the checklists of every role and next level of
     * the new revision, so no one's first {@code next} pays for computing one (the 10k catalog's take
     * tens of milliseconds each; served from memory, an answer takes about a millisecond).
     */
    @Bean
    CatalogReloadListener checklistRefresh(ChecklistIndex checklistIndex, CatalogReloader catalogs) {
        return status -> {
            if (status.succeeded()) {
                checklistIndex.refresh(catalogs.current());
            }
        };
    }

    @Bean
    PersonalStores personalStores(
            Profiles profiles, SelfMarks selfMarks, PersonalData personalData, Shares shares, Clock clock) {
        return new PersonalStores(profiles, selfMarks, personalData, shares, clock);
    }

    /**
     * {@code me lang zh-CN} wins over what the platform says of the reader, on every platform. Asked on
     * every answer, so it reads the profile the personal stores keep for a few seconds, not the database.
     */
    @Bean
    LanguagePreferences languagePreferences(PersonalStores personalStores) {
        return (platform, workspace, user) -> {
            try {
                return personalStores
                        .profile(new UserRef(platform, workspace, user))
                        .flatMap(Profile::language);
            } catch (MeUnavailableException e) {
                return Optional.empty();
            }
        };
    }

    /** Each chat adapter that records where it posted share cards contributes its {@link PostedCards}. */
    @Bean
    ShareTakedowns shareTakedowns(PersonalStores personalStores, ObjectProvider<PostedCards> postedCards) {
        return new ShareTakedowns(
                personalStores.shares(),
                postedCards.orderedStream().toList(),
                Executors.newSingleThreadExecutor(DaemonThreads.named("share-takedowns")));
    }

    /** Retries the share cards a platform could not take down at once (down, or served by another replica). */
    @Bean
    PeriodicTask shareTakedownSweeps(ShareTakedowns shareTakedowns) {
        return new PeriodicTask("share-takedown-sweeps", shareTakedowns::sweep, TAKEDOWN_SWEEPS);
    }

    /** Each chat adapter that is switched on contributes its {@link DirectMessages}. */
    @Bean
    MeCommands meCommands(
            PersonalStores personalStores,
            ChecklistIndex checklistIndex,
            ObjectProvider<DirectMessages> directMessages,
            ShareTakedowns shareTakedowns) {
        return new MeCommands(
                personalStores, checklistIndex, directMessages.orderedStream().toList(), shareTakedowns);
    }
}
