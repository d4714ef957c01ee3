package dev.skillbot.me;

import java.util.Map;

/**
 * A person's "I do this" marks. Each cell is its own row: setting or clearing one never touches
 * another, and of two writes to the same cell the last one wins. Methods may throw
 * {@link MeUnavailableException}.
 */
public interface SelfMarks {

    Map<CellRef, SelfMark> of(UserRef user);

    /** Marks a cell, or re-marks it against its current text. */
    void set(UserRef user, SelfMark mark);

    void clear(UserRef user, CellRef cell);
}
