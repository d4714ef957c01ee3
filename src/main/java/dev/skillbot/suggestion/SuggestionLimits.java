package dev.skillbot.suggestion;

import dev.skillbot.command.SuggestionFormBuilder;
import java.time.Duration;

/**
 * @param maxTextLength      longest proposed text (Slack text inputs stop at 3000)
 * @param maxRationaleLength longest rationale
 * @param maxReasonLength    longest rejection reason
 * @param perUserPerWindow   suggestions one user may send per window
 * @param window             the rate-limit window
 */
public record SuggestionLimits(
        int maxTextLength, int maxRationaleLength, int maxReasonLength, int perUserPerWindow, Duration window) {

    public static final int TEXT = SuggestionFormBuilder.MAX_TEXT;
    public static final int RATIONALE = SuggestionFormBuilder.MAX_RATIONALE;
    public static final int REASON = 1000;

    public static SuggestionLimits defaults() {
        return new SuggestionLimits(TEXT, RATIONALE, REASON, 10, Duration.ofHours(1));
    }
}
