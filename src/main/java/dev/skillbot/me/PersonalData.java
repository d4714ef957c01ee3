package dev.skillbot.me;

import java.util.List;
import java.util.Map;

/**
 * Everything stored about one person, across every table: what {@code me export} hands over and
 * what {@code me forget} deletes. Methods may throw {@link MeUnavailableException}.
 */
public interface PersonalData {

    /** Each table's rows about the user, keyed by table name, columns by name; tables without rows are left out. */
    Map<String, List<Map<String, Object>>> export(UserRef user);

    /** Deletes every row about the user (and anonymises the authorship of their suggestions), all at once. */
    void forget(UserRef user);
}
