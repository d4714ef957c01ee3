package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.ReloadStatus;
import dev.skillbot.persistence.JdbcCatalogChanges;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.MutableClock;
import dev.skillbot.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Listeners hear reloads on their own thread, so later than they happened: the recorder diffs what it saw with what is served. */
class CatalogChangeRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(NOW);
    private final CatalogChanges store = new JdbcCatalogChanges(new JdbcTemplate(TestDatabases.h2()));

    @Test
    void aChangeServedWhenAFailedReloadIsHeardIsRecordedOnce() throws IOException {
        Catalog before = FixtureCatalog.load();
        AtomicReference<Catalog> served = new AtomicReference<>(before);
        CatalogChangeRecorder recorder = new CatalogChangeRecorder(served::get, store, clock);
        Catalog edited =
                edited("Senior sre plans releases on a fixed train.", "Senior sre plans releases on a faster train.");

        served.set(edited); // a failed reload, then a valid one: the failure is heard after the catalog changed
        recorder.catalogReloaded(new ReloadStatus(NOW, false, before.revision(), List.of()));
        recorder.catalogReloaded(new ReloadStatus(NOW, true, edited.revision(), List.of()));

        assertThat(store.between(NOW.minusSeconds(1), NOW.plusSeconds(1)))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(CatalogChange.Kind.CELL_EDITED);
                    assertThat(change.revision()).isEqualTo(edited.revision());
                    assertThat(change.levelId()).isEqualTo("senior");
                    assertThat(change.roleId()).isEqualTo("sre");
                });
    }

    private Catalog edited(String from, String to) throws IOException {
        Path dir = FixtureCatalog.copyTo(temp.resolve("catalog"));
        Path file = dir.resolve("delivery/release-trains.yml");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        return new CatalogLoader().load(dir).catalog().orElseThrow();
    }
}
