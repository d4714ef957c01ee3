package dev.skillbot.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * The one level or role a mistyped word is closest to ("senor", "principle", "sreee"): within one edit for words
 * up to six letters and two from seven on, and closer to it than to any other level or role. Words under four
 * letters are too short to tell a typo from another word.
 */
final class NearWords {

    static final int SHORTEST = 4;

    private final EditDistance distance = new EditDistance();
    private final String word;
    private final int allowed;
    private int best;
    private Object target;
    private String key;
    private boolean tied;

    private NearWords(String word) {
        this.word = word;
        this.allowed = word.length() <= 6 ? 1 : 2;
        this.best = allowed + 1;
    }

    /** The key, among both maps', of the level or role {@code word} (a compact key) was meant to be. */
    static Optional<String> closest(String word, Map<String, Level> levels, Map<String, Role> roles) {
        if (word.length() < SHORTEST || levels.containsKey(word) || roles.containsKey(word)) {
            return Optional.empty();
        }
        NearWords near = new NearWords(word);
        levels.forEach(near::consider);
        roles.forEach(near::consider);
        return near.tied || near.target == null ? Optional.empty() : Optional.of(near.key);
    }

    private void consider(String candidate, Object meant) {
        int found = EditDistance.whole(distance.distances(word, candidate, allowed));
        if (found < best) {
            best = found;
            target = meant;
            key = candidate;
            tied = false;
        } else if (found == best && found <= allowed && meant != target) {
            tied = true;
        }
    }
}
