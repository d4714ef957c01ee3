package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/** One file's text and the SHA-256 of its bytes, or the reason it could not be read. */
record SourceFile(String name, String relative, String content, String hash, boolean readable) {

    private static final String NO_CONTENT_HASH =
            HexFormat.of().formatHex(CatalogLoader.sha256().digest(new byte[0]));

    /** The file, or null when it is gone and not {@code required}. */
    static SourceFile read(Path dir, Path file, List<Problem> problems, boolean required) {
        String name = file.toString();
        String relative = dir.relativize(file).toString().replace('\\', '/');
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(name);
            }
            long size = Files.size(file);
            if (size > SafeYaml.MAX_FILE_BYTES) {
                problems.add(new Problem(
                        name,
                        0,
                        "file is too large (" + size + " bytes; the limit is " + SafeYaml.MAX_FILE_BYTES + ")"));
                return unreadable(name, relative);
            }
            byte[] bytes = Files.readAllBytes(file);
            String content = utf8(bytes);
            return new SourceFile(
                    name,
                    relative,
                    content,
                    HexFormat.of().formatHex(CatalogLoader.sha256().digest(bytes)),
                    true);
        } catch (NoSuchFileException e) {
            if (!required) {
                return null;
            }
            problems.add(new Problem(name, 0, "missing: the catalog needs this file"));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, "not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
        }
        return unreadable(name, relative);
    }

    private static SourceFile unreadable(String name, String relative) {
        return new SourceFile(name, relative, "", NO_CONTENT_HASH, false);
    }

    /**
     * The lenient decoder is the JDK's fast path; it marks malformed bytes with U+FFFD, so only
     * text holding that character is decoded again strictly to tell a real one from bad bytes.
     */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        }
        return text;
    }
}
