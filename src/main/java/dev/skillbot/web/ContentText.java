package dev.skillbot.web;

import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Skill;

/**
 * The one seam through which pages read a skill's own text (name, summary, group, cell texts), so
 * localised content can be plugged in without touching a template. Each text comes with the
 * language it is written in, for the {@code lang} attribute of the element that shows it.
 */
interface ContentText {

    /** A text and the language tag it is written in. */
    record Text(String value, String lang) {
    }

    Text name(Skill skill, String lang);

    Text summary(Skill skill, String lang);

    Text group(Skill skill, String lang);

    Text cell(Expectation cell, String lang);

    /** The catalog's texts as written: the default language, whatever the page's language. */
    ContentText AS_WRITTEN = new ContentText() {
        @Override
        public Text name(Skill skill, String lang) {
            return new Text(skill.name(), Labels.DEFAULT);
        }

        @Override
        public Text summary(Skill skill, String lang) {
            return new Text(skill.summary(), Labels.DEFAULT);
        }

        @Override
        public Text group(Skill skill, String lang) {
            return new Text(skill.group(), Labels.DEFAULT);
        }

        @Override
        public Text cell(Expectation cell, String lang) {
            return new Text(cell.text(), Labels.DEFAULT);
        }
    };
}
