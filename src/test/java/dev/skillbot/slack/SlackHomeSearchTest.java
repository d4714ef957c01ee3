package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.interactive_components.response.Option;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Home tab's skill picker named skills in the catalog's default language for a reader of zh-CN, whose cards name
 * them in Chinese: the options name them in the reader's language (the catalog's own where a skill has no translation).
 * Through the real Bolt app: {@code SlackHomeTest}.
 */
class SlackHomeSearchTest {

    private final Catalog catalog = FixtureCatalog.bilingual("r1");
    private final SlackHomeSearch search = new SlackHomeSearch(new CommandService(() -> catalog), null);

    @ParameterizedTest
    @CsvSource({"gitops, zh-CN, GitOps 实践", "gitops, en, GitOps Practices", "blue, zh-CN, Blue-Green Deployments"})
    void optionsNameSkillsInTheReadersLanguage(String typed, String locale, String named) {
        assertThat(search.options(typed, locale))
                .extracting(Option::getText)
                .extracting(text -> text.getText())
                .first()
                .isEqualTo(named);
    }
}
