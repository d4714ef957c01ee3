package dev.skillbot.observability;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.catalog.Problem;
import dev.skillbot.catalog.ReloadStatus;
import dev.skillbot.command.AboutInfo;
import dev.skillbot.gitops.GitDrift;
import java.util.List;
import java.util.function.Supplier;

/** Gathers what {@code about} shows from the reloader, the catalog's Git work tree and the platform adapters. */
public final class AboutProvider implements Supplier<AboutInfo> {

    private final String version;
    private final CatalogReloader catalogs;
    private final Supplier<String> catalogSource;
    private final List<PlatformStatus> platforms;

    public AboutProvider(
            String version, CatalogReloader catalogs, Supplier<String> catalogSource, List<PlatformStatus> platforms) {
        this.version = version;
        this.catalogs = catalogs;
        this.catalogSource = catalogSource;
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public AboutInfo get() {
        ReloadStatus status = catalogs.status();
        List<String> connected = platforms.stream()
                .map(platform -> platform.name()
                        + (platform.connected() ? "" : " (not connected)")
                        + (platform.detail().isBlank() ? "" : " " + platform.detail()))
                .toList();
        return new AboutInfo(
                version,
                catalogSource.get(),
                status.at(),
                status.succeeded(),
                status.problems().stream().map(Problem::toString).toList(),
                GitDrift.describe(catalogs.dir()).orElse(""),
                connected);
    }
}
