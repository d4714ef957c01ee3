package dev.skillbot.discord;

import dev.skillbot.card.Block;
import dev.skillbot.card.Card;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Document;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.card.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A card's content as embed parts: one description (tags and untitled text) and one field per
 * titled section, comparison column or table. Text is escaped here, so lengths are final.
 */
record EmbedContent(Part description, List<Part> fields) {

    private static final String EMPTY_FIELD = "—";
    private static final String TAG_ICON = "🏷️ ";

    static EmbedContent of(Card card) {
        List<String> paragraphs = new ArrayList<>();
        if (!card.tags().isEmpty()) {
            paragraphs.add(
                    TAG_ICON + card.tags().stream().map(DiscordText::escape).collect(Collectors.joining(" · ")));
        }
        List<Part> fields = new ArrayList<>();
        for (Block block : card.blocks()) {
            if (block instanceof Table table) {
                fields.add(new Part(name(table.heading(), List.of()), TableText.render(table), true));
            } else if (block instanceof Section section) {
                addSection(section, paragraphs, fields);
            } else if (block instanceof Diff diff) {
                fields.add(new Part(name(diff.heading(), List.of()), diffText(diff), false));
            } else if (block instanceof Document document) {
                document.sections().forEach(section -> addSection(section, paragraphs, fields));
            }
        }
        return new EmbedContent(new Part(null, String.join("\n\n", paragraphs), false), List.copyOf(fields));
    }

    private static void addSection(Section section, List<String> paragraphs, List<Part> fields) {
        boolean untitled = section.heading().isEmpty() && section.mark() == null;
        if (untitled && section.fields().isEmpty()) {
            if (!section.text().isBlank()) {
                paragraphs.add(
                        Mention.fill(DiscordText.escape(section.text()), section.mentions(), DiscordText::mention));
            }
            return;
        }
        if (section.fields().isEmpty() || !section.text().isBlank()) {
            fields.add(prose(
                    name(
                            section.heading(),
                            Stream.of(section.mark()).filter(Objects::nonNull).toList()),
                    section.text(),
                    section.mentions()));
        }
        for (int i = 0; i < section.fields().size(); i++) {
            Section.Field field = section.fields().get(i);
            List<Mark> marks = new ArrayList<>();
            if (field.mark() != null) {
                marks.add(field.mark());
            }
            boolean last = i == section.fields().size() - 1;
            if (last
                    && section.mark() != null
                    && marks.stream()
                            .noneMatch(
                                    mark -> mark.label().equals(section.mark().label()))) {
                marks.add(section.mark());
            }
            String heading = Stream.of(section.heading(), field.label())
                    .filter(text -> !text.isEmpty())
                    .collect(Collectors.joining(" · "));
            fields.add(prose(name(heading, marks), field.text()));
        }
    }

    /** Removed words struck through, added words in bold. */
    private static String diffText(Diff diff) {
        String text = diff.markedUp("~~", "**", DiscordText::escape);
        return text.isEmpty() ? EMPTY_FIELD : text;
    }

    private static Part prose(String name, String text) {
        return prose(name, text, List.of());
    }

    private static Part prose(String name, String text, List<Mention> mentions) {
        return new Part(
                name,
                text.isBlank()
                        ? EMPTY_FIELD
                        : Mention.fill(DiscordText.escape(text.strip()), mentions, DiscordText::mention),
                false);
    }

    private static String name(String heading, List<Mark> marks) {
        String badges = marks.stream()
                .map(mark -> symbol(mark.kind()) + " " + mark.label())
                .collect(Collectors.joining(" · "));
        String name = heading.isEmpty() ? badges : badges.isEmpty() ? heading : heading + " — " + badges;
        return name.isBlank() ? "\u200B" : DiscordText.clip(DiscordText.escape(name), DiscordLimits.FIELD_NAME);
    }

    private static String symbol(Mark.Kind kind) {
        switch (kind) {
            case REQUIRED:
                return "●";
            case OPTIONAL:
                return "○";
            case NEW:
                return "✚";
            case NEWLY_REQUIRED:
                return "▲";
            default:
                return "ℹ";
        }
    }

    /** One embed part: the description when {@code name} is null, else a field; {@code code} text is shown monospace. */
    record Part(String name, String text, boolean code) {

        private static final String OPEN = "```\n";
        private static final String CLOSE = "\n```";

        int desired() {
            return code ? fence(text).length() : text.length();
        }

        String fit(int max, String marker) {
            if (!code) {
                return DiscordText.fit(text, max, marker);
            }
            if (desired() <= max) {
                return fence(text);
            }
            String tail = "\n" + marker;
            int cut = text.lastIndexOf('\n', max - OPEN.length() - CLOSE.length() - tail.length());
            return cut <= 0 ? DiscordText.clip(marker, max) : fence(text.substring(0, cut)) + tail;
        }

        /** Consecutive raw pieces of the text, each of which renders within {@code max}. */
        List<String> pieces(int max) {
            return code
                    ? DiscordText.split(text, max - OPEN.length() - CLOSE.length(), true)
                    : DiscordText.split(text, max, false);
        }

        String render(String piece) {
            String shown = code ? fence(piece.stripTrailing()) : piece.strip();
            return shown.isEmpty() ? EMPTY_FIELD : shown;
        }

        Part rest(int offset) {
            String rest = text.substring(offset);
            return new Part(name, code ? rest : rest.stripLeading(), code);
        }

        private static String fence(String text) {
            return OPEN + text + CLOSE;
        }
    }
}
