package dev.skillbot.command;

/**
 * Who asked, where, in which language, and how: everything the core needs to know about a
 * platform event, and nothing platform-specific.
 */
public record Invocation(Platform platform, String workspace, String channel, String user, String locale, Origin origin) {

    public enum Origin { COMMAND, BUTTON, SELECT, AUTOCOMPLETE }

    public static Invocation cli(String locale) {
        return new Invocation(Platform.CLI, "local", "terminal", System.getProperty("user.name", "user"), locale, Origin.COMMAND);
    }
}
