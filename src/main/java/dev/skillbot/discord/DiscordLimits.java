package dev.skillbot.discord;

/** Discord's hard limits for one message, from its API documentation (see docs/discord.md). */
final class DiscordLimits {

    static final int EMBED_TITLE = 256;
    static final int EMBED_DESCRIPTION = 4096;
    static final int EMBED_FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int MESSAGE_EMBED_CHARS = 6000;
    static final int EMBEDS = 10;
    static final int ACTION_ROWS = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int BUTTON_LABEL = 80;
    static final int BUTTON_URL = 512;
    static final int SELECT_OPTIONS = 25;
    static final int SELECT_OPTION_TEXT = 100;
    static final int SELECT_PLACEHOLDER = 150;
    static final int AUTOCOMPLETE_CHOICES = 25;
    static final int CHOICE_TEXT = 100;
    static final int MODAL_TITLE = 45;
    static final int MODAL_COMPONENTS = 5;
    static final int MODAL_LABEL = 45;
    static final int TEXT_INPUT_VALUE = 4000;
    static final int TEXT_INPUT_PLACEHOLDER = 100;

    private DiscordLimits() {}
}
