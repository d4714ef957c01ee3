package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordCommandsTest {

    private final DiscordCommands commands = new DiscordCommands(TestCatalogs::fixture);

    /** JDA looks translations up by these paths; the base bundle must name every part as it is registered. */
    @Test
    void theBaseBundleNamesAndDescribesEveryPartOfTheCommandAsRegistered() {
        ResourceBundle english = ResourceBundle.getBundle(
                Messages.BUNDLE,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> checked = new ArrayList<>();

        checkAgainst(english, commands.definition(false).toData(), "skill", checked);

        assertThat(checked)
                .hasSizeGreaterThan(25)
                .contains("skill.digest.options.action.choices.preview", "skill.compare.options.to");
    }

    private static void checkAgainst(ResourceBundle english, DataObject node, String path, List<String> checked) {
        assertThat(english.getString(path + ".name")).as(path).isEqualTo(node.getString("name"));
        assertThat(english.getString(path + ".description")).as(path).isEqualTo(node.getString("description"));
        checked.add(path);
        node.optArray("choices")
                .ifPresent(choices -> choices.stream(DataArray::getObject)
                        .map(choice -> path + ".choices." + choice.getString("name"))
                        .filter(choice -> english.containsKey(choice + ".name"))
                        .forEach(checked::add));
        node.optArray("options")
                .ifPresent(options -> options.stream(DataArray::getObject)
                        .forEach(option -> checkAgainst(
                                english,
                                option,
                                path + (isSubcommandOrGroup(option) ? "." : ".options.") + option.getString("name"),
                                checked)));
    }

    /** Subcommands (type 1) and subcommand groups (type 2, such as {@code me}) sit under their parent's path, as JDA's localization keys them. */
    private static boolean isSubcommandOrGroup(DataObject option) {
        return option.getInt("type") == 1 || option.getInt("type") == 2;
    }

    @Test
    void levelOptionsOfferTheCatalogsLevelsAsChoices() {
        DataObject lookup =
                commands.definition(false).toData().getArray("options").getObject(0);
        DataObject level = lookup.getArray("options").getObject(1);

        assertThat(level.getString("name")).isEqualTo("level");
        assertThat(level.getArray("choices").stream(DataArray::getObject).map(choice -> choice.getString("value")))
                .containsExactly("junior", "middle", "senior", "lead", "principal");
        assertThat(level.getArray("choices")
                        .getObject(2)
                        .getObject("name_localizations")
                        .getString("zh-CN"))
                .isEqualTo("高级");
    }

    @Test
    void suggestProposalsDigestAndAboutAreSubcommandsWithTheirOptions() {
        DataArray subcommands = commands.definition(false).toData().getArray("options");
        DataObject suggest = subcommands.getObject(6);
        DataObject digest = subcommands.getObject(8);

        assertThat(suggest.getString("name")).isEqualTo("suggest");
        assertThat(suggest.getArray("options").stream(DataArray::getObject).map(option -> option.getString("name")))
                .containsExactly("skill", "level", "role");
        assertThat(subcommands.getObject(7).getArray("options").getObject(0).getBoolean("autocomplete"))
                .isTrue();
        assertThat(digest.getArray("options").getObject(0).getArray("choices").stream(DataArray::getObject)
                        .map(choice -> choice.getString("value")))
                .containsExactly("subscribe", "unsubscribe", "preview");
        assertThat(digest.getArray("options").getObject(1).getString("name")).isEqualTo("scope");
        assertThat(digest.getArray("options").getObject(1).getBoolean("autocomplete"))
                .isTrue();
        assertThat(subcommands.getObject(9).getString("name")).isEqualTo("about");
    }

    @Test
    void theDefinitionIsGlobalForGuildsAndDirectMessagesOrGuildOnly() {
        assertThat(commands.definition(false).toData().getArray("contexts").stream(DataArray::getInt))
                .containsExactly(0, 1);
        assertThat(commands.definition(true).toData().getArray("contexts").stream(DataArray::getInt))
                .containsExactly(0);
    }
}
