package dev.skillbot.slack;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The command mix of a load run: what a team would type, and how often, drawn reproducibly. */
final class MixedWorkload {

    private MixedWorkload() {}

    /** Every lookup, overview and neighbouring-level comparison the catalog offers, plus one typo per skill. */
    static List<String> commands(Catalog catalog) {
        List<String> commands = new ArrayList<>();
        List<Level> levels = catalog.levels();
        for (Skill skill : catalog.skills()) {
            commands.add(skill.id());
            for (int l = 0; l < levels.size(); l++) {
                commands.add(skill.id() + " " + levels.get(l).id());
                if (l + 1 < levels.size()) {
                    commands.add(skill.id() + " " + levels.get(l).id() + ".."
                            + levels.get(l + 1).id());
                }
            }
            String id = skill.id();
            commands.add(id.length() > 3 ? id.charAt(1) + id.substring(0, 1) + id.substring(2) : id + id);
        }
        return commands;
    }

    /**
     * {@code count} indexes into {@code n} commands, the k-th most popular drawn with weight 1/k
     * (Zipf, s = 1); the popularity ranks are shuffled so that popular commands are not all of one kind.
     */
    static int[] zipfOrder(int n, int count, long seed) {
        Random random = new Random(seed);
        int[] rankToCommand = new int[n];
        for (int i = 0; i < n; i++) {
            rankToCommand[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rankToCommand[i];
            rankToCommand[i] = rankToCommand[j];
            rankToCommand[j] = swap;
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble() * sum;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            order[i] = rankToCommand[lo];
        }
        return order;
    }
}
