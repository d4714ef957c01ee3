package dev.skillbot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.testing.SyntheticCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parsing threads of a load add outcomes and look them up at once: with many threads released
 * together, every outcome is written once and whole, and every lookup decodes exactly what was added.
 */
class OutcomeSnapshotConcurrencyTest {

    private static final int THREADS = 8;
    private static final int SKILLS = 48;

    @TempDir
    Path temp;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private Path dir;
    private Path file;
    private Definitions definitions;
    private String context;
    private List<SourceFile> sources;
    private List<ParsedFile> outcomes;

    @BeforeEach
    void readSyntheticCatalog() throws IOException {
        dir = SyntheticCatalog.write(temp.resolve("catalog"), SyntheticCatalog.Spec.of(SKILLS));
        file = temp.resolve("data").resolve("catalog-snapshot.bin");
        Catalog catalog = new CatalogLoader().load(dir).catalog().orElseThrow();
        definitions = new Definitions(catalog.levels(), catalog.roles(), catalog.domains());
        context = OutcomeSnapshot.context("test", CatalogLocales.DEFAULT, TranslationCheck.NONE);
        List<Problem> problems = new ArrayList<>();
        sources = new ArrayList<>();
        outcomes = new ArrayList<>();
        for (Path path : CatalogFiles.yamlFiles(dir)) {
            if (dir.relativize(path).getNameCount() > 1) {
                SourceFile source = SourceFile.read(dir, path, problems, true);
                sources.add(source);
                outcomes.add(ParsedFile.read(source, definitions, CatalogLocales.DEFAULT, TranslationCheck.NONE));
            }
        }
        assertThat(sources).hasSize(SKILLS);
        assertThat(problems).isEmpty();
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void outcomesAddedByManyThreadsAtOnceAreEachWrittenOnceAndReadBackEqual() throws Exception {
        OutcomeSnapshot writing = open();
        // Every thread adds every outcome, each starting elsewhere, so the same file is added by several at once.
        together(thread -> {
            for (int i = 0; i < SKILLS; i++) {
                int at = (i + thread * SKILLS / THREADS) % SKILLS;
                writing.add(sources.get(at), outcomes.get(at));
            }
            return null;
        });
        writing.finish();

        OutcomeSnapshot reading = open();
        List<List<ParsedFile>> read = together(thread -> {
            List<ParsedFile> decoded = new ArrayList<>();
            for (SourceFile source : sources) {
                decoded.add(reading.outcome(source));
            }
            return decoded;
        });

        assertThat(read)
                .hasSize(THREADS)
                .allSatisfy(decoded -> assertThat(decoded).isEqualTo(outcomes));
        assertThat(reading.reused()).isEqualTo(SKILLS);
        assertThat(SnapshotFormat.read(file, context).count()).isEqualTo(SKILLS);
        assertThat(Files.size(file)).as("each outcome written once").isEqualTo(Files.size(writtenByOneThread()));
    }

    private Path writtenByOneThread() {
        Path alone = temp.resolve("alone").resolve("catalog-snapshot.bin");
        OutcomeSnapshot writing = open(alone);
        for (int i = 0; i < SKILLS; i++) {
            writing.add(sources.get(i), outcomes.get(i));
        }
        writing.finish();
        return alone;
    }

    private OutcomeSnapshot open() {
        return open(file);
    }

    private OutcomeSnapshot open(Path file) {
        OutcomeSnapshot snapshot = OutcomeSnapshot.open(file, dir, context);
        snapshot.readWith(OutcomeCodec.of(definitions, CatalogLocales.DEFAULT), definitions);
        return snapshot;
    }

    /** Runs {@code work} on every thread, all released at once, and returns what each returned. */
    private <T> List<T> together(IntFunction<T> work) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return work.apply(thread);
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
