package dev.skillbot.discord;

import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.i18n.ReaderLanguage;
import dev.skillbot.me.UserRef;
import dev.skillbot.suggestion.Author;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Who asked, where and in which language, from a Discord interaction. The member's role ids and
 * permissions are read from the interaction payload itself (JDA's event passthrough): Discord
 * computes them for the channel of the interaction, overwrites included, whatever JDA has cached.
 * The language is the reader's: their own choice, else the locale their Discord client sends with
 * every interaction, else the server's language (English in direct messages).
 */
final class Invocations {

    static final String DIRECT_MESSAGES = UserRef.NO_WORKSPACE;
    private static final String DEFAULT_LOCALE = "en";
    private static final long MANAGES_CHANNEL =
            Permission.MANAGE_CHANNEL.getRawValue() | Permission.ADMINISTRATOR.getRawValue();

    private final ReaderLanguage language;

    Invocations(ReaderLanguage language) {
        this.language = language;
    }

    Invocation of(GenericInteractionCreateEvent event, Invocation.Origin origin) {
        return new Invocation(
                Platform.DISCORD,
                workspace(event),
                event.getChannelId(),
                event.getUser().getId(),
                locale(event),
                origin,
                (permissions(event) & MANAGES_CHANNEL) != 0);
    }

    /** The reader's language, one of the supported locales, for any interaction (autocomplete, modals and refusals too). */
    String locale(GenericInteractionCreateEvent event) {
        return language.of(
                Platform.DISCORD,
                workspace(event),
                event.getUser().getId(),
                () -> event.getUserLocale().getLocale(),
                workspaceLocale(event));
    }

    /** The member's role ids in the guild of the interaction; none in direct messages. */
    static Set<String> roleIds(GenericInteractionCreateEvent event) {
        return member(event).flatMap(member -> member.optArray("roles")).orElseGet(DataArray::empty).stream(
                        DataArray::getString)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The user, credited by the name the server shows. */
    static Author author(GenericInteractionCreateEvent event) {
        String name = event.getMember() != null
                ? event.getMember().getEffectiveName()
                : event.getUser().getEffectiveName();
        return new Author(Platform.DISCORD, workspace(event), event.getUser().getId(), name);
    }

    /** The language of the server the interaction comes from, for a reader whose own is not supported; English in DMs. */
    private static String workspaceLocale(GenericInteractionCreateEvent event) {
        return event.getGuild() != null ? event.getGuildLocale().getLocale() : DEFAULT_LOCALE;
    }

    private static String workspace(GenericInteractionCreateEvent event) {
        return event.getGuild() != null ? event.getGuild().getId() : DIRECT_MESSAGES;
    }

    /** The member's permissions in the interaction's channel, as Discord computed them; none in DMs. */
    private static long permissions(GenericInteractionCreateEvent event) {
        return member(event)
                .map(member -> member.getString("permissions", "0"))
                .map(Invocations::parse)
                .orElse(0L);
    }

    private static Optional<DataObject> member(GenericInteractionCreateEvent event) {
        DataObject raw = event.getRawData();
        return raw == null ? Optional.empty() : raw.optObject("d").flatMap(data -> data.optObject("member"));
    }

    private static long parse(String permissions) {
        try {
            return Long.parseUnsignedLong(permissions);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
