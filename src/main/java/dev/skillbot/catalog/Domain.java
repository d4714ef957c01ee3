package dev.skillbot.catalog;

/** A group of skills; its id is also the folder that holds the skill files. */
public record Domain(String id, Labels labels) {

    public String name(String localeTag) {
        return labels.get(localeTag);
    }
}
