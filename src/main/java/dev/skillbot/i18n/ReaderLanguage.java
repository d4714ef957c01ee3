package dev.skillbot.i18n;

import dev.skillbot.chat.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the language one reader gets, always one of {@link Messages#SUPPORTED}: their own
 * choice ({@link LanguagePreferences}) first, then what their chat platform says (Discord's user
 * locale, Slack's {@code users.info}), then the workspace default. The platform's answer is asked
 * for only when there is no choice, since on Slack it may cost a Web API call.
 */
public final class ReaderLanguage {

    private static final Logger log = LoggerFactory.getLogger(ReaderLanguage.class);
    private static final Optional<String> ENGLISH = Optional.of("en");
    private static final Optional<String> CHINESE = Optional.of("zh-CN");
    /** Tags seen before, with what they mean: few in practice, and capped, since a tag may come from user text. */
    private static final int KNOWN_TAGS_MAX = 64;
    /** What a language range is looked up among: the languages of {@link Messages#SUPPORTED}, without their regions. */
    private static final List<String> LOOKUP_TAGS = List.of("en", "zh");

    private static final Map<String, Optional<String>> KNOWN_TAGS =
            new ConcurrentHashMap<>(Map.of("en", ENGLISH, "zh-CN", CHINESE));

    private final LanguagePreferences preferences;

    public ReaderLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * The reader's language. {@code platformLocale} may answer null or an unsupported tag (such as
     * {@code fr} or Discord's {@code unknown}); {@code workspaceDefault} is used then.
     */
    public String of(
            Platform platform,
            String workspace,
            String user,
            Supplier<String> platformLocale,
            String workspaceDefault) {
        String fallback = supported(workspaceDefault).orElse(Messages.SUPPORTED.get(0));
        return preferred(platform, workspace, user)
                .or(() -> supported(platformLocale.get()))
                .orElse(fallback);
    }

    /**
     * The supported locale a platform's tag means: {@code en}, {@code en-US}, {@code en-GB} are
     * {@code en}; {@code zh-CN}, {@code zh-Hans}, {@code zh_CN}, {@code zh-cmn-Hans-CN} and other Chinese tags are {@code zh-CN}
     * (the one Chinese the bundles hold); anything else is none.
     */
    public static Optional<String> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        // Every answer asks this several times (the reader's tag, the workspace default, the messages); parsing the
        // tag with Locale.forLanguageTag each time was a visible part of a cached Slack answer (docs/performance.md).
        Optional<String> known = KNOWN_TAGS.get(tag);
        if (known != null) {
            return known;
        }
        Optional<String> meant = parse(tag);
        if (KNOWN_TAGS.size() < KNOWN_TAGS_MAX) {
            KNOWN_TAGS.put(tag, meant);
        }
        return meant;
    }

    private static Optional<String> parse(String tag) {
        return negotiate(tag.strip().replace('_', '-'));
    }

    /**
     * The supported language a priority list such as an {@code Accept-Language} header names first, by RFC 4647
     * lookup ({@link Locale#lookupTag}): weights are honoured ({@code q=0} refuses a language) and each range is
     * cut back subtag by subtag, so {@code zh-cmn-Hans-CN}, {@code zh-Hans}, {@code zh-SG} and {@code zh-hans-cn}
     * all reach {@code zh}, the one Chinese the bundles hold ({@code zh-CN}). A malformed list names none.
     */
    public static Optional<String> negotiate(String priorityList) {
        if (priorityList == null || priorityList.isBlank()) {
            return Optional.empty();
        }
        String found;
        try {
            found = Locale.lookupTag(Locale.LanguageRange.parse(priorityList), LOOKUP_TAGS);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return found == null ? Optional.empty() : found.equals("zh") ? CHINESE : ENGLISH;
    }

    private Optional<String> preferred(Platform platform, String workspace, String user) {
        try {
            return preferences.preferred(platform, workspace, user).flatMap(ReaderLanguage::supported);
        } catch (RuntimeException e) {
            log.warn(
                    "Language preferences unavailable ({}), using the platform's locale",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
