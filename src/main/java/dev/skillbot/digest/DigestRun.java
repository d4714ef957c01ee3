package dev.skillbot.digest;

import java.util.ArrayList;
import java.util.List;

/** What one scheduler run did, for the log and for tests. */
public final class DigestRun {

    private final IsoWeek week;
    private final List<String> posted = new ArrayList<>();
    private final List<String> reconciled = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> unsubscribed = new ArrayList<>();

    public DigestRun(IsoWeek week) {
        this.week = week;
    }

    public IsoWeek week() {
        return week;
    }

    public List<String> posted() {
        return posted;
    }

    public List<String> reconciled() {
        return reconciled;
    }

    public List<String> failed() {
        return failed;
    }

    public List<String> unsubscribed() {
        return unsubscribed;
    }

    @Override
    public String toString() {
        return "digest " + week + ": posted " + posted + ", reconciled " + reconciled + ", failed " + failed
                + ", unsubscribed " + unsubscribed;
    }
}
