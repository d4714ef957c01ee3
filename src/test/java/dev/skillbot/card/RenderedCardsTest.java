package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.chat.Invocation;
import dev.skillbot.cli.TextCardRenderer;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedCardsTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final RenderedCards<String> cards = new RenderedCards<>(
            "text",
            card -> {
                renders.incrementAndGet();
                return new TextCardRenderer().render(card);
            },
            String::length,
            1_000_000);

    @Test
    void aCardSeenBeforeIsNotDrawnAgain() {
        Catalog catalog = FixtureCatalog.load();
        CommandService service = new CommandService(() -> catalog);
        String first = cards.render(service.answer(Invocation.cli("en"), "canary senior"));
        String second = cards.render(service.answer(Invocation.cli("en"), "canary senior"));
        cards.render(service.answer(Invocation.cli("zh-CN"), "canary senior"));

        assertThat(second).isEqualTo(first);
        assertThat(renders).hasValue(2);
        assertThat(cards.stats().hitCount()).isEqualTo(1);
        assertThat(cards.stats().hitRate()).isEqualTo(1.0 / 3);
    }

    /** The card cache hands out new instances of the same card: found by value, drawn once, counted as hits. */
    @Test
    void anEqualCardOfAnotherInstanceIsNotDrawnAgain() {
        Catalog catalog = FixtureCatalog.load();
        Card card = new CommandService(() -> catalog).answer(Invocation.cli("en"), "canary senior");
        Card copy = new Card(
                card.kind(),
                card.title(),
                card.context(),
                card.tags(),
                card.blocks(),
                card.controls(),
                card.fallback());
        Card other = new CommandService(() -> catalog).answer(Invocation.cli("en"), "canary lead");

        String first = cards.render(card);
        assertThat(cards.render(copy)).isSameAs(first);
        assertThat(cards.render(copy)).isSameAs(first);
        assertThat(cards.render(card)).isSameAs(first);
        assertThat(cards.render(other)).isNotEqualTo(first);

        assertThat(renders).hasValue(2);
        assertThat(cards.stats().hitCount()).isEqualTo(3);
        assertThat(cards.stats().missCount()).isEqualTo(2);
    }

    @Test
    void aReloadedCatalogNeverGetsTheOldDrawing(@TempDir Path temp) throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("c"));
        Catalog before = new CatalogLoader().load(dir).catalog().orElseThrow();
        Path file = dir.resolve("build-deploy/canary-releases.yml");
        Files.writeString(
                file, Files.readString(file).replace("Designs canary analysis:", "Designs reloaded canary analysis:"));
        Catalog after = new CatalogLoader().load(dir).catalog().orElseThrow();

        String old = cards.render(new CommandService(() -> before).answer(Invocation.cli("en"), "canary senior"));
        String fresh = cards.render(new CommandService(() -> after).answer(Invocation.cli("en"), "canary senior"));

        assertThat(old).doesNotContain("reloaded");
        assertThat(fresh).contains("Designs reloaded canary analysis:").contains(after.revision());
    }
}
