package dev.skillbot.cli;

/** A command line that cannot be run as given: the message and the usage are printed, and the exit code is 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
