package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each subcommand becomes the text a Slack user would type for the same question. */
class SlashCommandTextTest {

    @Test
    void lookupIsSkillLevelRole() {
        assertThat(SlashCommandText.of(
                        "lookup", options("skill", "gitops-practices", "level", "senior", "role", "sre")))
                .isEqualTo("gitops-practices senior sre");
        assertThat(SlashCommandText.of("lookup", options("skill", "gitops"))).isEqualTo("gitops");
    }

    @Test
    void theSkillOptionNamesASkillEvenWhenItReadsLikeACommandWord() {
        assertThat(SlashCommandText.of("lookup", options("skill", "search", "level", "senior")))
                .isEqualTo("=search senior");
        assertThat(SlashCommandText.of("compare", options("skill", "List Engineering", "from", "senior", "to", "lead")))
                .isEqualTo("=List Engineering senior..lead");
        assertThat(SlashCommandText.of("lookup", options("skill", "search engineering")))
                .isEqualTo("=search engineering");
    }

    @Test
    void compareIsSkillFromDotDotToRole() {
        assertThat(SlashCommandText.of(
                        "compare", options("skill", "gitops", "from", "senior", "to", "lead", "role", "sre")))
                .isEqualTo("gitops senior..lead sre");
        assertThat(SlashCommandText.of("compare", options("skill", "gitops", "from", "senior")))
                .isEqualTo("gitops senior..");
    }

    @Test
    void searchListAskAndHelp() {
        assertThat(SlashCommandText.of("search", options("query", "  crossplane   drift ")))
                .isEqualTo("search crossplane drift");
        assertThat(SlashCommandText.of("list", options("domain", "security"))).isEqualTo("list security");
        assertThat(SlashCommandText.of("list", options())).isEqualTo("list");
        assertThat(SlashCommandText.of("ask", options("text", "gitops senior vs lead")))
                .isEqualTo("gitops senior vs lead");
        assertThat(SlashCommandText.of("help", options())).isEqualTo("help");
        assertThat(SlashCommandText.of(null, options())).isEqualTo("help");
    }

    @Test
    void suggestProposalsDigestAndAbout() {
        assertThat(SlashCommandText.of(
                        "suggest", options("skill", "gitops-practices", "level", "senior", "role", "sre")))
                .isEqualTo("suggest gitops-practices senior sre");
        assertThat(SlashCommandText.of("proposals", options())).isEqualTo("proposals");
        assertThat(SlashCommandText.of("proposals", options("skill", "gitops"))).isEqualTo("proposals gitops");
        assertThat(SlashCommandText.of("digest", options("action", "subscribe", "scope", "security")))
                .isEqualTo("digest subscribe security");
        assertThat(SlashCommandText.of("digest", options("action", "preview"))).isEqualTo("digest preview");
        assertThat(SlashCommandText.of("about", options())).isEqualTo("about");
    }
}
