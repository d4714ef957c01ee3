package dev.skillbot.web;

import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Localized;
import dev.skillbot.catalog.Skill;
import java.util.List;

/**
 * The one seam through which pages read a skill's own text (name, summary, group, tags, cell texts), in
 * the page's language where the catalog has a translation. Each text comes with the language it is
 * written in, for the {@code lang} attribute of the element that shows it.
 */
interface ContentText {

    /** A text and the language tag it is written in. */
    record Text(String value, String lang) {}

    Text name(Skill skill, String lang);

    Text summary(Skill skill, String lang);

    Text group(Skill skill, String lang);

    List<Text> tags(Skill skill, String lang);

    Text cell(Expectation cell, String lang);

    /** A text in the page's language where the catalog has it, else the default language's, marked as such. */
    static Text shown(Localized text, String lang) {
        Localized.Shown shown = text.in(lang);
        return new Text(shown.text(), shown.fellBack() ? text.defaultLocale() : lang);
    }

    /** The catalog's texts in the page's language, falling back to the default language per text. */
    ContentText IN_PAGE_LANGUAGE = new ContentText() {
        @Override
        public Text name(Skill skill, String lang) {
            return shown(skill.localizedName(), lang);
        }

        @Override
        public Text summary(Skill skill, String lang) {
            return shown(skill.localizedSummary(), lang);
        }

        @Override
        public Text group(Skill skill, String lang) {
            return shown(skill.localizedGroup(), lang);
        }

        @Override
        public List<Text> tags(Skill skill, String lang) {
            return skill.localizedTags().stream().map(tag -> shown(tag, lang)).toList();
        }

        @Override
        public Text cell(Expectation cell, String lang) {
            return shown(cell.content(), lang);
        }
    };
}
