package dev.skillbot.discord;

import dev.skillbot.card.ActionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Checks a message body (or a modal) as sent to Discord against every documented limit, written
 * out here independently of the renderer's own constants. Returns what is wrong, or nothing.
 */
final class DiscordMessageLimits {

    private final List<String> problems = new ArrayList<>();

    static List<String> violations(DataObject message) {
        DiscordMessageLimits check = new DiscordMessageLimits();
        check.message(message);
        return check.problems;
    }

    /** Checks a modal (the data of a type 9 callback): title, 1 to 5 labelled inputs, labels, text inputs and selects. */
    static List<String> modalViolations(DataObject modal) {
        DiscordMessageLimits check = new DiscordMessageLimits();
        check.modal(modal);
        return check.problems;
    }

    private void modal(DataObject modal) {
        String id = modal.getString("custom_id", "");
        check(!id.isEmpty() && id.length() <= 100 && ActionId.decode(id).isPresent(), "modal custom_id invalid: " + id);
        String title = modal.getString("title", "");
        check(!title.isBlank() && title.length() <= 45, "modal title empty or over 45: " + title);
        DataArray labels = modal.getArray("components");
        check(labels.length() >= 1 && labels.length() <= 5, "modal holds " + labels.length() + " components");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < labels.length(); i++) {
            DataObject label = labels.getObject(i);
            check(label.getInt("type") == 18, "modal component is not a label");
            String text = label.getString("label", "");
            check(!text.isBlank() && text.length() <= 45, "label empty or over 45: " + text);
            DataObject input = label.getObject("component");
            check(ids.add(input.getString("custom_id", "")), "input id repeated: " + input.getString("custom_id", ""));
            if (input.getInt("type") == 4) {
                int max = input.getInt("max_length", 4000);
                check(max >= 1 && max <= 4000, "text input max_length " + max);
                check(input.getString("value", "").length() <= max, "prefilled value longer than max_length");
                check(input.getString("placeholder", "").length() <= 100, "placeholder over 100");
            } else {
                check(input.getInt("type") == 3, "unexpected input type " + input.getInt("type"));
                DataArray options = input.getArray("options");
                check(options.length() >= 1 && options.length() <= 25, "select has " + options.length() + " options");
                for (int o = 0; o < options.length(); o++) {
                    DataObject option = options.getObject(o);
                    check(
                            !option.getString("label", "").isBlank()
                                    && option.getString("label").length() <= 100,
                            "option label");
                    check(
                            !option.getString("value", "").isEmpty()
                                    && option.getString("value").length() <= 100,
                            "option value");
                }
            }
        }
    }

    private void message(DataObject message) {
        check(message.getString("content", "").length() <= 2000, "content over 2000");
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        check(embeds.length() <= 10, "more than 10 embeds");
        int total = 0;
        for (int i = 0; i < embeds.length(); i++) {
            total += embed(embeds.getObject(i));
        }
        check(total <= 6000, "embeds carry " + total + " characters, over 6000");
        components(message.optArray("components").orElseGet(DataArray::empty));
        DataObject mentions = message.getObject("allowed_mentions");
        check(mentions.getArray("parse").length() == 0, "allowed_mentions.parse is not empty");
        check(!mentions.hasKey("users") && !mentions.hasKey("roles"), "allowed_mentions lists users or roles");
        check(!mentions.getBoolean("replied_user", false), "allowed_mentions.replied_user is true");
    }

    private int embed(DataObject embed) {
        String title = embed.getString("title", "");
        String description = embed.getString("description", "");
        String footer =
                embed.optObject("footer").map(f -> f.getString("text", "")).orElse("");
        String author =
                embed.optObject("author").map(a -> a.getString("name", "")).orElse("");
        check(title.length() <= 256, "title over 256: " + title);
        check(description.length() <= 4096, "description over 4096");
        check(footer.length() <= 2048, "footer over 2048");
        check(author.length() <= 256, "author over 256");
        int length = title.length() + description.length() + footer.length() + author.length();
        DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
        check(fields.length() <= 25, "more than 25 fields");
        for (int i = 0; i < fields.length(); i++) {
            String name = fields.getObject(i).getString("name", "");
            String value = fields.getObject(i).getString("value", "");
            check(!name.isBlank() && name.length() <= 256, "field name empty or over 256: " + name);
            check(
                    !value.isBlank() && value.length() <= 1024,
                    "field value empty or over 1024 (" + value.length() + ") in " + name);
            length += name.length() + value.length();
        }
        return length;
    }

    private void components(DataArray rows) {
        check(rows.length() <= 5, "more than 5 action rows");
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < rows.length(); r++) {
            DataObject row = rows.getObject(r);
            check(row.getInt("type") == 1, "top-level component is not an action row");
            DataArray children = row.getArray("components");
            boolean select = children.length() == 1 && children.getObject(0).getInt("type") == 3;
            check(
                    select || (children.length() >= 1 && children.length() <= 5),
                    "row holds " + children.length() + " components");
            for (int c = 0; c < children.length(); c++) {
                DataObject child = children.getObject(c);
                String id = child.getString("custom_id", "");
                check(!id.isEmpty() && id.length() <= 100, "custom_id empty or over 100: " + id);
                check(ids.add(id), "custom_id repeated in one message: " + id);
                check(ActionId.decode(id).isPresent(), "custom_id is not an ActionId: " + id);
                if (child.getInt("type") == 2) {
                    String label = child.getString("label", "");
                    check(!label.isBlank() && label.length() <= 80, "button label empty or over 80: " + label);
                } else {
                    check(child.getInt("type") == 3, "unexpected component type " + child.getInt("type"));
                    check(!select || children.length() == 1, "a select shares its row");
                    options(child);
                }
            }
        }
    }

    /** A pick select's values are SHOW ids; a multi-select of choices (a CHOOSE id) carries short values of its own. */
    private void options(DataObject select) {
        boolean choices = ActionId.decode(select.getString("custom_id", ""))
                .filter(id -> id.action() == ActionId.Action.CHOOSE)
                .isPresent();
        check(select.getString("placeholder", "").length() <= 150, "placeholder over 150");
        DataArray options = select.getArray("options");
        check(options.length() >= 1 && options.length() <= 25, "select has " + options.length() + " options");
        Set<String> values = new HashSet<>();
        for (int o = 0; o < options.length(); o++) {
            DataObject option = options.getObject(o);
            String label = option.getString("label", "");
            String value = option.getString("value", "");
            check(!label.isBlank() && label.length() <= 100, "option label empty or over 100: " + label);
            check(!value.isEmpty() && value.length() <= 100, "option value empty or over 100: " + value);
            check(option.getString("description", "").length() <= 100, "option description over 100");
            check(values.add(value), "option value repeated: " + value);
            check(
                    choices
                            || ActionId.decode(value)
                                    .filter(id -> id.action() == ActionId.Action.SHOW)
                                    .isPresent(),
                    "option value is not a SHOW ActionId: " + value);
        }
        int min = select.getInt("min_values", 1);
        int max = select.getInt("max_values", 1);
        check(
                min >= 0 && min <= max && max <= options.length(),
                "min_values/max_values out of range: " + min + ", " + max);
        check(
                choices || max == 1,
                "only a multi-select of choices takes more than one value: " + select.getString("custom_id", ""));
    }

    private void check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
