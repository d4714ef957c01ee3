package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.BundledCatalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionIdTest {

    @Test
    void roundTrips() {
        ActionId id = ActionId.of(ActionId.Action.SHOW, "gitops-practices senior..lead sre");
        assertThat(id.encode()).isEqualTo("sb1:show:gitops-practices senior..lead sre");
        assertThat(ActionId.decode(id.encode())).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sb1", "sb1:", "sb1:nope:x", "other:show:x", "show:gitops"})
    void garbageDecodesToNothing(String encoded) {
        assertThat(ActionId.decode(encoded)).isEmpty();
    }

    @Test
    void nullAndHugeInputDecodeToNothing() {
        assertThat(ActionId.decode(null)).isEmpty();
        assertThat(ActionId.decode("sb1:show:" + "x".repeat(1000))).isEmpty();
    }

    @Test
    void anArgumentWithTheSeparatorReadsBackAsItselfAndPlainOnesAreWrittenAsBefore() {
        ActionId search = ActionId.of(ActionId.Action.SHOW, "search k8s:rbac 100%");

        assertThat(search.encode()).isEqualTo("sb1:show:search k8s%3Arbac 100%25");
        assertThat(ActionId.decode(search.encode())).contains(search);
        assertThat(ActionId.of(ActionId.Action.SUGGEST, "canary-releases", "senior", "")
                        .encode())
                .isEqualTo("sb1:suggest:canary-releases:senior:");
    }

    @Test
    void refusesIdsOverOneHundredCharacters() {
        assertThatThrownBy(() -> ActionId.of(ActionId.Action.SHOW, "x".repeat(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyIdOnEveryCardOfTheBundledCatalogFitsAndIsUniquePerCard() {
        assertIdsFit(BundledCatalog.get());
    }

    @Test
    void everyIdFitsOnTheExtremeSyntheticCatalog(@TempDir Path temp) {
        Catalog extreme = new CatalogLoader()
                .load(SyntheticCatalog.write(temp, SyntheticCatalog.Spec.extreme()))
                .catalog()
                .orElseThrow();
        assertIdsFit(extreme);
    }

    private static void assertIdsFit(Catalog catalog) {
        CommandService service = new CommandService(() -> catalog);
        for (String command : commands(catalog)) {
            Card card = service.answer(Invocation.cli("en"), command);
            Set<String> controlIds = new HashSet<>();
            for (Control control : card.controls()) {
                String id = control instanceof Button button
                        ? button.id().encode()
                        : ((Select) control).id().encode();
                assertThat(controlIds.add(id))
                        .as("duplicate id %s on %s", id, command)
                        .isTrue();
            }
            for (ActionId id : card.actionIds()) {
                assertThat(id.encode().length()).as(command).isLessThanOrEqualTo(ActionId.MAX_LENGTH);
                assertThat(ActionId.decode(id.encode())).contains(id);
            }
        }
    }

    static List<String> commands(Catalog catalog) {
        List<String> commands = new ArrayList<>(List.of("help", "list", "search the", "nothing like this"));
        for (Skill skill : catalog.skills()) {
            commands.add(skill.id());
            for (Level level : catalog.levels()) {
                commands.add(skill.id() + " " + level.id());
                catalog.next(level).ifPresent(next -> commands.add(skill.id() + " " + level.id() + ".." + next.id()));
                skill.roleIds().forEach(role -> commands.add(skill.id() + " " + level.id() + " " + role));
            }
        }
        return commands;
    }
}
