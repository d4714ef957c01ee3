package dev.skillbot.observability;

/** A chat platform's connection, reported by its adapter for health and {@code about}. */
public interface PlatformStatus {

    /** "Slack", "Discord", with detail such as the shards, in a few words. */
    String name();

    boolean connected();

    String detail();
}
