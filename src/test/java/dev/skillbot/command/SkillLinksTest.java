package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Page addresses and the chat commands they stand for, both ways. */
class SkillLinksTest {

    @Test
    void everyPageAddressReadsBackAsTheCommandOfTheCardThatLinksToIt() {
        assertThat(SkillLinks.commandText(SkillLinks.level("gitops", "senior", Optional.of("sre"))))
                .hasValue("gitops senior sre");
        assertThat(SkillLinks.commandText(SkillLinks.level("gitops", "senior", Optional.empty())))
                .hasValue("gitops senior");
        assertThat(SkillLinks.commandText(SkillLinks.compare("gitops", "senior", "lead", Optional.empty())))
                .hasValue("gitops senior..lead");
        assertThat(SkillLinks.commandText(SkillLinks.skill("gitops"))).hasValue("gitops");
        assertThat(SkillLinks.commandText(SkillLinks.search("cross plane"))).hasValue("search cross plane");
        assertThat(SkillLinks.commandText("")).hasValue("list");
    }

    /** {@code ?from=} alone compares with the next level on the page, as the chat's "gitops senior vs" does. */
    @Test
    void aComparisonFromOneLevelReadsAsTheChatsComparisonWithTheNext() {
        assertThat(SkillLinks.commandText("skills/gitops?from=senior&role=sre")).hasValue("gitops senior vs sre");
        assertThat(SkillLinks.commandText("skills/gitops?to=senior")).hasValue("gitops senior");
        Command parsed = new CommandParser()
                .parse(
                        SkillLinks.commandText("skills/canary-releases?from=senior")
                                .orElseThrow(),
                        dev.skillbot.testing.FixtureCatalog.load());
        assertThat(parsed)
                .isInstanceOfSatisfying(
                        Command.Compare.class,
                        compare -> assertThat(compare.from().id() + ".."
                                        + compare.to().id())
                                .isEqualTo("senior..lead"));
    }

    @Test
    void thePageOfASkillCalledLikeACommandWordStandsForThatSkill() {
        assertThat(SkillLinks.commandText(SkillLinks.level("search", "senior", Optional.empty())))
                .hasValue("=search senior");
        assertThat(SkillLinks.commandText(SkillLinks.skill("list"))).hasValue("=list");
    }

    @Test
    void valuesThatAreNoIdsAreDroppedAndOtherPathsAreNoPages() {
        assertThat(SkillLinks.commandText("skills/gitops?level=senior..lead%20vs&role=SRE"))
                .hasValue("gitops");
        assertThat(SkillLinks.commandText("skills/../etc")).isEmpty();
        assertThat(SkillLinks.commandText("assets/skillbot.css")).isEmpty();
        assertThat(SkillLinks.commandText("search?q=")).isEmpty();
        assertThat(SkillLinks.commandText("skills/gitops?level=%zz")).hasValue("gitops");
    }

    @Test
    void permalinksNeedAnAbsoluteWebAddressAndMatchOnlyTheirOwn() {
        Permalinks links = Permalinks.of("https://skills.example.com/team");
        assertThat(links.url(SkillLinks.skill("gitops"))).hasValue("https://skills.example.com/team/skills/gitops");
        assertThat(links.path("https://skills.example.com/team/skills/gitops")).hasValue("skills/gitops");
        assertThat(links.path("https://evil.example/team/skills/gitops")).isEmpty();
        assertThat(Permalinks.of(" ").enabled()).isFalse();
        assertThatThrownBy(() -> Permalinks.of("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Permalinks.of("skills.example.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
