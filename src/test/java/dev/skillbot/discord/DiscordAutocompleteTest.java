package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class DiscordAutocompleteTest {

    private final DiscordAutocomplete fixture = new DiscordAutocomplete(TestCatalogs::fixture);

    @Test
    void skillsAreRankedAndTypoTolerant() {
        assertThat(values(fixture.choices("skill", "canr", "", "en"))).first().isEqualTo("canary-releases");
        assertThat(values(fixture.choices("skill", "relese", "", "en"))).first().isEqualTo("release-trains");
        assertThat(values(fixture.choices("skill", "", "", "en")))
                .hasSize(TestCatalogs.fixture().skills().size());
    }

    @Test
    void skillsAreNamedInTheUsersLanguageAndMatchInAny() {
        Catalog bilingual = FixtureCatalog.bilingual("r");
        DiscordAutocomplete complete = new DiscordAutocomplete(() -> bilingual);
        assertThat(complete.choices("skill", "GitOps 实", "", "zh-CN"))
                .first()
                .satisfies(choice -> assertThat(choice.getName()).isEqualTo("GitOps 实践"))
                .satisfies(choice -> assertThat(choice.getAsString()).isEqualTo(FixtureCatalog.GITOPS));
        assertThat(complete.choices("skill", "GitOps 实", "", "en-US"))
                .first()
                .extracting(Command.Choice::getName)
                .isEqualTo("GitOps Practices");
        assertThat(complete.choices("skill", "blue", "", "zh-CN"))
                .first()
                .extracting(Command.Choice::getName)
                .isEqualTo("Blue-Green Deployments");
    }

    @Test
    void rolesAreThoseOfTheChosenSkillInTheUsersLanguage() {
        List<Command.Choice> roles = fixture.choices("role", "", "canary-releases", "zh-CN");

        assertThat(values(roles)).containsExactly("devops", "infra", "platform", "sre");
        assertThat(roles)
                .filteredOn(role -> role.getAsString().equals("devops"))
                .singleElement()
                .extracting(Command.Choice::getName)
                .isEqualTo("DevOps 工程师");
        assertThat(values(fixture.choices("role", "reli", "canary-releases", "en")))
                .containsExactly("sre");
    }

    @Test
    void domainsMatchByIdOrName() {
        assertThat(values(fixture.choices("domain", "deliv", "", "en"))).containsExactly("delivery");
        assertThat(values(fixture.choices("domain", "build", "", "en"))).containsExactly("build-deploy");
    }

    @Test
    void aDigestScopeOffersMatchingDomainsThenSkills() {
        List<Command.Choice> choices = fixture.choices("scope", "oper", "", "en");

        assertThat(choices.get(0).getAsString()).isEqualTo("operations");
        assertThat(choices.get(0).getName()).startsWith("📁 ");
        assertThat(values(choices).subList(1, choices.size())).isNotEmpty().doesNotContain("operations");
        assertThat(values(fixture.choices("scope", "canary", "", "en"))).contains("canary-releases");
    }

    @Test
    void neverMoreThanTwentyFiveChoicesWithinDiscordsLimits() {
        Catalog large = TestCatalogs.tenThousandSkills();
        DiscordAutocomplete autocomplete = new DiscordAutocomplete(() -> large);

        for (String typed : List.of("", "c", "cloud", "clod cahce", "distributed cache operations", "zzzz")) {
            List<Command.Choice> choices = autocomplete.choices("skill", typed, "", "en");
            assertThat(autocomplete.choices("scope", typed, "", "en"))
                    .as("scope " + typed)
                    .hasSizeLessThanOrEqualTo(25);
            assertThat(choices)
                    .as(typed)
                    .hasSizeLessThanOrEqualTo(25)
                    .allSatisfy(choice -> assertThat(choice.getName().length()).isBetween(1, 100))
                    .allSatisfy(
                            choice -> assertThat(choice.getAsString().length()).isBetween(1, 100));
        }
        assertThat(autocomplete.choices("skill", "Distributed Cache Operations", "", "en"))
                .hasSize(25)
                .first()
                .extracting(Command.Choice::getName)
                .isEqualTo("Distributed Cache Operations");
    }

    private static List<String> values(List<Command.Choice> choices) {
        return choices.stream().map(Command.Choice::getAsString).toList();
    }
}
