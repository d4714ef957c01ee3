package dev.skillbot.me;

/** The personal store cannot answer now: personal parts are left out, lookups still answer. */
public class MeUnavailableException extends RuntimeException {

    public MeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
