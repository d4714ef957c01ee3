package dev.skillbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;
import org.springframework.util.DigestUtils;

/** The ETag of one of the pages' files: a hash of its bytes (a few kilobytes, read each time, so never stale). */
final class FileEtag {

    private FileEtag() {}

    static String of(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return DigestUtils.md5DigestAsHex(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
