package dev.skillbot.me;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The personal feature over the stored ports; the command service takes it through {@link dev.skillbot.command.PersonalCommands}. */
@Configuration(proxyBeanMethods = false)
class MeConfiguration {

    @Bean
    ChecklistIndex checklistIndex() {
        return new ChecklistIndex();
    }

    @Bean
    PersonalStores personalStores(Profiles profiles, SelfMarks selfMarks, PersonalData personalData, Shares shares, Clock clock) {
        return new PersonalStores(profiles, selfMarks, personalData, shares, clock);
    }

    @Bean
    MeCommands meCommands(PersonalStores personalStores, ChecklistIndex checklistIndex) {
        return new MeCommands(personalStores, checklistIndex);
    }
}
