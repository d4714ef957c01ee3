package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordAutocompleteTest {

    private final DiscordAutocomplete bundled = new DiscordAutocomplete(TestCatalogs::bundled);

    @Test
    void skillsAreRankedAndTypoTolerant() {
        assertThat(values(bundled.choices("skill", "kube", "", "en"))).first().isEqualTo("kubernetes-operations");
        assertThat(values(bundled.choices("skill", "obsrvability", "", "en"))).first().isEqualTo("observability");
        assertThat(values(bundled.choices("skill", "", "", "en"))).hasSize(TestCatalogs.bundled().skills().size());
    }

    @Test
    void rolesAreThoseOfTheChosenSkillInTheUsersLanguage() {
        List<Command.Choice> roles = bundled.choices("role", "", "gitops-practices", "zh-CN");

        assertThat(values(roles)).containsExactly("devops", "infra", "platform", "sre");
        assertThat(roles.get(0).getName()).isEqualTo("DevOps 工程师");
        assertThat(values(bundled.choices("role", "reli", "gitops-practices", "en"))).containsExactly("sre");
    }

    @Test
    void domainsMatchByIdOrName() {
        assertThat(values(bundled.choices("domain", "secur", "", "en"))).containsExactly("security");
    }

    @Test
    void aDigestScopeOffersMatchingDomainsThenSkills() {
        List<Command.Choice> choices = bundled.choices("scope", "secur", "", "en");

        assertThat(choices.get(0).getAsString()).isEqualTo("security");
        assertThat(choices.get(0).getName()).startsWith("📁 ");
        assertThat(values(choices).subList(1, choices.size())).isNotEmpty().doesNotContain("security");
        assertThat(values(bundled.choices("scope", "gitops", "", "en"))).contains("gitops-practices");
    }

    @Test
    void neverMoreThanTwentyFiveChoicesWithinDiscordsLimits(@TempDir Path dir) {
        Catalog large = TestCatalogs.synthetic(dir, SyntheticCatalog.Spec.of(10_000));
        DiscordAutocomplete autocomplete = new DiscordAutocomplete(() -> large);

        for (String typed : List.of("", "c", "cloud", "clod cahce", "distributed cache operations", "zzzz")) {
            List<Command.Choice> choices = autocomplete.choices("skill", typed, "", "en");
            assertThat(autocomplete.choices("scope", typed, "", "en")).as("scope " + typed).hasSizeLessThanOrEqualTo(25);
            assertThat(choices).as(typed).hasSizeLessThanOrEqualTo(25)
                    .allSatisfy(choice -> assertThat(choice.getName().length()).isBetween(1, 100))
                    .allSatisfy(choice -> assertThat(choice.getAsString().length()).isBetween(1, 100));
        }
        assertThat(autocomplete.choices("skill", "Distributed Cache Operations", "", "en")).hasSize(25)
                .first().extracting(Command.Choice::getName).isEqualTo("Distributed Cache Operations");
    }

    private static List<String> values(List<Command.Choice> choices) {
        return choices.stream().map(Command.Choice::getAsString).toList();
    }
}
