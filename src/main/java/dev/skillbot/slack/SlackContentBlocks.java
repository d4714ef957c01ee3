package dev.skillbot.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.skillbot.card.Block;
import dev.skillbot.card.Diff;
import dev.skillbot.card.Document;
import dev.skillbot.card.Mark;
import dev.skillbot.card.Mention;
import dev.skillbot.card.Section;
import dev.skillbot.card.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A card's content as Block Kit blocks: one section per content section (with up to 10 fields),
 * tables as monospace code blocks split across sections when long, diffs as mrkdwn. Every text is
 * escaped and cut to its limit (3000 per section, 2000 per field, 150 per heading) with a visible
 * marker; how many blocks fit in the message is {@link SlackCardRenderer}'s call.
 */
final class SlackContentBlocks {

    static final int FIELDS_MAX = 10;
    static final int FIELD_MAX = 2000;
    static final int HEADING_MAX = 150;
    private static final int SECTION_MAX = SlackCardRenderer.SECTION_MAX;
    private static final String CODE = "```";

    /** Ends a cut text; escaped, as it is appended to escaped text. */
    private final String truncated;

    SlackContentBlocks(String truncated) {
        this.truncated = truncated;
    }

    List<LayoutBlock> render(List<Block> blocks) {
        List<LayoutBlock> content = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Section section) {
                section(section, content);
            } else if (block instanceof Table table) {
                table(table, content);
            } else if (block instanceof Diff diff) {
                content.add(SectionBlock.builder()
                        .text(SlackText.markdown(SlackDiff.mrkdwn(diff, SECTION_MAX, truncated)))
                        .build());
            } else if (block instanceof Document document) {
                document.sections().forEach(section -> section(section, content));
            }
        }
        return content;
    }

    private void section(Section section, List<LayoutBlock> out) {
        String text = Mention.fill(
                withBody(headLine(section.heading(), section.mark()), section.text(), SECTION_MAX),
                section.mentions(),
                SlackText::mention);
        List<TextObject> fields = section.fields().stream()
                .limit(FIELDS_MAX)
                .map(field -> (TextObject)
                        SlackText.markdown(withBody(headLine(field.label(), field.mark()), field.text(), FIELD_MAX)))
                .toList();
        if (text.isEmpty() && fields.isEmpty()) {
            return;
        }
        out.add(SectionBlock.builder()
                .text(text.isEmpty() ? null : SlackText.markdown(text))
                .fields(fields.isEmpty() ? null : fields)
                .build());
    }

    private static String headLine(String heading, Mark mark) {
        String bold =
                heading.isBlank() ? "" : "*" + SlackText.fit(heading.strip(), HEADING_MAX, SlackText.ELLIPSIS) + "*";
        if (mark == null) {
            return bold;
        }
        String italic = "_" + SlackText.fit(mark.label().strip(), HEADING_MAX, SlackText.ELLIPSIS) + "_";
        return bold.isEmpty() ? italic : bold + "  ·  " + italic;
    }

    /** The head line, then as much of the body as fits in {@code max} characters. */
    private String withBody(String headLine, String body, int max) {
        if (body.isBlank()) {
            return headLine;
        }
        if (headLine.isEmpty()) {
            return SlackText.fit(body, max, truncated);
        }
        return headLine + "\n" + SlackText.fit(body, max - headLine.length() - 1, truncated);
    }

    /** A table as monospace code blocks, split across sections when long, and its legend below. */
    private static void table(Table table, List<LayoutBlock> out) {
        String heading = table.heading().isBlank()
                ? ""
                : "*" + SlackText.fit(table.heading(), HEADING_MAX, SlackText.ELLIPSIS) + "*\n";
        int lineMax = SECTION_MAX - heading.length() - 2 * CODE.length();
        StringBuilder chunk = new StringBuilder(heading).append(CODE);
        boolean empty = true;
        for (String line : table.alignedLines(2)) {
            String fitted = SlackText.fit(line, lineMax, SlackText.ELLIPSIS);
            if (!empty && chunk.length() + 1 + fitted.length() + CODE.length() > SECTION_MAX) {
                out.add(SectionBlock.builder()
                        .text(SlackText.markdown(chunk.append(CODE).toString()))
                        .build());
                chunk = new StringBuilder(CODE);
                empty = true;
            }
            chunk.append(empty ? "" : "\n").append(fitted);
            empty = false;
        }
        out.add(SectionBlock.builder()
                .text(SlackText.markdown(chunk.append(CODE).toString()))
                .build());
        if (!table.legend().isBlank()) {
            out.add(context(table.legend()));
        }
    }

    static ContextBlock context(String raw) {
        return ContextBlock.builder()
                .elements(List.of(SlackText.plain(raw, SlackCardRenderer.CONTEXT_MAX)))
                .build();
    }
}
