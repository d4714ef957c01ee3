package dev.skillbot.card;

import java.util.List;

/**
 * A platform-neutral answer: a header, a context line, tags, content blocks and controls.
 * All text is plain; every renderer escapes it for its platform.
 *
 * @param kind     what the card shows, so renderers can pick colours and icons
 * @param title    the header, such as "GitOps Practices · Senior"
 * @param context  short facts shown as one line (domain › group, counts, updated, revision)
 * @param tags     the skill's tags, or none
 * @param blocks   sections and tables, in order
 * @param controls buttons and selects, in order
 * @param fallback a one-line summary for notifications and plain-text clients
 */
public record Card(
        Kind kind,
        String title,
        List<String> context,
        List<String> tags,
        List<Block> blocks,
        List<Control> controls,
        String fallback) {

    public enum Kind {
        LEVEL,
        OVERVIEW,
        COMPARISON,
        SEARCH,
        LIST,
        HELP,
        DID_YOU_MEAN,
        /** The words named several skills ({@code terraform kubernetes}): an answer that asks which one. */
        WHICH_SKILL,
        ERROR,
        REVIEW,
        PROPOSALS,
        NOTICE,
        DIGEST,
        CHECKLIST
    }

    public Card {
        context = List.copyOf(context);
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        controls = List.copyOf(controls);
    }

    /** Every action id on the card, including select options. */
    public List<ActionId> actionIds() {
        return controls.stream()
                .flatMap(control -> control.actionIds().stream())
                .toList();
    }
}
