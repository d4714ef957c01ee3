package dev.skillbot.discord;

import dev.skillbot.card.Card;

/** The embed colour of each kind of card. */
final class CardColors {

    private static final int SKILL = 0x5865F2;
    private static final int BROWSE = 0x2B90D9;
    private static final int WARNING = 0xF0B232;
    private static final int ERROR = 0xDA373C;

    private CardColors() {}

    static int of(Card.Kind kind) {
        switch (kind) {
            case LEVEL:
            case OVERVIEW:
            case COMPARISON:
                return SKILL;
            case DID_YOU_MEAN:
            case WHICH_SKILL:
                return WARNING;
            case ERROR:
                return ERROR;
            default:
                return BROWSE;
        }
    }
}
