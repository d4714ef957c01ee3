package dev.skillbot.i18n;

import dev.skillbot.chat.Platform;
import java.util.Optional;

/**
 * A reader's own choice of language, such as {@code /skill me lang zh-CN}, consulted before what
 * the chat platform says about them. Implementations may read a database; a failure counts as no
 * choice (the reader then gets the platform's locale or the workspace default), never as an error.
 */
@FunctionalInterface
public interface LanguagePreferences {

    /** Nobody has chosen: every reader gets the platform's locale or the workspace default. */
    LanguagePreferences NONE = (platform, workspace, user) -> Optional.empty();

    /** The language this user chose on this platform and workspace, as a locale tag, if any. */
    Optional<String> preferred(Platform platform, String workspace, String user);
}
