package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.cli.TextCardRenderer;
import dev.skillbot.command.CommandService;
import dev.skillbot.command.Invocation;
import dev.skillbot.testing.BundledCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedCardsTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final RenderedCards<String> cards = new RenderedCards<>("text", card -> {
        renders.incrementAndGet();
        return new TextCardRenderer().render(card);
    }, String::length, 1_000_000);

    @Test
    void aCardSeenBeforeIsNotDrawnAgain() {
        CommandService service = new CommandService(BundledCatalog::get);
        String first = cards.render(service.answer(Invocation.cli("en"), "gitops senior"));
        String second = cards.render(service.answer(Invocation.cli("en"), "gitops senior"));
        cards.render(service.answer(Invocation.cli("zh-CN"), "gitops senior"));

        assertThat(second).isEqualTo(first);
        assertThat(renders).hasValue(2);
        assertThat(cards.stats().hitCount()).isEqualTo(1);
        assertThat(cards.stats().hitRate()).isEqualTo(1.0 / 3);
    }

    @Test
    void aReloadedCatalogNeverGetsTheOldDrawing(@TempDir Path temp) throws IOException {
        Path dir = BundledCatalog.copyTo(temp.resolve("c"));
        Catalog before = new CatalogLoader().load(dir).catalog().orElseThrow();
        Path file = dir.resolve("devops-ci-cd/gitops-practices.yml");
        Files.writeString(file, Files.readString(file).replace("Designs GitOps architecture:", "Designs reloaded GitOps architecture:"));
        Catalog after = new CatalogLoader().load(dir).catalog().orElseThrow();

        String old = cards.render(new CommandService(() -> before).answer(Invocation.cli("en"), "gitops senior"));
        String fresh = cards.render(new CommandService(() -> after).answer(Invocation.cli("en"), "gitops senior"));

        assertThat(old).doesNotContain("reloaded");
        assertThat(fresh).contains("Designs reloaded GitOps architecture:").contains(after.revision());
    }
}
