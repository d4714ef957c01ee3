package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page before anything is searched, served and static, and for a query past the limit. */
class SearchPageTest {

    @TempDir
    Path site;

    /**
     * The chat's hint ("such as `search crossplane`") asked web readers to type a chat command: in the
     * search box "search crossplane" finds nothing, since no text says "search".
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anEmptySearchSuggestsWordsToTypeInTheBoxNotAChatCommand(String lang) throws Exception {
        String served = Jsoup.parse(new Pages(FixtureCatalog.load()).search("  ", lang))
                .select(".summary")
                .text();
        new SiteCommand(System.out, System.err, Map.of()).run(new String[] {
            "site", "--out", site.toString(), "--catalog", FixtureCatalog.DIR.toString(), "--locale", lang
        });
        String landing = Jsoup.parse(site.resolve("search.html").toFile(), "UTF-8")
                .select(".summary")
                .text();
        for (String hint : new String[] {served, landing}) {
            assertThat(hint)
                    .isNotBlank()
                    .contains("canary")
                    .doesNotContain("search ")
                    .doesNotContain("`");
        }
    }

    /** A query past the limit is a search that is too long, not "That command is … long" as the chat says. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aTooLongQueryIsCalledASearchNotACommand(String lang) {
        String query = "kafka ".repeat(PageBuilders.MAX_QUERY);
        String summary = Jsoup.parse(new Pages(FixtureCatalog.load()).search(query, lang))
                .select(".summary")
                .text();
        assertThat(summary)
                .isEqualTo(Labels.of(lang).get("search.tooLong", query.strip().length(), PageBuilders.MAX_QUERY))
                .contains("1,199")
                .doesNotContain("command")
                .doesNotContain("命令");
    }
}
