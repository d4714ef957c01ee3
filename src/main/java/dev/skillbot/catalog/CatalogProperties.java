package dev.skillbot.catalog;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog lives and how often it is checked.
 *
 * @param dir          the catalog directory ({@code SKILLBOT_CATALOG_DIR})
 * @param pollInterval how often files are checked when no file event arrives
 * @param debounce     how long to wait after a file event for more edits before reloading
 * @param writeLease   {@code SKILLBOT_CATALOG_WRITE_LEASE}: how long a replica that died writing the catalog keeps the others
 *                     waiting (the lease on writes, in the shared database)
 * @param writeWait    {@code SKILLBOT_CATALOG_WRITE_WAIT}: how long an approved edit waits for that lease
 * @param snapshot     the file of read catalog files that lets a restart read only the files changed since
 */
@ConfigurationProperties("skillbot.catalog")
public record CatalogProperties(
        @DefaultValue(CatalogProperties.DEFAULT_DIR) Path dir,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("300ms") Duration debounce,
        @DefaultValue("2m") Duration writeLease,
        @DefaultValue("60s") Duration writeWait,
        @DefaultValue Snapshot snapshot) {

    /** The bundled catalog, beside the jar. */
    public static final String DEFAULT_DIR = "skills-data";

    /**
     * The catalog snapshot: every skill file's outcome (skill, problems, missing translations) by
     * content hash, and the definitions, written after the first load of each start and read by the
     * next start's. It belongs with the data, never in the catalog.
     *
     * @param enabled {@code SKILLBOT_CATALOG_SNAPSHOT_ENABLED}: whether a start reads and writes the snapshot
     * @param file    {@code SKILLBOT_CATALOG_SNAPSHOT_FILE}: where it is kept; ignored inside the catalog directory
     */
    public record Snapshot(
            @DefaultValue("true") boolean enabled,
            @DefaultValue(Snapshot.DEFAULT_FILE) Path file) {

        /** Beside the embedded database, in {@code ./data/}. */
        public static final String DEFAULT_FILE = "data/catalog-snapshot.bin";
    }
}
