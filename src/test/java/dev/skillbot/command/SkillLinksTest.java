package dev.skillbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.FixtureCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Page addresses and the chat commands they stand for, both ways. */
class SkillLinksTest {

    private static final Catalog CATALOG = FixtureCatalog.load();

    @Test
    void everyPageAddressReadsBackAsTheCommandOfTheCardThatLinksToIt() {
        assertThat(text(SkillLinks.level("gitops", "senior", Optional.of("sre"))))
                .hasValue("gitops senior sre");
        assertThat(text(SkillLinks.level("gitops", "senior", Optional.empty()))).hasValue("gitops senior");
        assertThat(text(SkillLinks.compare("gitops", "senior", "lead", Optional.empty())))
                .hasValue("gitops senior..lead");
        assertThat(text(SkillLinks.skill("gitops"))).hasValue("gitops");
        assertThat(text(SkillLinks.search("cross plane"))).hasValue("search cross plane");
        assertThat(text("")).hasValue("list");
    }

    /**
     * {@code ?from=} alone compares with the next level on the page, as the chat's "gitops senior vs" does, and
     * {@code ?to=} alone with the level below; the lowest level alone is that level's card, as on the page.
     */
    @Test
    void aComparisonFromOrToOneLevelReadsAsTheSameComparisonAsThePage() {
        assertThat(text("skills/gitops?from=senior&role=sre")).hasValue("gitops senior vs sre");
        assertThat(text("skills/gitops?to=junior")).hasValue("gitops junior");
        assertThat(comparedLevels("skills/canary-releases?from=senior")).isEqualTo("senior..lead");
        assertThat(comparedLevels("skills/canary-releases?to=senior&role=sre")).isEqualTo("middle..senior");
        assertThat(comparedLevels("skills/canary-releases?to=principal")).isEqualTo("lead..principal");
    }

    private static String comparedLevels(String pathAndQuery) {
        Command parsed = new CommandParser().parse(text(pathAndQuery).orElseThrow(), CATALOG);
        assertThat(parsed).as(pathAndQuery).isInstanceOf(Command.Compare.class);
        Command.Compare compare = (Command.Compare) parsed;
        return compare.from().id() + ".." + compare.to().id();
    }

    /** The page reads a level or role by any of its names, in any case; the link's words are then the catalog's ids. */
    @Test
    void aLevelOrRoleNamedAsThePageReadsItIsTheSameLevelOrRole() {
        assertThat(text("skills/gitops?level=SR&role=SRE")).hasValue("gitops senior sre");
        assertThat(text("skills/gitops?level=%E9%AB%98%E7%BA%A7")).hasValue("gitops senior"); // 高级
        assertThat(text("skills/gitops?from=Lead&to=3")).hasValue("gitops lead..senior");
    }

    @Test
    void thePageOfASkillCalledLikeACommandWordStandsForThatSkill() {
        assertThat(text(SkillLinks.level("search", "senior", Optional.empty()))).hasValue("=search senior");
        assertThat(text(SkillLinks.skill("list"))).hasValue("=list");
    }

    @Test
    void valuesThatAreNoIdsAreDroppedAndOtherPathsAreNoPages() {
        assertThat(text("skills/gitops?level=senior..lead%20vs&role=wizard&from=%3C%21here%3E"))
                .hasValue("gitops");
        assertThat(text("skills/../etc")).isEmpty();
        assertThat(text("assets/skillbot.css")).isEmpty();
        assertThat(text("search?q=")).isEmpty();
        assertThat(text("skills/gitops?level=%zz")).hasValue("gitops");
    }

    private static Optional<String> text(String pathAndQuery) {
        return SkillLinks.commandText(pathAndQuery, CATALOG);
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
