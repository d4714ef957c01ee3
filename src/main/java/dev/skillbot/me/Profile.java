package dev.skillbot.me;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's primary role and level, by catalog id, and the language they asked to read in
 * ({@code zh-CN}), if any.
 */
public record Profile(UserRef user, String roleId, String levelId, Optional<String> language, Instant updated) {}
