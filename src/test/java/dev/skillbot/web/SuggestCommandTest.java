package dev.skillbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.ModalForm;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "how to suggest an edit" command a skill page shows opens the suggestion form for that skill's
 * cell when typed, also for a skill called like a command word ("Compare", "Search").
 */
class SuggestCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {"search", "find", "list", "help", "about", "me", "next", "proposals", "compare", "vs", "lead"})
    void theShownCommandOpensTheFormOfTheShownCell(String id) {
        Catalog catalog = FixtureCatalog.withSkillCalled(dir, id);
        CommandService commands = new CommandService(() -> catalog);
        for (String lang : new String[] {"en", "zh-CN"}) {
            String shown = Jsoup.parse(new Pages(catalog).skill(id, lang, "senior", "sre", null, null))
                    .select("#suggest code")
                    .text();
            assertThat(shown).as(lang).startsWith("/skill ");
            Invocation typing =
                    new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", lang, Invocation.Origin.COMMAND);

            Optional<ModalForm> form = commands.suggestionForm(typing, shown.substring("/skill ".length()));

            assertThat(form).as(shown).isPresent();
            assertThat(form.get().callback().arg(0)).as(shown).isEqualTo(id);
            assertThat(form.get().inputs())
                    .as(shown)
                    .filteredOn(ModalForm.ChoiceInput.class::isInstance)
                    .extracting(input -> ((ModalForm.ChoiceInput) input).selected())
                    .contains("senior", "sre");
        }
    }
}
