package dev.skillbot.discord.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * INTERACTION_CREATE payloads shaped as in Discord's documentation: slash commands in a guild or a
 * DM, autocomplete, button clicks and string selects on a message of the bot, and modal
 * submissions. A guild channel carries {@code permissions}, as Discord sends it and as JDA
 * requires; the member carries role ids and permissions in the channel, which {@link #by} sets.
 */
public final class Interactions {

    public static final String GUILD_ID = "555555555555555555";
    public static final String USER_ID = "666666666666666666";
    public static final String DM_CHANNEL_ID = "777777777777777777";
    private static final String COMMAND_ID = "888888888888888888";
    /** What Discord sends for an ordinary member: viewing, posting, reading history; not Manage Channels. */
    static final String PERMISSIONS = "2248473465835073";
    /** Manage Channels (1 << 4). */
    public static final long MANAGE_CHANNELS = 1L << 4;

    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    /** Snowflakes of now: JDA refuses to follow up interactions whose id says they are older than 15 minutes. */
    private static final AtomicLong IDS = new AtomicLong(snowflakeOfNow());

    private Interactions() {}

    /** A new id, unique and of the current time even in a run that outlasts 15 minutes. */
    private static long nextId() {
        return IDS.updateAndGet(last -> Math.max(last + 1, snowflakeOfNow()));
    }

    private static long snowflakeOfNow() {
        return (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
    }

    public static DataObject slash(String subcommand, Map<String, String> options) {
        return slashIn(GUILD_ID, subcommand, options);
    }

    public static DataObject slashIn(String guildId, String subcommand, Map<String, String> options) {
        return base(2, command(subcommand, options, null), guildId);
    }

    /** A subcommand of a group, such as {@code /skill me set role:sre level:senior}, in the guild. */
    public static DataObject slashInGroup(String group, String subcommand, Map<String, String> options) {
        DataObject command = command(subcommand, options, null);
        DataObject grouped =
                DataObject.empty().put("name", group).put("type", 2).put("options", command.getArray("options"));
        return base(2, command.put("options", DataArray.empty().add(grouped)), GUILD_ID);
    }

    public static DataObject slashInDm(String subcommand, Map<String, String> options) {
        return base(2, command(subcommand, options, null), null);
    }

    public static DataObject autocomplete(String subcommand, Map<String, String> options, String focused) {
        return base(4, command(subcommand, options, focused), GUILD_ID);
    }

    public static DataObject button(String customId, boolean ephemeralMessage) {
        DataObject button = DataObject.empty()
                .put("type", 2)
                .put("style", 2)
                .put("label", "button")
                .put("custom_id", customId);
        return component(
                DataObject.empty().put("custom_id", customId).put("component_type", 2), button, ephemeralMessage);
    }

    public static DataObject select(String customId, String value, boolean ephemeralMessage) {
        DataObject select = DataObject.empty()
                .put("type", 3)
                .put("custom_id", customId)
                .put("min_values", 1)
                .put("max_values", 1)
                .put(
                        "options",
                        DataArray.empty()
                                .add(DataObject.empty().put("label", "option").put("value", value)));
        DataObject data = DataObject.empty()
                .put("custom_id", customId)
                .put("component_type", 3)
                .put("values", DataArray.empty().add(value));
        return component(data, select, ephemeralMessage);
    }

    /** A change of a multi-select (min 0): the values chosen after it, all of them, as Discord sends them. */
    public static DataObject multiSelect(DataObject shown, java.util.List<String> values, boolean ephemeralMessage) {
        DataArray chosen = DataArray.empty();
        values.forEach(chosen::add);
        DataObject data = DataObject.empty()
                .put("custom_id", shown.getString("custom_id"))
                .put("component_type", 3)
                .put("values", chosen);
        return component(data, shown, ephemeralMessage);
    }

    private static DataObject component(DataObject data, DataObject shown, boolean ephemeralMessage) {
        DataObject sent = DataObject.empty()
                .put(
                        "components",
                        DataArray.empty()
                                .add(DataObject.empty()
                                        .put("type", 1)
                                        .put("components", DataArray.empty().add(shown))));
        return base(3, data, GUILD_ID)
                .put(
                        "message",
                        FakeDiscord.message(
                                String.valueOf(nextId()), FakeDiscord.CHANNEL_ID, sent, ephemeralMessage ? 64 : 0));
    }

    /**
     * A submitted modal (type 5): text inputs and string selects, each in a label, as Discord sends
     * them. A modal opened from a button carries that button's message.
     */
    public static DataObject modalSubmit(
            String customId, Map<String, String> texts, Map<String, String> choices, boolean fromMessage) {
        DataArray components = DataArray.empty();
        texts.forEach((id, value) -> components.add(
                label(DataObject.empty().put("type", 4).put("custom_id", id).put("value", value))));
        choices.forEach((id, value) -> components.add(label(DataObject.empty()
                .put("type", 3)
                .put("custom_id", id)
                .put("values", DataArray.empty().add(value)))));
        DataObject interaction =
                base(5, DataObject.empty().put("custom_id", customId).put("components", components), GUILD_ID);
        if (fromMessage) {
            DataObject sent = DataObject.empty().put("components", DataArray.empty());
            interaction.put("message", FakeDiscord.message(String.valueOf(nextId()), FakeDiscord.CHANNEL_ID, sent, 0));
        }
        return interaction;
    }

    /** A label and its input, each with the numeric id Discord gives every component of a modal. */
    private static DataObject label(DataObject child) {
        int id = (int) (nextId() % 100_000);
        return DataObject.empty().put("type", 18).put("id", id).put("component", child.put("id", id + 1));
    }

    /** The same interaction by another member: user id and name, role ids, and permissions in the channel. */
    public static DataObject by(
            DataObject interaction, String userId, String name, List<String> roleIds, long permissions) {
        DataObject member = member(user(userId, name))
                .put("roles", DataArray.fromCollection(roleIds))
                .put("permissions", Long.toUnsignedString(permissions));
        return interaction.put("member", member);
    }

    /** The same interaction from another channel of the guild (such as the review channel). */
    public static DataObject in(DataObject interaction, String channelId) {
        interaction
                .put("channel_id", channelId)
                .put("channel", textChannel(interaction.getString("guild_id"), channelId));
        interaction.optObject("message").ifPresent(message -> message.put("channel_id", channelId));
        return interaction;
    }

    /** The same interaction sent in a direct message with the bot (Discord routes those to shard 0). */
    public static DataObject inDirectMessage(DataObject interaction) {
        DataObject direct = base(interaction.getInt("type"), interaction.getObject("data"), null);
        return direct.put("id", interaction.getString("id")).put("token", interaction.getString("token"));
    }

    /** The same interaction sent by another user in their direct messages with the bot, such as a click on a button the bot sent there. */
    public static DataObject inDirectMessage(DataObject interaction, String userId, String name) {
        DataObject direct = inDirectMessage(interaction);
        interaction
                .optObject("message")
                .ifPresent(message -> direct.put("message", message.put("channel_id", DM_CHANNEL_ID)));
        direct.put("user", user(userId, name));
        direct.getObject("channel").put("recipients", DataArray.empty().add(user(userId, name)));
        return direct;
    }

    /**
     * A slash command whose option {@code name} is a User option (type 6) naming {@code userId}, with
     * the user in {@code resolved}, as Discord sends a picked member.
     */
    public static DataObject withUserOption(DataObject interaction, String name, String userId) {
        DataObject data = interaction.getObject("data");
        userOption(data.getArray("options"), name, userId);
        data.put(
                "resolved",
                DataObject.empty().put("users", DataObject.empty().put(userId, user(userId, "user-" + userId))));
        return interaction;
    }

    private static void userOption(DataArray options, String name, String userId) {
        for (int i = 0; i < options.length(); i++) {
            DataObject option = options.getObject(i);
            if (option.hasKey("options")) {
                userOption(option.getArray("options"), name, userId);
            } else if (option.getString("name").equals(name)) {
                option.put("type", 6).put("value", userId);
            }
        }
    }

    /** An ordinary member's permissions plus the given ones. */
    public static long permissionsWith(long extra) {
        return Long.parseUnsignedLong(PERMISSIONS) | extra;
    }

    private static DataObject command(String subcommand, Map<String, String> options, String focused) {
        DataArray values = DataArray.empty();
        options.forEach((name, value) -> {
            DataObject option =
                    DataObject.empty().put("name", name).put("type", 3).put("value", value);
            if (name.equals(focused)) {
                option.put("focused", true);
            }
            values.add(option);
        });
        DataObject sub =
                DataObject.empty().put("name", subcommand).put("type", 1).put("options", values);
        return DataObject.empty()
                .put("id", COMMAND_ID)
                .put("name", "skill")
                .put("type", 1)
                .put("options", DataArray.empty().add(sub));
    }

    private static DataObject base(int type, DataObject data, String guildId) {
        String id = String.valueOf(nextId());
        DataObject interaction = DataObject.empty()
                .put("id", id)
                .put("application_id", FakeDiscord.APPLICATION_ID)
                .put("type", type)
                .put("data", data)
                .put("token", "token-" + id)
                .put("version", 1)
                .put("locale", "en-US")
                .put("app_permissions", PERMISSIONS)
                .put("entitlements", DataArray.empty());
        if (guildId == null) {
            return interaction
                    .put("channel_id", DM_CHANNEL_ID)
                    .put("context", 1)
                    .put("user", user())
                    .put(
                            "channel",
                            DataObject.empty()
                                    .put("id", DM_CHANNEL_ID)
                                    .put("type", 1)
                                    .put("flags", 0)
                                    .put("last_message_id", null)
                                    .put("recipients", DataArray.empty().add(user())))
                    .put("authorizing_integration_owners", DataObject.empty().put("0", "0"));
        }
        return interaction
                .put("channel_id", FakeDiscord.CHANNEL_ID)
                .put("context", 0)
                .put("guild_id", guildId)
                .put("guild_locale", "en-US")
                .put(
                        "guild",
                        DataObject.empty()
                                .put("id", guildId)
                                .put("locale", "en-US")
                                .put("features", DataArray.empty()))
                .put("channel", textChannel(guildId, FakeDiscord.CHANNEL_ID))
                .put("member", member(user()))
                .put("authorizing_integration_owners", DataObject.empty().put("0", guildId));
    }

    static DataObject textChannel(String guildId, String channelId) {
        return DataObject.empty()
                .put("id", channelId)
                .put("type", 0)
                .put("guild_id", guildId)
                .put("name", "channel-" + channelId)
                .put("position", 0)
                .put("permission_overwrites", DataArray.empty())
                .put("nsfw", false)
                .put("parent_id", null)
                .put("last_message_id", null)
                .put("rate_limit_per_user", 0)
                .put("topic", null)
                .put("flags", 0)
                .put("permissions", PERMISSIONS);
    }

    private static DataObject user() {
        return user(USER_ID, "Alice");
    }

    static DataObject user(String id, String name) {
        return DataObject.empty()
                .put("id", id)
                .put("username", name.toLowerCase(java.util.Locale.ROOT))
                .put("discriminator", "0")
                .put("global_name", name)
                .put("avatar", null)
                .put("public_flags", 0);
    }

    private static DataObject member(DataObject user) {
        return DataObject.empty()
                .put("user", user)
                .put("roles", DataArray.empty())
                .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .put("nick", null)
                .put("avatar", null)
                .put("premium_since", null)
                .put("communication_disabled_until", null)
                .put("permissions", PERMISSIONS);
    }
}
