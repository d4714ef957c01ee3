package dev.skillbot.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one codec for every button, select and modal id. An id names an {@link Action} and its
 * arguments, such as {@code sb1:show:gitops-practices lead sre}, each read back exactly as written. It never exceeds
 * {@link #MAX_LENGTH} characters, Discord's limit for custom ids (Slack allows 255).
 */
public record ActionId(Action action, List<String> args) {

    public static final int MAX_LENGTH = 100;
    private static final String PREFIX = "sb1";
    private static final char SEPARATOR = ':';

    public enum Action {
        /** Run a command of the shared language; the argument is the command text. */
        SHOW("show"),
        /** Post the card of a command visibly in the channel. */
        SHARE("share"),
        /** Choose from a select; the chosen option carries its own id. */
        PICK("pick"),
        /** Change a set of {@link Choices}: the argument is a command, run with the chosen values appended. */
        CHOOSE("choose"),
        /** Open the suggestion form for a cell: skill, level, role (may be empty). */
        SUGGEST("suggest"),
        /** The suggestion form was submitted: skill. */
        SUBMIT_SUGGESTION("suggested"),
        /** A reviewer approves a proposal: proposal id. */
        APPROVE("approve"),
        /** A reviewer wants to reject a proposal (opens the reason form): proposal id. */
        REJECT("reject"),
        /** The rejection reason form was submitted: proposal id. */
        SUBMIT_REJECTION("rejected"),
        /** Follow or unfollow a skill: skill id. */
        FOLLOW("follow"),
        /** A link button was clicked (Slack tells the app even then): nothing to do but acknowledge. */
        OPEN("open");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        static Optional<Action> byCode(String code) {
            for (Action action : values()) {
                if (action.code.equals(code)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    public ActionId {
        args = List.copyOf(args);
    }

    public static ActionId of(Action action, String... args) {
        ActionId id = new ActionId(action, List.of(args));
        String encoded = id.encode();
        if (encoded.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("action id longer than " + MAX_LENGTH + " characters: " + encoded);
        }
        return id;
    }

    public static boolean fits(Action action, String... args) {
        return new ActionId(action, List.of(args)).encode().length() <= MAX_LENGTH;
    }

    public String encode() {
        StringBuilder id = new StringBuilder(PREFIX).append(SEPARATOR).append(action.code);
        args.forEach(arg -> id.append(SEPARATOR).append(escape(arg)));
        return id.toString();
    }

    /** Decodes an id from a platform payload, which must be treated as untrusted input. */
    public static Optional<ActionId> decode(String encoded) {
        if (encoded == null || encoded.length() > 255 || !encoded.startsWith(PREFIX + SEPARATOR)) {
            return Optional.empty();
        }
        String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        return Action.byCode(parts[1]).map(action -> {
            List<String> args = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                args.add(unescape(parts[i]));
            }
            return new ActionId(action, args);
        });
    }

    /**
     * An argument's separators (and escape character) written as {@code %3A} ({@code %25}), so any text reads back as
     * itself; ids are made of catalog ids and words, which have neither, so they read as they always did.
     */
    private static String escape(String arg) {
        return arg.indexOf(SEPARATOR) < 0 && arg.indexOf('%') < 0
                ? arg
                : arg.replace("%", "%25").replace(":", "%3A");
    }

    private static String unescape(String part) {
        return part.indexOf('%') < 0 ? part : part.replace("%3A", ":").replace("%25", "%");
    }

    public String arg(int index) {
        return index < args.size() ? args.get(index) : "";
    }
}
