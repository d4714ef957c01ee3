package dev.skillbot.chat;

/** Where an invocation came from. */
public enum Platform {
    SLACK,
    DISCORD,
    CLI
}
