package dev.skillbot.catalog;

/** A problem found in a catalog file, reported as {@code file:line: message}. */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    static final String NO_SUCH_DIRECTORY = "no such directory";

    /** The catalog's directory is not there: nothing was read. */
    static Problem noSuchDirectory(java.nio.file.Path dir) {
        return new Problem(dir.toString(), 0, NO_SUCH_DIRECTORY);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
