package dev.skillbot.me;

import dev.skillbot.catalog.CatalogReloadListener;
import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.i18n.LanguagePreferences;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The personal feature over the stored ports; the command service takes it through {@link dev.skillbot.command.PersonalCommands}. */
@Configuration(proxyBeanMethods = false)
class MeConfiguration {

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

    /** Each chat adapter that is switched on contributes its {@link DirectMessages}, and its {@link OwnViews} if any. */
    @Bean
    MeCommands meCommands(
            PersonalStores personalStores,
            ChecklistIndex checklistIndex,
            ObjectProvider<DirectMessages> directMessages,
            ShareTakedowns shareTakedowns,
            ObjectProvider<OwnViews> ownViews) {
        return new MeCommands(
                personalStores,
                checklistIndex,
                directMessages.orderedStream().toList(),
                shareTakedowns,
                ownViews.orderedStream().toList());
    }
}
