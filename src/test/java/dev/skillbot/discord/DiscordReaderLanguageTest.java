package dev.skillbot.discord;

import static dev.skillbot.discord.RunningBot.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.discord.fake.FakeDiscord;
import dev.skillbot.discord.fake.Interactions;
import dev.skillbot.discord.fake.Recorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Discord entry point answers in the reader's language: their own choice first, then the
 * locale their client sends, then the server's language; labels show it (content translation is
 * the catalog's business).
 */
class DiscordReaderLanguageTest {

    private static final Catalog CATALOG = TestCatalogs.fixture();
    /** This reader chose Chinese, whatever their client says. */
    private static final String CHOSE_CHINESE = "888888888888888888";

    private static FakeDiscord discord;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start();
        bot = RunningBot.start(
                discord,
                new CommandService(() -> CATALOG),
                (platform, workspace, user) -> platform == Platform.DISCORD && user.equals(CHOSE_CHINESE)
                        ? Optional.of("zh-CN")
                        : Optional.empty());
        discord.awaitSessions(1);
    }

    @AfterAll
    static void stop() {
        bot.close();
        discord.close();
    }

    @Test
    void aChineseClientGetsChineseLabels() {
        Recorded callback =
                discord.answered(Interactions.slash("help", options()).put("locale", "zh-CN"));

        assertThat(title(callback)).isEqualTo("如何使用 Skillbot");
    }

    @Test
    void anUnsupportedLocaleGetsTheServersLanguage() {
        assertThat(title(discord.answered(Interactions.slash("help", options()).put("locale", "fr"))))
                .isEqualTo("How to use Skillbot");
        assertThat(title(discord.answered(Interactions.slash("help", options())
                        .put("locale", "fr")
                        .put("guild_locale", "zh-CN"))))
                .isEqualTo("如何使用 Skillbot");
    }

    @Test
    void anEnglishVariantIsEnglishEvenOnAChineseServer() {
        DataObject interaction =
                Interactions.slash("help", options()).put("locale", "en-GB").put("guild_locale", "zh-CN");

        assertThat(title(discord.answered(interaction))).isEqualTo("How to use Skillbot");
    }

    @Test
    void theReadersOwnChoiceComesFirst() {
        DataObject interaction = Interactions.by(
                Interactions.slash("lookup", options("skill", "canary-releases", "level", "senior")),
                CHOSE_CHINESE,
                "Chen",
                List.of(),
                Interactions.permissionsWith(0));

        assertThat(title(discord.answered(interaction))).isEqualTo("Canary Releases · 高级");
    }

    @Test
    void buttonsSelectsAndStaleControlsAnswerInTheReadersLanguage() {
        assertThat(title(discord.answered(Interactions.button("sb1:show:canary-releases lead", true)
                        .put("locale", "zh-CN"))))
                .isEqualTo("Canary Releases · 资深");
        assertThat(title(discord.answered(Interactions.select("sb1:pick", "sb1:show:canary-releases junior", true)
                        .put("locale", "zh-CN"))))
                .isEqualTo("Canary Releases · 初级");
        Recorded stale =
                discord.answered(Interactions.button("sb1:nonsense", true).put("locale", "zh-CN"));
        assertThat(description(stale)).contains("旧卡片");
    }

    @Test
    void aStaleModalIsExplainedInTheReadersLanguage() {
        Recorded stale =
                discord.answered(Interactions.modalSubmit("sb1:nonsense", java.util.Map.of(), java.util.Map.of(), false)
                        .put("locale", "zh-CN"));

        assertThat(description(stale)).contains("旧卡片");
    }

    @Test
    void autocompleteNamesRolesInTheReadersLanguage() {
        DataObject interaction = Interactions.autocomplete(
                        "lookup", options("skill", "canary-releases", "role", "sre"), "role")
                .put("locale", "zh-CN");

        DataArray choices = discord.answered(interaction).data().getArray("choices");
        assertThat(choices.stream(DataArray::getObject).map(choice -> choice.getString("name")))
                .contains("站点可靠性工程师 (SRE)");
    }

    @Test
    void theRegisteredCommandIsNamedAndDescribedInChineseWithinDiscordsRules() {
        DataObject command = discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"))
                .array()
                .getObject(0);

        assertThat(command.getObject("name_localizations").getString("zh-CN")).isEqualTo("技能");
        List<DataObject> named = new ArrayList<>();
        collect(command, named);
        assertThat(named).hasSizeGreaterThan(30);
        for (DataObject each : named) {
            String name = each.getString("name");
            String chinese = each.getObject("name_localizations").getString("zh-CN", null);
            assertThat(chinese).as("zh-CN name of %s", name).isNotBlank();
            if (each.hasKey("value")) {
                assertThat(chinese).as("a choice's name").hasSizeLessThanOrEqualTo(100);
            } else {
                assertThat(List.of(name, chinese)).as(name).allSatisfy(DiscordReaderLanguageTest::assertValidName);
            }
            if (each.hasKey("description")) {
                String description = each.getObject("description_localizations").getString("zh-CN", null);
                assertThat(description)
                        .as("zh-CN description of %s", name)
                        .isNotBlank()
                        .hasSizeLessThanOrEqualTo(100)
                        .isNotEqualTo(each.getString("description"));
            }
        }
    }

    @Test
    void theCommandFitsDiscordsCombinedLengthInEveryLanguage() {
        DataObject command = discord.awaitRequest(request -> request.is("PUT", "applications/\\d+/commands"))
                .array()
                .getObject(0);
        List<DataObject> named = new ArrayList<>();
        collect(command, named);

        for (String locale : List.of("", "zh-CN")) {
            int combined = named.stream()
                    .mapToInt(each -> text(each, "name", locale).length()
                            + text(each, "description", locale).length()
                            + each.getString("value", "").length())
                    .sum();
            assertThat(combined)
                    .as("names, descriptions and values in '%s'", locale)
                    .isBetween(500, 4000);
        }
    }

    /** A field in {@code locale}, or as registered when it has no translation there. */
    private static String text(DataObject node, String field, String locale) {
        return node.optObject(field + "_localizations")
                .map(map -> map.getString(locale, null))
                .orElseGet(() -> node.getString(field, ""));
    }

    /** The command, its subcommands, their options and the options' choices. */
    private static void collect(DataObject node, List<DataObject> out) {
        out.add(node);
        node.optArray("options")
                .ifPresent(options -> options.stream(DataArray::getObject).forEach(option -> collect(option, out)));
        node.optArray("choices")
                .ifPresent(choices -> choices.stream(DataArray::getObject).forEach(out::add));
    }

    /** Discord's rule for chat command and option names: 1 to 32 letters, digits, - _ ', lowercase where a letter has case. */
    private static void assertValidName(String name) {
        assertThat(name)
                .matches(Pattern.compile(
                        "^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$", Pattern.UNICODE_CHARACTER_CLASS))
                .isEqualTo(name.toLowerCase(Locale.ROOT));
    }

    private static String title(Recorded callback) {
        return callback.data().getArray("embeds").getObject(0).getString("title");
    }

    private static String description(Recorded callback) {
        return callback.data().getArray("embeds").getObject(0).getString("description");
    }
}
