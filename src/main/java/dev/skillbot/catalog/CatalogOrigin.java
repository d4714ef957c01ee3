package dev.skillbot.catalog;

import java.nio.file.Path;

/** Where the catalog's files come from: a local directory, or a clone of a Git remote. */
public interface CatalogOrigin {

    /** Makes the files available (cloning if needed) and returns the catalog directory. */
    Path prepare();

    /** The revision shown for a snapshot whose files hash to {@code contentHash}. */
    default String revision(String contentHash) {
        return contentHash;
    }

    /** A human description, such as the directory or the remote URL and branch. */
    String describe();
}
