package dev.skillbot.card;

/** A short badge beside a heading: its kind drives styling, its label is already localised. */
public record Mark(Kind kind, String label) {

    public enum Kind {
        REQUIRED,
        OPTIONAL,
        NEW,
        NEWLY_REQUIRED,
        INFO
    }
}
