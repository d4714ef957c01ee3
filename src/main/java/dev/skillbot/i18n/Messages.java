package dev.skillbot.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Localised labels from the {@code i18n/messages} bundles, English and Simplified Chinese. */
public final class Messages {

    public static final List<String> SUPPORTED = List.of("en", "zh-CN");
    /** The base name of the message bundles, for whatever else reads them (such as Discord's command localisation). */
    public static final String BUNDLE = "i18n.messages";

    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String localeTag;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<MessageKey, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(String localeTag) {
        this.localeTag = localeTag;
        this.locale = Locale.forLanguageTag(localeTag);
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages for a supported locale; anything else (including {@code zh-TW}, {@code fr}) gets English, or Chinese for {@code zh*}. */
    public static Messages forLocale(String requested) {
        return CACHE.computeIfAbsent(supported(requested), Messages::new);
    }

    static String supported(String requested) {
        return ReaderLanguage.supported(requested).orElse(SUPPORTED.get(0));
    }

    public String localeTag() {
        return localeTag;
    }

    public String get(MessageKey key, Object... args) {
        if (args.length == 0) {
            return bundle.getString(key.key()).replace("''", "'");
        }
        // Parsing a pattern costs more than formatting it: parse once, and format a copy (MessageFormat is not
        // thread-safe).
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k.key()), locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** True when the bundle for this locale itself (not a parent) defines the key. */
    public boolean defines(String key) {
        return bundle.keySet().contains(key)
                && bundle.getString(key) != null
                && !bundle.getString(key).isBlank();
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
