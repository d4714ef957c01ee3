package dev.skillbot.me;

import dev.skillbot.card.Button;
import dev.skillbot.card.Card;
import dev.skillbot.card.Document;
import dev.skillbot.card.Section;
import dev.skillbot.card.TextCut;
import dev.skillbot.i18n.MessageKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code me export [json|yaml]}: every row stored about the asker, table by table, including marks
 * on cells the catalog no longer has. JSON unless YAML is asked for.
 */
final class ExportCard {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Below Slack's 3,000 characters a section, with room for a renderer's own marks. */
    static final int SECTION_MAX = 2_900;

    static final String FILE_NAME = "skillbot-export";

    private static final Set<String> FORMATS = Set.of("json", "yaml", "yml");

    private final MeContext me;

    ExportCard(MeContext me) {
        this.me = me;
    }

    Card build(List<String> words) {
        Optional<Boolean> format = yaml(words);
        if (format.isEmpty()) {
            return unknownFormat(String.join(" ", words));
        }
        boolean yaml = format.get();
        return me.orUnavailable(() -> {
            String text = write(document(), yaml);
            String title = me.t(MessageKey.ME_EXPORT_TITLE, yaml ? "YAML" : "JSON");
            Document file = new Document(FILE_NAME + (yaml ? ".yaml" : ".json"), text, sections(text));
            return new Card(Card.Kind.NOTICE, title, List.of(), List.of(), List.of(file), List.of(), title);
        });
    }

    /** True for YAML, false for JSON (also when no format is named), empty for any other word or words. */
    private static Optional<Boolean> yaml(List<String> words) {
        if (words.isEmpty()) {
            return Optional.of(false);
        }
        String format = words.get(0).toLowerCase(Locale.ROOT);
        if (words.size() > 1 || !FORMATS.contains(format)) {
            return Optional.empty();
        }
        return Optional.of(!format.equals("json"));
    }

    /** Which formats there are, as buttons that export in each: nothing is exported in a format that was not asked for. */
    private Card unknownFormat(String typed) {
        String text = me.t(MessageKey.ME_EXPORT_FORMAT_UNKNOWN, ProfileCards.clip(typed));
        return new Card(
                Card.Kind.ERROR,
                me.t(MessageKey.ERROR_TITLE),
                List.of(),
                List.of(),
                List.of(Section.of("", null, text)),
                List.of(
                        new Button("JSON", ProfileCards.show("me export json"), Button.Style.DEFAULT),
                        new Button("YAML", ProfileCards.show("me export yaml"), Button.Style.DEFAULT)),
                text);
    }

    /**
     * The text in as many sections as it takes, cut at line ends, each within {@link #SECTION_MAX} as the
     * platform that escapes most counts it (Slack writes {@code &} as five characters, {@code <} and
     * {@code >} as four): a long export is split, never cut. A single line longer than that is cut
     * into pieces.
     */
    static List<Section> sections(String text) {
        List<Section> sections = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int size = 0;
        for (String whole : text.split("\n", -1)) {
            String line = whole;
            while (escapedLength(line) + 1 > SECTION_MAX) {
                int cut = fitting(line, SECTION_MAX - 1);
                chunk = flush(sections, chunk);
                size = 0;
                sections.add(Section.of("", null, line.substring(0, cut)));
                line = line.substring(cut);
            }
            int cost = escapedLength(line) + 1;
            if (size + cost > SECTION_MAX) {
                chunk = flush(sections, chunk);
                size = 0;
            }
            chunk.add(line);
            size += cost;
        }
        flush(sections, chunk);
        return sections;
    }

    private static List<String> flush(List<Section> sections, List<String> chunk) {
        if (!chunk.isEmpty()) {
            sections.add(Section.of("", null, String.join("\n", chunk)));
        }
        return new ArrayList<>();
    }

    private static int escapedLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
        }
        return length;
    }

    /** How many characters of {@code line} fit in {@code max} escaped characters, never splitting a surrogate pair. */
    private static int fitting(String line, int max) {
        int end = 0;
        int length = 0;
        while (end < line.length()) {
            char c = line.charAt(end);
            int cost = c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
            if (length + cost > max) {
                break;
            }
            length += cost;
            end++;
        }
        return Math.max(1, TextCut.end(line, end));
    }

    Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("platform", me.user().platform().name().toLowerCase(Locale.ROOT));
        document.put("workspace", me.user().workspace());
        document.put("user", me.user().user());
        document.put("exported_at", me.stores().clock().instant().toString());
        document.put("tables", me.stores().data().export(me.user()));
        return document;
    }

    static String write(Map<String, Object> document, boolean yaml) {
        if (!yaml) {
            return JSON.writeValueAsString(document);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(document);
    }
}
