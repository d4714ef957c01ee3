package dev.skillbot.catalog;

/**
 * The primitives of {@link OutcomeCodec}: variable-length ints and strings. A string is written as
 * a reference: the file's own name (so an outcome depends on the file's bytes alone), one of the
 * load's constants (locale tags, level, role and domain ids, read back as those very instances so
 * that 10,000 skills share them), its UTF-8 bytes when every character is Latin-1, else its UTF-16
 * chars. JDK 17 decodes UTF-8 that holds other characters through two scratch arrays sized for the
 * bytes: a Chinese text of 175 characters allocated 1,856 bytes to become a 350-byte string, where
 * reading its chars into a reused buffer allocates about the string alone (docs/performance.md).
 */
final class OutcomeBytes {

    static final int LITERAL = 0;
    static final int NAME = 1;
    static final int UTF16 = 2;
    static final int CONSTANT = 3;

    private OutcomeBytes() {}
}
