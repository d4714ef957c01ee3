package dev.skillbot.catalog;

import java.util.Map;

/** Display labels keyed by locale tag ({@code en}, {@code zh-CN}); English is the fallback. */
public record Labels(Map<String, String> byLocale) {

    public static final String DEFAULT_LOCALE = "en";

    public Labels {
        byLocale = Map.copyOf(byLocale);
    }

    public String get(String localeTag) {
        String label = byLocale.get(localeTag);
        return label != null ? label : english();
    }

    public String english() {
        return byLocale.get(DEFAULT_LOCALE);
    }
}
