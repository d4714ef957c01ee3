package dev.skillbot.suggestion;

/** The proposal store cannot be reached; nothing was written. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
