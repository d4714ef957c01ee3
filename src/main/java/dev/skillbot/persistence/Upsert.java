package dev.skillbot.persistence;

import java.util.function.IntSupplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Update, else insert, portably (H2 and PostgreSQL): when two writers insert the same key at once,
 * the loser's insert fails on the key and it updates instead; the last write wins. A key that keeps
 * failing (another unique index) is reported after {@link #ATTEMPTS}.
 */
final class Upsert {

    static final int ATTEMPTS = 3;

    private Upsert() {}

    static void run(IntSupplier update, Runnable insert) {
        for (int attempt = 1; ; attempt++) {
            if (update.getAsInt() > 0) {
                return;
            }
            try {
                insert.run();
                return;
            } catch (DuplicateKeyException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
