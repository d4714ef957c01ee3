package dev.skillbot.suggestion;

import java.time.Duration;

/**
 * @param maxTextLength      longest proposed text (Slack text inputs stop at 3000)
 * @param maxRationaleLength longest rationale
 * @param perUserPerWindow   suggestions one user may send per window
 * @param window             the rate-limit window
 */
public record SuggestionLimits(int maxTextLength, int maxRationaleLength, int perUserPerWindow, Duration window) {

    public static SuggestionLimits defaults() {
        return new SuggestionLimits(3000, 1000, 10, Duration.ofHours(1));
    }
}
