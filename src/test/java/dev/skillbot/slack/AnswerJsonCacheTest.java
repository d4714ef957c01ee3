package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.response.Response;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.i18n.Messages;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackAnswersTest {

    final SlackCardRenderer renderer = new SlackCardRenderer(Messages.forLocale("en"));

    @Test
    void keepsTheJsonOfACardAlreadyDrawnUntilTheCatalogChanges(@TempDir Path dir) {
        Catalog fixture = FixtureCatalog.load();
        Catalog reloaded = load(SyntheticCatalog.write(dir, SyntheticCatalog.Spec.of(5)));
        AtomicReference<Catalog> current = new AtomicReference<>(fixture);
        CommandService commands = new CommandService(current::get);
        AnswerJsonCache answers = new AnswerJsonCache(commands, AnswerJsonCache.cache(renderer));

        // when
        EncodedJson first = answers.json(invocation("en"), "list");

        // then
        assertThat(first.text()).isEqualTo(renderer.json(commands.answer(invocation("en"), "list")));
        assertThat(answers.json(invocation("en"), "list")).isSameAs(first);
        assertThat(answers.json(invocation("en"), "list ")).isSameAs(first);
        assertThat(answers.json(invocation("zh-CN"), "list").text()).isNotEqualTo(first.text());

        current.set(reloaded);
        assertThat(answers.json(invocation("en"), "list").text())
                .isNotEqualTo(first.text())
                .isEqualTo(renderer.json(commands.answer(invocation("en"), "list")));
    }

    @Test
    void keepsEachAnswersUtf8BytesWithItsTextAndAnswersAsBoltsJsonResponse() {
        Catalog fixture = FixtureCatalog.load();
        CommandService commands = new CommandService(() -> fixture);
        AnswerJsonCache answers = new AnswerJsonCache(commands, AnswerJsonCache.cache(renderer));

        for (String locale : List.of("en", "zh-CN")) {
            EncodedJson answer = answers.json(invocation(locale), "canary senior");

            assertThat(answer.utf8()).isEqualTo(answer.text().getBytes(StandardCharsets.UTF_8));
            assertThat(answer.weight()).isEqualTo(answer.text().length() + answer.utf8().length);
            assertThat(answer.response()).isEqualTo(Response.json(200, answer.text()));
            assertThat(answer.response()).isNotSameAs(answer.response());
        }
    }

    @Test
    void theCoreAnswersEveryCommandSoLookupsAreCountedEachTime() {
        List<String> shown = new ArrayList<>();
        Catalog fixture = FixtureCatalog.load();
        CommandService commands = new CommandService(
                () -> fixture, new CommandPorts(dev.skillbot.command.SuggestionsView.NONE, null, shown::add));
        AnswerJsonCache answers = new AnswerJsonCache(commands, AnswerJsonCache.cache(renderer));

        answers.json(invocation("en"), "canary senior");
        answers.json(invocation("en"), "canary senior");

        assertThat(shown).containsExactly("canary-releases", "canary-releases");
    }

    private static Invocation invocation(String locale) {
        return new Invocation(Platform.SLACK, "T0TEST", "C0CHAN", "U0ALICE", locale, Invocation.Origin.COMMAND);
    }

    private static Catalog load(Path dir) {
        return new CatalogLoader().load(dir).catalog().orElseThrow();
    }
}
