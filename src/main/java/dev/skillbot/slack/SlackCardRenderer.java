package dev.skillbot.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.skillbot.card.Card;
import dev.skillbot.card.LinkButton;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a card as a Block Kit message: header, context line, tags, the content
 * ({@link SlackContentBlocks}), then the controls ({@link SlackControls}). Every text is escaped, and every limit
 * (50 blocks, 3000 per section, 10 fields of 2000, header 150, ...) holds for any card: long
 * texts are cut and surplus blocks dropped, each with a visible marker.
 */
public final class SlackCardRenderer {

    static final int MAX_BLOCKS = 50;
    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final int CONTEXT_MAX = 3000;
    private static final String TAG = "🏷 ";
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Stands in for the blocks dropped to keep within 50. */
    private final String dropped;

    private final SlackContentBlocks content;
    private final SlackControls controls = new SlackControls();
    private static final Map<String, SlackCardRenderer> BY_LOCALE = new ConcurrentHashMap<>();

    /** English markers, as {@code ask --format slack} prints them. */
    public SlackCardRenderer() {
        this(Messages.forLocale("en"));
    }

    public SlackCardRenderer(Messages messages) {
        this.dropped = messages.get(MessageKey.TRUNCATED);
        this.content = new SlackContentBlocks(SlackText.escape(dropped));
    }

    /** The renderer whose markers are in {@code locale}: one per supported locale, shared. */
    static SlackCardRenderer forLocale(String locale) {
        return BY_LOCALE.computeIfAbsent(
                Messages.forLocale(locale).localeTag(), tag -> new SlackCardRenderer(Messages.forLocale(tag)));
    }

    /**
     * The JSON a slash command is acknowledged with, byte for byte: what {@code ask --format slack}
     * prints. Non-ASCII characters are written as JSON unicode escapes.
     */
    public String json(Card card) {
        return asciiOnly(GSON.toJson(ephemeral(card)));
    }

    /** Writes every non-ASCII character as a JSON escape: the same JSON, but cheap to encode for any server. */
    static String asciiOnly(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(json.length() + 256).append(json, 0, i);
            }
            out.append("\\u")
                    .append(HEX[c >> 12])
                    .append(HEX[(c >> 8) & 0xf])
                    .append(HEX[(c >> 4) & 0xf])
                    .append(HEX[c & 0xf]);
        }
        return out == null ? json : out.toString();
    }

    /** The private answer to a slash command, sent in the ack. */
    SlashCommandResponse ephemeral(Card card) {
        return SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(text(card))
                .blocks(blocks(card))
                .build();
    }

    /** Replaces the card a button or select was used on. */
    ActionResponse replacing(Card card) {
        return ActionResponse.builder()
                .replaceOriginal(true)
                .text(text(card))
                .blocks(blocks(card))
                .build();
    }

    /** Posts a card for everyone in the channel. */
    ActionResponse inChannel(Card card) {
        return ActionResponse.builder()
                .responseType("in_channel")
                .text(text(card))
                .blocks(blocks(card))
                .build();
    }

    /** The notification text shown where blocks cannot be. */
    String text(Card card) {
        return SlackText.fit(card.fallback(), SECTION_MAX, SlackText.ELLIPSIS);
    }

    /** The card as a link unfurls into it: its content and its "Open in browser" link, no buttons that act. */
    List<LayoutBlock> compact(Card card) {
        return blocks(new Card(
                card.kind(),
                card.title(),
                card.context(),
                card.tags(),
                card.blocks(),
                card.controls().stream().filter(LinkButton.class::isInstance).toList(),
                card.fallback()));
    }

    /**
     * The card as messages of at most 50 blocks each, for an answer that may take several (a long
     * export through a response_url): the header opens the first, the controls close the last, and
     * only what {@code maxMessages} cannot hold is dropped, with the marker. One message when it fits.
     */
    List<List<LayoutBlock>> messages(Card card, int maxMessages) {
        List<LayoutBlock> actions = controls.render(card.controls());
        List<List<LayoutBlock>> messages = new ArrayList<>();
        List<LayoutBlock> current = new ArrayList<>(head(card));
        for (LayoutBlock block : content.render(card.blocks())) {
            if (current.size() == MAX_BLOCKS) {
                messages.add(current);
                current = new ArrayList<>();
            }
            current.add(block);
        }
        if (current.size() + actions.size() > MAX_BLOCKS) {
            messages.add(current);
            current = new ArrayList<>();
        }
        current.addAll(actions);
        messages.add(current);
        if (messages.size() > maxMessages) {
            List<LayoutBlock> last = messages.get(maxMessages - 1);
            last = new ArrayList<>(last.subList(0, Math.min(last.size(), MAX_BLOCKS - actions.size() - 1)));
            last.add(SlackContentBlocks.context(dropped));
            last.addAll(actions);
            messages = new ArrayList<>(messages.subList(0, maxMessages - 1));
            messages.add(last);
        }
        return messages;
    }

    List<LayoutBlock> blocks(Card card) {
        List<LayoutBlock> head = head(card);
        List<LayoutBlock> actions = controls.render(card.controls());
        List<LayoutBlock> content = this.content.render(card.blocks());
        int room = MAX_BLOCKS - head.size() - actions.size();
        if (content.size() > room) {
            content = new ArrayList<>(content.subList(0, Math.max(0, room - 1)));
            content.add(SlackContentBlocks.context(dropped));
        }
        List<LayoutBlock> blocks = new ArrayList<>(head);
        blocks.addAll(content);
        blocks.addAll(actions);
        return blocks;
    }

    private static List<LayoutBlock> head(Card card) {
        List<LayoutBlock> head = new ArrayList<>();
        head.add(HeaderBlock.builder()
                .text(SlackText.plain(card.title(), HEADER_MAX))
                .build());
        if (!card.context().isEmpty()) {
            head.add(SlackContentBlocks.context(String.join(" · ", card.context())));
        }
        if (!card.tags().isEmpty()) {
            head.add(SlackContentBlocks.context(TAG + String.join(" · ", card.tags())));
        }
        return head;
    }
}
