package dev.skillbot.bench;

/**
 * One measured figure for the report: its value as measured, the budget it is held to, and
 * whether it met it (null when there is no budget).
 */
record Figure(String area, String name, double value, String unit, String budget, Boolean met, String how) {

    static Figure of(String area, String name, double value, String unit, String budget, Boolean met, String how) {
        return new Figure(area, name, value, unit, budget, met, how);
    }

    String shown() {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.format(java.util.Locale.ROOT, "%.0f %s", value, unit);
        }
        return value >= 100
                ? String.format(java.util.Locale.ROOT, "%.0f %s", value, unit)
                : String.format(java.util.Locale.ROOT, "%.3g %s", value, unit);
    }

    String verdict() {
        return met == null ? "–" : met ? "met" : "**missed**";
    }
}
