package dev.skillbot.http;

import java.io.IOException;

/** Thrown by a limited request body when more than its limit is read. */
public final class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
    }
}
