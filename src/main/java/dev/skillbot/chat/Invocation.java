package dev.skillbot.chat;

/**
 * Who asked, where, in which language, and how: everything the core needs to know about a
 * platform event, and nothing platform-specific. {@code organisation} is the organisation the workspace belongs to
 * when the platform says so (a Slack Enterprise Grid's enterprise id, whose user ids name one person in every
 * workspace of the org), else empty.
 */
public record Invocation(
        Platform platform,
        String workspace,
        String channel,
        String user,
        String locale,
        Origin origin,
        boolean channelAdmin,
        String organisation) {

    public Invocation {
        organisation = organisation == null ? "" : organisation;
    }

    /** An invocation in a workspace of no organisation the platform names. */
    public Invocation(
            Platform platform,
            String workspace,
            String channel,
            String user,
            String locale,
            Origin origin,
            boolean channelAdmin) {
        this(platform, workspace, channel, user, locale, origin, channelAdmin, "");
    }

    public enum Origin {
        COMMAND,
        BUTTON,
        SELECT,
        AUTOCOMPLETE,
        /** An answer posted for everyone in the channel (a Share button, a link's unfurl): never personal. */
        PUBLIC
    }

    /** An invocation by someone who may not change the channel's settings (such as its digest). */
    public Invocation(Platform platform, String workspace, String channel, String user, String locale, Origin origin) {
        this(platform, workspace, channel, user, locale, origin, false);
    }

    public static Invocation cli(String locale) {
        return new Invocation(
                Platform.CLI,
                "local",
                "terminal",
                System.getProperty("user.name", "user"),
                locale,
                Origin.COMMAND,
                true);
    }
}
