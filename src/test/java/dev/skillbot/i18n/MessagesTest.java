package dev.skillbot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.chat.Invocation;
import dev.skillbot.cli.TextCardRenderer;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every label a user can see exists in every bundle, so no raw key (like the seed page's skills.group) ever shows. */
class MessagesTest {

    private static final String DISCORD_COMMAND = "skill.";

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_zh_CN.properties"})
    void everyKeyInUseIsDefinedInEveryBundleAndNothingElse(String bundle) throws IOException {
        Properties properties = load(bundle);
        Set<String> used =
                Arrays.stream(MessageKey.values()).map(MessageKey::key).collect(Collectors.toSet());
        assertThat(properties.stringPropertyNames())
                .filteredOn(key -> !key.startsWith(DISCORD_COMMAND))
                .containsExactlyInAnyOrderElementsOf(used);
        assertThat(commandTexts(properties))
                .as("the /skill command's texts")
                .isEqualTo(commandTexts(load("i18n/messages.properties")));
        for (String key : used) {
            String pattern = properties.getProperty(key);
            assertThat(pattern).as(key).isNotBlank();
            assertThat(new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4, 5}))
                    .as(key)
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void noCardShowsARawMessageKey(String locale) {
        var catalog = FixtureCatalog.load();
        CommandService service = new CommandService(() -> catalog);
        TextCardRenderer renderer = new TextCardRenderer();
        for (String command : new String[] {
            "help", "list", "canary", "canary senior", "canary senior..lead", "search argo", "nope nope", "senior"
        }) {
            String text = renderer.render(service.answer(Invocation.cli(locale), command));
            for (MessageKey key : MessageKey.values()) {
                assertThat(text).as(command).doesNotContain(key.key());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh_CN", "ZH-cn"})
    void chineseVariantsGetChinese(String requested) {
        assertThat(Messages.forLocale(requested).get(MessageKey.REQUIRED)).isEqualTo("必要");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "", "en-GB"})
    void everythingElseGetsEnglish(String requested) {
        assertThat(Messages.forLocale(requested).get(MessageKey.REQUIRED)).isEqualTo("Required");
    }

    /** Discord's command names and descriptions, keyed by JDA's localisation paths; the same in every bundle. */
    private static Set<String> commandTexts(Properties properties) {
        Set<String> keys = properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith(DISCORD_COMMAND))
                .collect(Collectors.toSet());
        assertThat(keys)
                .isNotEmpty()
                .allSatisfy(
                        key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
