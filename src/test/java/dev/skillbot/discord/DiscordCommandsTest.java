package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordCommandsTest {

    private final DiscordCommands commands = new DiscordCommands(TestCatalogs::bundled);

    @Test
    void levelOptionsOfferTheCatalogsLevelsAsChoices() {
        DataObject lookup = commands.definition(false).toData().getArray("options").getObject(0);
        DataObject level = lookup.getArray("options").getObject(1);

        assertThat(level.getString("name")).isEqualTo("level");
        assertThat(level.getArray("choices").stream(DataArray::getObject).map(choice -> choice.getString("value")))
                .containsExactly("junior", "middle", "senior", "lead", "principal");
        assertThat(level.getArray("choices").getObject(2).getObject("name_localizations").getString("zh-CN")).isEqualTo("高级");
    }

    @Test
    void theDefinitionIsGlobalForGuildsAndDirectMessagesOrGuildOnly() {
        assertThat(commands.definition(false).toData().getArray("contexts").stream(DataArray::getInt)).containsExactly(0, 1);
        assertThat(commands.definition(true).toData().getArray("contexts").stream(DataArray::getInt)).containsExactly(0);
    }

    @Test
    void theSameDefinitionReadBackIsNotRegisteredAgain() {
        SlashCommandData wanted = commands.definition(false);
        DataObject registered = DataObject.fromJson(wanted.toData().toString()).put("id", "1").put("application_id", "2").put("version", "3");

        assertThat(DiscordCommands.sameAsRegistered(List.of(registered), wanted)).isTrue();
        assertThat(DiscordCommands.sameAsRegistered(List.of(registered.put("description", "older")), wanted)).isFalse();
        assertThat(DiscordCommands.sameAsRegistered(List.of(), wanted)).isFalse();
    }
}
