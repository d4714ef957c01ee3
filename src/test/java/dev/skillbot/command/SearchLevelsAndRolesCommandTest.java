package dev.skillbot.command;

import static dev.skillbot.testing.Cards.buttons;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.LinkButton;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.testing.FixtureCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the chat's search makes of level and role words, and the web link of a card narrowed to a role. */
class SearchLevelsAndRolesCommandTest {

    private final Catalog catalog = FixtureCatalog.load();
    private final CommandService service = new CommandService(() -> catalog);

    /**
     * {@code search devops senior} said "Nothing in the catalog mentions 'devops senior'": words that name no skill
     * keep their levels and roles as filters of the hits, which the card names, and the other words are searched
     * for, as the web search does.
     */
    @Test
    void levelAndRoleWordsThatNameNoSkillFilterTheHits() {
        Card every = service.answer(Invocation.cli("en"), "search devops senior");
        List<Section> sections = sections(every);
        assertThat(sections.get(0).text())
                .isEqualTo(
                        "Filtered to Senior · DevOps Engineer: level and role words narrow the results instead of being searched for.");
        assertThat(sections.subList(1, sections.size()))
                .extracting(Section::heading)
                .isNotEmpty()
                .allMatch(heading -> heading.endsWith(" · Senior · DevOps Engineer"));
        assertThat(sections).noneMatch(section -> section.text().contains("Nothing in the catalog"));

        Card chinese = service.answer(Invocation.cli("zh-CN"), "search devops 高级");
        assertThat(sections(chinese).get(0).text()).startsWith("已筛选为高级 · DevOps 工程师");
        assertThat(sections(chinese))
                .filteredOn(section -> section.heading().endsWith(" · 高级 · DevOps 工程师"))
                .hasSize(sections.size() - 1);

        Card words = service.answer(Invocation.cli("en"), "search canary senior");
        assertThat(sections(words).get(0).heading()).isEqualTo("Canary Releases · Senior");
    }

    /**
     * {@code search platform} listed every Platform Engineer cell in the catalog's order, whatever it said: a level
     * or a role alone is searched for as text, and only a level with a role lists what is expected there.
     */
    @Test
    void aLevelOrARoleAloneIsSearchedForAsText() {
        for (String query : List.of("search platform", "search sre", "search senior")) {
            List<Section> sections = sections(service.answer(Invocation.cli("en"), query));
            String word = query.substring("search ".length());
            assertThat(sections).as(query).noneMatch(section -> section.text().startsWith("Filtered to"));
            assertThat(sections)
                    .as(query)
                    .isNotEmpty()
                    .allMatch(section -> (section.heading() + " " + section.text())
                            .toLowerCase(Locale.ROOT)
                            .contains(word));
        }
        assertThat(sections(service.answer(Invocation.cli("en"), "search senior sre"))
                        .get(0)
                        .text())
                .startsWith("Filtered to Senior · Site Reliability Engineer (SRE)");
    }

    /** {@code search canary senior lead} opened the Senior card: two levels open their comparison. */
    @Test
    void twoLevelsOpenTheirComparison() {
        Card card = service.answer(Invocation.cli("en"), "search canary lead senior sre");
        assertThat(sections(card).get(0).heading())
                .isEqualTo("Canary Releases · Senior → Lead · Site Reliability Engineer (SRE)");
        Card opened =
                service.answer(Invocation.cli("en"), buttons(card).get(0).id().arg(0));
        assertThat(opened.kind()).isEqualTo(Card.Kind.COMPARISON);
        assertThat(opened.title()).isEqualTo("Canary Releases · Senior → Lead");
    }

    /**
     * {@code search canary senior..lead} was titled "Search: canary senior .. lead", the words as the command reads
     * them: the title shows them as typed (the renderers escape it), and the card still compares the two levels.
     */
    @Test
    void theTitleShowsTheWordsAsTyped() {
        Card card = service.answer(Invocation.cli("en"), "search canary senior..lead");
        assertThat(card.title()).isEqualTo("Search: canary senior..lead");
        assertThat(sections(card).get(0).heading()).isEqualTo("Canary Releases · Senior → Lead");
        assertThat(service.answer(Invocation.cli("zh-CN"), "搜索 canary高级").title())
                .isEqualTo("搜索：canary高级");
        assertThat(service.answer(Invocation.cli("en"), "search   *drift*  ").title())
                .isEqualTo("Search: *drift*");
        assertThat(service.answer(Invocation.cli("en"), "search kafka\n  streaming")
                        .title())
                .isEqualTo("Search: kafka streaming");
    }

    /**
     * {@code search a} and {@code search </b>} listed every skill and cell with the letter in it: one letter is not
     * searched for, and the card says the words are too short (one Chinese character is a word: {@code search 运}).
     */
    @Test
    void oneLetterIsTooShortToSearchFor() {
        assertThat(sections(service.answer(Invocation.cli("en"), "search a")))
                .extracting(Section::text)
                .containsExactly(
                        "“a” is too short to search for: type words of two letters or more (one Chinese character is enough).");
        assertThat(sections(service.answer(Invocation.cli("zh-CN"), "search </b> b")))
                .extracting(Section::text)
                .containsExactly("“b”太短，无法搜索：请输入至少两个字母的词（一个汉字即可）。");
    }

    /**
     * {@code search senior a} listed every Senior cell: "a", too short to search for, was dropped and left the level
     * alone as a filter. The card says the word is too short, as {@code search a} does.
     */
    @Test
    void aFilterBesideWordsTooShortSaysTheyAreTooShort() {
        assertThat(sections(service.answer(Invocation.cli("en"), "search senior a")))
                .extracting(Section::text)
                .containsExactly(
                        "Filtered to Senior: level and role words narrow the results instead of being searched for.",
                        "“a” is too short to search for: type words of two letters or more (one Chinese character is enough).");
        assertThat(sections(service.answer(Invocation.cli("zh-CN"), "搜索 devops 高级 b")))
                .extracting(Section::text)
                .last()
                .isEqualTo("“b”太短，无法搜索：请输入至少两个字母的词（一个汉字即可）。");
    }

    /** {@code /skill canary sre}'s "Open in browser" dropped the role: the page it opens is narrowed to it. */
    @Test
    void aCardNarrowedToARoleLinksToThePageNarrowedToIt() {
        CommandService linked =
                new CommandService(() -> catalog, CommandPorts.NONE, Permalinks.of("https://skills.example.com/kb/"));
        assertThat(link(linked.answer(Invocation.cli("en"), "canary sre")))
                .isEqualTo("https://skills.example.com/kb/skills/canary-releases?role=sre");
        assertThat(link(linked.answer(Invocation.cli("en"), "canary")))
                .isEqualTo("https://skills.example.com/kb/skills/canary-releases");
    }

    private static String link(Card card) {
        return card.controls().stream()
                .filter(LinkButton.class::isInstance)
                .map(control -> ((LinkButton) control).url())
                .findFirst()
                .orElseThrow();
    }
}
