package dev.skillbot.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a text field that is either plain (the default language) or a block map of locale to text,
 * refusing locales outside the configured set and noting each translation a {@link TranslationCheck} asks for.
 */
final class LocalizedReader {

    private final NodeReader reader;
    private final CatalogLocales locales;
    private final TranslationCheck check;
    private final List<Problem> missing;

    LocalizedReader(NodeReader reader, CatalogLocales locales, TranslationCheck check, List<Problem> missing) {
        this.reader = reader;
        this.locales = locales;
        this.check = check;
        this.missing = missing;
    }

    Optional<Localized> read(Node node, String what) {
        return read(node, () -> what, Integer.MAX_VALUE);
    }

    /** A text whose every variant is at most {@code maxLength} characters. */
    Optional<Localized> read(Node node, Supplier<String> what, int maxLength) {
        if (node == null) {
            return Optional.empty();
        }
        Optional<Localized> text = node instanceof MappingNode mapping
                ? variants(mapping, what)
                : reader.text(node, what).map(value -> new Localized(value, locales.defaultLocale(), Map.of()));
        text = text.filter(value -> withinLimit(node, value, what, maxLength));
        text.ifPresent(value -> noteMissing(node, value, what));
        return text;
    }

    List<Localized> readAll(Node node, String what) {
        return reader.items(node, what).stream()
                .map(item -> read(item, () -> "each entry of " + what, Integer.MAX_VALUE))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Localized> variants(MappingNode mapping, Supplier<String> what) {
        Map<String, String> translations = new HashMap<>();
        String defaultText = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                reader.error(
                        tuple.getKeyNode(),
                        "keys in " + what.get() + " must be language tags such as " + locales.supported());
                continue;
            }
            // The configured tag itself, so 10,000 skills share one string per language.
            Optional<String> locale =
                    locales.supported().stream().filter(key.getValue()::equals).findFirst();
            if (locale.isEmpty()) {
                reader.error(
                        key,
                        "unknown language '" + key.getValue() + "' in " + what.get() + " (the catalog's languages: "
                                + String.join(", ", locales.supported()) + ")");
                continue;
            }
            Optional<String> text = reader.text(tuple.getValueNode(), () -> what.get() + "." + locale.get());
            if (text.isEmpty()) {
                continue;
            }
            boolean isDefault = locale.get().equals(locales.defaultLocale());
            boolean duplicate = isDefault ? defaultText != null : translations.containsKey(locale.get());
            if (duplicate) {
                reader.error(key, "duplicate language '" + locale.get() + "' in " + what.get());
            } else if (isDefault) {
                defaultText = text.get();
            } else {
                translations.put(locale.get(), text.get());
            }
        }
        if (defaultText == null) {
            reader.error(
                    mapping, what.get() + " has no text in the default language '" + locales.defaultLocale() + "'");
            return Optional.empty();
        }
        return Optional.of(new Localized(defaultText, locales.defaultLocale(), translations));
    }

    private boolean withinLimit(Node node, Localized text, Supplier<String> what, int maxLength) {
        if (maxLength == Integer.MAX_VALUE) {
            return true;
        }
        boolean within = text.text().length() <= maxLength;
        for (String translated : text.translations().values()) {
            within &= translated.length() <= maxLength;
        }
        if (!within) {
            text.variants().forEach((locale, variant) -> {
                if (variant.length() > maxLength) {
                    reader.error(
                            node,
                            what.get() + " (" + locale + ") is " + variant.length() + " characters; the limit is "
                                    + maxLength);
                }
            });
        }
        return within;
    }

    private void noteMissing(Node node, Localized text, Supplier<String> what) {
        for (String locale : check.locales()) {
            if (!text.has(locale)) {
                missing.add(new Problem(
                        reader.file(), NodeReader.line(node), what.get() + " has no " + locale + " translation"));
            }
        }
    }
}
