package dev.skillbot.command;

import java.time.Instant;
import java.util.List;

/**
 * What {@code about} shows: the running version, where the catalog comes from, its last reload,
 * whether the catalog's Git work tree drifted from its remote, and which platforms are connected.
 */
public record AboutInfo(
        String version,
        String catalogSource,
        Instant lastReload,
        boolean lastReloadSucceeded,
        List<String> lastReloadProblems,
        String drift,
        List<String> platforms) {

    public AboutInfo {
        lastReloadProblems = List.copyOf(lastReloadProblems);
        platforms = List.copyOf(platforms);
    }
}
