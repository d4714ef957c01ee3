package dev.skillbot.web;

import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of the web pages in one language: the page's own words from the {@code i18n/web}
 * bundles, and the chat's shared words (marks, search phrases) from {@link Messages}. A key
 * missing from a bundle fails loudly in tests ({@code WebLabelsTest}) rather than showing itself.
 */
public final class Labels {

    static final String DEFAULT = "en";
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final Messages messages;
    private final ResourceBundle bundle;

    private Labels(Messages messages) {
        this.messages = messages;
        this.bundle = ResourceBundle.getBundle(
                "i18n.web",
                Locale.forLanguageTag(messages.localeTag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels of(String localeTag) {
        Messages messages = Messages.forLocale(localeTag);
        return CACHE.computeIfAbsent(messages.localeTag(), tag -> new Labels(messages));
    }

    public String lang() {
        return messages.localeTag();
    }

    /** A page label; arguments fill a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0
                ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.forLanguageTag(lang())).format(args);
    }

    public String chat(MessageKey key, Object... args) {
        return messages.get(key, args);
    }

    java.util.Set<String> keys() {
        return bundle.keySet();
    }

    Messages messages() {
        return messages;
    }
}
