package dev.skillbot.me;

import static dev.skillbot.testing.Cards.buttons;
import static dev.skillbot.testing.Cards.choices;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Choices;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.PersonalRig;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code me} answers named skills, and showed a checklist's cells, in the catalog's default language to a zh-CN
 * reader (GitOps Practices, not GitOps 实践), where a lookup shows the reader's: profile, checklist and its "I do this"
 * choices, a comment's confirmation and the comments on one's shares now come in the reader's language.
 */
class MeInReadersLanguageTest {

    private final PersonalRig rig = PersonalRig.h2(Clock.systemUTC());
    private final Catalog catalog = FixtureCatalog.bilingual("r1");
    private final CommandService service = new CommandService(
            () -> catalog, CommandPorts.NONE.withPersonal(new MeCommands(rig.stores, new ChecklistIndex())));

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void profileChecklistChoicesAndCommentsNameSkillsInTheReadersLanguage() {
        ask("ann", "zh-CN", "me sre senior");

        Card checklist = ask("ann", "zh-CN", "next");
        assertThat(checklist.kind()).isEqualTo(Card.Kind.CHECKLIST);
        assertThat(text(checklist)).contains("GitOps 实践", "调和集群状态").doesNotContain("GitOps Practices");
        assertThat(choices(checklist).options())
                .extracting(Choices.Option::label)
                .contains("我已做到：GitOps 实践");

        assertThat(text(ask("ann", "zh-CN", "me"))).contains("• GitOps 实践").doesNotContain("GitOps Practices");

        String open = buttons(ask("ann", "en", "me share")).stream()
                .map(button -> button.id().arg(0))
                .filter(command -> command.startsWith("me shared "))
                .findFirst()
                .orElseThrow();
        service.answer(invocation("ann", "en", Invocation.Origin.PUBLIC), open); // posted: open to the channel
        Card commented = ask("bob", "zh-CN", open.replace("shared", "comment") + " gitops 很好");
        assertThat(text(commented)).contains("您对 GitOps 实践 的评论已保存");

        assertThat(text(ask("ann", "zh-CN", "me"))).contains("• GitOps 实践 — ");
    }

    private Card ask(String user, String locale, String command) {
        return service.answer(invocation(user, locale, Invocation.Origin.COMMAND), command);
    }

    private static Invocation invocation(String user, String locale, Invocation.Origin origin) {
        return new Invocation(Platform.SLACK, "T1", "C1", user, locale, origin);
    }

    /** Everything the card shows: its blocks (sections and the checklist's diffs) and controls. */
    private static String text(Card card) {
        return card.toString();
    }
}
