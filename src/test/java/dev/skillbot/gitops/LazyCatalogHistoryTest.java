package dev.skillbot.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.CatalogHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenedOnFirstUseTest {

    private static final Author AUTHOR = new Author(Platform.SLACK, "T1", "U1", "Ada");

    @Test
    void opensTheHistoryOnTheFirstRecordOnlyAndPassesEveryRecordOn() {
        AtomicInteger opened = new AtomicInteger();
        List<String> recorded = new ArrayList<>();
        CatalogHistory history = new LazyCatalogHistory(() -> {
            opened.incrementAndGet();
            return (file, author, message) -> {
                recorded.add(file + " " + author.displayName() + " " + message);
                return CatalogHistory.Outcome.committed("c" + recorded.size());
            };
        });
        assertThat(opened).hasValue(0);

        CatalogHistory.Outcome first = history.commit(Path.of("a.yml"), AUTHOR, "one");
        CatalogHistory.Outcome second = history.commit(Path.of("b.yml"), AUTHOR, "two");

        assertThat(opened).hasValue(1);
        assertThat(first.commitId()).isEqualTo("c1");
        assertThat(second.commitId()).isEqualTo("c2");
        assertThat(recorded).containsExactly("a.yml Ada one", "b.yml Ada two");
    }
}
