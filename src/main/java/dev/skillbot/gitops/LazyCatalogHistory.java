package dev.skillbot.gitops;

import dev.skillbot.suggestion.Author;
import dev.skillbot.suggestion.CatalogHistory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A catalog history that opens its repository when the first approved edit is recorded, not at
 * start-up: JGit is some 150 classes that starting and serving lookups never need.
 */
final class LazyCatalogHistory implements CatalogHistory {

    private final Supplier<CatalogHistory> open;
    private CatalogHistory history;

    LazyCatalogHistory(Supplier<CatalogHistory> open) {
        this.open = open;
    }

    @Override
    public Outcome commit(Path file, Author author, String message) {
        return history().commit(file, author, message);
    }

    @Override
    public Optional<String> catchUp() {
        return history().catchUp();
    }

    @Override
    public Publication publish() {
        return history().publish();
    }

    @Override
    public void discardUnpublished() {
        history().discardUnpublished();
    }

    @Override
    public Optional<String> commitOf(long proposalId) {
        return history().commitOf(proposalId);
    }

    private synchronized CatalogHistory history() {
        if (history == null) {
            history = open.get();
        }
        return history;
    }
}
