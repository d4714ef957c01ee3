package dev.skillbot.discord;

import static dev.skillbot.discord.DiscordLimits.EMBEDS;
import static dev.skillbot.discord.DiscordLimits.EMBED_DESCRIPTION;
import static dev.skillbot.discord.DiscordLimits.EMBED_FIELDS;
import static dev.skillbot.discord.DiscordLimits.EMBED_TITLE;
import static dev.skillbot.discord.DiscordLimits.FIELD_VALUE;
import static dev.skillbot.discord.DiscordLimits.FOOTER;
import static dev.skillbot.discord.DiscordLimits.MESSAGE_EMBED_CHARS;

import dev.skillbot.card.Card;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Lays a card out as embeds that respect every embed limit. The 6,000 characters a message may
 * carry are shared fairly: short parts are shown whole, long ones are cut with a visible marker;
 * what is left over lets a long text continue in further fields ("name (2/3)"). Fields that do not
 * fit at all are dropped and the footer says the card was shortened.
 */
final class EmbedPacker {

    private final String marker;

    EmbedPacker(String marker) {
        this.marker = marker;
    }

    List<MessageEmbed> layout(Card card) {
        String title = DiscordText.clip(DiscordText.escape(card.title()), EMBED_TITLE);
        EmbedContent content = EmbedContent.of(card);
        List<EmbedContent.Part> fields = new ArrayList<>(content.fields());
        String footer = String.join(" · ", card.context());
        int minimum = marker.length();
        boolean dropped = false;
        int descriptionMinimum = Math.min(content.description().desired(), minimum);
        while (!fields.isEmpty()
                && (fixedCost(title, footer, dropped, fields) + descriptionMinimum + minimumValues(fields, minimum)
                                > MESSAGE_EMBED_CHARS
                        || fields.size() > EMBEDS * EMBED_FIELDS)) {
            fields.remove(fields.size() - 1);
            dropped = true;
        }
        String shownFooter = DiscordText.clip(dropped ? joinFooter(footer) : footer, FOOTER);
        int budget = MESSAGE_EMBED_CHARS - fixedCost(title, footer, dropped, fields);
        List<EmbedContent.Part> all = new ArrayList<>();
        all.add(content.description());
        all.addAll(fields);
        int[] caps = all.stream()
                .mapToInt(part -> Math.min(part.desired(), part.name() == null ? EMBED_DESCRIPTION : FIELD_VALUE))
                .toArray();
        int[] allocation = FairShare.allocate(caps, Math.max(0, budget));
        int leftover = Math.max(0, budget - FairShare.sum(allocation));
        String description = all.get(0).fit(allocation[0], marker);
        List<MessageEmbed.Field> shown = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            leftover = addField(shown, all.get(i), allocation[i], leftover);
        }
        return assemble(card, title, description, shown, shownFooter);
    }

    private String joinFooter(String footer) {
        return footer.isEmpty() ? marker : footer + " · " + marker;
    }

    private int fixedCost(String title, String footer, boolean dropped, List<EmbedContent.Part> fields) {
        int names = fields.stream().mapToInt(part -> part.name().length()).sum();
        return title.length() + Math.min(FOOTER, (dropped ? joinFooter(footer) : footer).length()) + names;
    }

    private static int minimumValues(List<EmbedContent.Part> fields, int minimum) {
        return fields.stream()
                .mapToInt(part -> Math.min(part.desired(), minimum))
                .sum();
    }

    /** Adds one part as a field, continuing into more fields while the leftover budget allows; returns what is left. */
    private int addField(List<MessageEmbed.Field> shown, EmbedContent.Part part, int allocation, int leftover) {
        if (part.desired() <= allocation) {
            shown.add(field(part.name(), part.fit(allocation, marker)));
            return leftover;
        }
        int available = allocation + leftover;
        List<String> pieces = part.pieces(FIELD_VALUE);
        int spent = 0;
        int offset = 0;
        int lastCost = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String name = i == 0 ? part.name() : continuationName(part.name(), i, pieces.size());
            int nameCost = i == 0 ? 0 : name.length();
            String whole = part.render(pieces.get(i));
            if (spent + nameCost + whole.length() <= available) {
                shown.add(field(name, whole));
                spent += nameCost + whole.length();
                lastCost = whole.length();
                offset += pieces.get(i).length();
                continue;
            }
            int room = Math.min(FIELD_VALUE, available - spent - nameCost);
            if (i == 0 || room >= 2 * marker.length()) {
                String value = part.rest(offset).fit(room, marker);
                shown.add(field(name, value));
                spent += nameCost + value.length();
            } else {
                // no room for another field: cut the previous one instead, so the marker shows
                int previousOffset = offset - pieces.get(i - 1).length();
                MessageEmbed.Field previous = shown.remove(shown.size() - 1);
                String value =
                        part.rest(previousOffset).fit(Math.min(FIELD_VALUE, lastCost + available - spent), marker);
                shown.add(field(previous.getName(), value));
                spent += value.length() - lastCost;
            }
            break;
        }
        return leftover - Math.max(0, spent - allocation);
    }

    private static MessageEmbed.Field field(String name, String value) {
        return new MessageEmbed.Field(name, value, false);
    }

    private static String continuationName(String name, int index, int count) {
        return DiscordText.clip(name, DiscordLimits.FIELD_NAME - 10) + " (" + (index + 1) + "/" + count + ")";
    }

    private static List<MessageEmbed> assemble(
            Card card, String title, String description, List<MessageEmbed.Field> fields, String footer) {
        List<MessageEmbed> embeds = new ArrayList<>();
        int color = CardColors.of(card.kind());
        int index = 0;
        do {
            EmbedBuilder embed = new EmbedBuilder().setColor(color);
            if (index == 0) {
                embed.setTitle(title.isEmpty() ? null : title)
                        .setDescription(description.isEmpty() ? null : description);
            }
            fields.subList(index, Math.min(fields.size(), index + EMBED_FIELDS)).forEach(embed::addField);
            index += EMBED_FIELDS;
            if (index >= fields.size() && !footer.isEmpty()) {
                embed.setFooter(footer);
            }
            embeds.add(embed.build());
        } while (index < fields.size());
        return embeds;
    }
}
