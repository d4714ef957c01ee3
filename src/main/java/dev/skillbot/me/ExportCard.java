package dev.skillbot.me;

import dev.skillbot.card.Card;
import dev.skillbot.card.Section;
import dev.skillbot.i18n.MessageKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final MeContext me;

    ExportCard(MeContext me) {
        this.me = me;
    }

    Card build(List<String> words) {
        boolean yaml =
                words.stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("y"));
        return me.orUnavailable(() -> {
            String text = write(document(), yaml);
            String title = me.t(MessageKey.ME_EXPORT_TITLE, yaml ? "YAML" : "JSON");
            return new Card(
                    Card.Kind.NOTICE,
                    title,
                    List.of(),
                    List.of(),
                    List.of(Section.of("", null, text)),
                    List.of(),
                    title);
        });
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
