package dev.skillbot.command;

import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.chat.Invocation;
import dev.skillbot.testing.BundledCatalog;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words in a lookup that are no level, role or name and were read or echoed badly: a mention beside a skill
 * ({@code gitops <!channel>}) was repeated in the extra-words error, and a page word ({@code gitops 第2页}, {@code page
 * 2}) was read as the level Middle or as the skill Web Performance (its alias page-speed, with 2 for Middle).
 */
class LookupStrayWordsTest {

    private final CommandService commands = new CommandService(BundledCatalog::get);

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#gitops <!channel>#A mention names a person or a channel, not a level or role of GitOps Practices.",
                "en#gitops @everyone senior#A mention names a person or a channel, not a level or role of GitOps"
                        + " Practices.",
                "en#gitops <@U123|ann> wizard#GitOps Practices has no level or role “wizard”.",
                "zh-CN#gitops @everyone 高级#提及指向某人或某个频道，不是 GitOps 实践 的级别或角色。"
            })
    void aMentionBesideASkillIsSaidToBeNoLevelOrRoleAndIsNotRepeated(String locale, String typed, String said) {
        Card card = commands.answer(Invocation.cli(locale), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(text(card)).startsWith(said).doesNotContain("channel>", "everyone", "U123", "|ann");
        assertThat(card.controls()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "en#gitops 第2页#“第2页” asks for a page, and a lookup has no pages",
                "en#page 2#“page 2” asks for a page, and a lookup has no pages",
                "en#gitops senior page3#“page3” asks for a page",
                "zh-CN#gitops 第2页#“第2页” 是要翻页，但查询没有分页",
                "zh-CN#第 3 页 gitops#“第3页” 是要翻页"
            })
    void aPageWordInALookupIsNamedNotReadAsALevelOrASkill(String locale, String typed, String said) {
        Card card = commands.answer(Invocation.cli(locale), typed);

        assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
        assertThat(text(card)).startsWith(said);
    }

    private static String text(Card card) {
        return sections(card).stream().map(Section::text).collect(Collectors.joining("\n"));
    }
}
