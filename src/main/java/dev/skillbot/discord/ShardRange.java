package dev.skillbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shards one replica runs, written {@code first-last/total} ({@code 0-1/4}), {@code id/total}
 * or {@code a,b/total}. Replicas must run disjoint ranges: Discord delivers each interaction to
 * exactly one shard, so no interaction is then handled twice.
 */
record ShardRange(List<Integer> ids, int total) {

    private static final Pattern FORMAT = Pattern.compile("\\s*([0-9,\\s-]+)/\\s*([0-9]+)\\s*");

    ShardRange {
        ids = List.copyOf(ids);
    }

    static ShardRange parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        int total = Integer.parseInt(matcher.group(2));
        List<Integer> ids = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String[] bounds = part.strip().split("\\s*-\\s*");
            if (bounds.length < 1 || bounds.length > 2 || bounds[0].isEmpty()) {
                throw invalid(text);
            }
            int first = Integer.parseInt(bounds[0]);
            int last = bounds.length == 2 ? Integer.parseInt(bounds[1]) : first;
            for (int id = first; id <= last; id++) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        if (total < 1 || ids.isEmpty() || ids.stream().anyMatch(id -> id >= total)) {
            throw invalid(text);
        }
        return new ShardRange(ids, total);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "SKILLBOT_DISCORD_SHARDS must look like 0-1/4 (shards 0 and 1 of 4), not '" + text + "'");
    }
}
