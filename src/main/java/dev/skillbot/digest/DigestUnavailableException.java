package dev.skillbot.digest;

/** The digest's store cannot be reached now (the database is down, too slow or known to be down); nothing was changed. */
public class DigestUnavailableException extends RuntimeException {

    public DigestUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
