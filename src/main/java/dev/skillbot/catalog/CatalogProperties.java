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
 */
@ConfigurationProperties("skillbot.catalog")
public record CatalogProperties(
        @DefaultValue("skills-data") Path dir,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("300ms") Duration debounce) {
}
