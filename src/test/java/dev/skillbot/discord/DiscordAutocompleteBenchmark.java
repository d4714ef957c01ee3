package dev.skillbot.discord;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.testing.SyntheticCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Measures the server-side time of one autocomplete request on a 10,000-skill catalog: ranking up
 * to 25 choices with the typo-tolerant matcher and serialising the callback body as JDA does.
 * Wall time suffers when the machine is busy, so CPU time of the measuring thread is printed too.
 * Not a test (speed is not asserted in tests); run it with
 * {@code java -cp target/test-classes:target/classes:<test classpath> dev.skillbot.discord.DiscordAutocompleteBenchmark [skills]}.
 */
public final class DiscordAutocompleteBenchmark {

    private static final int WARMUP_ROUNDS = 100;
    private static final int MEASURED_ROUNDS = 50;

    public static void main(String[] args) throws Exception {
        int skills = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("skillbot-benchmark");
        Catalog catalog = TestCatalogs.synthetic(dir, SyntheticCatalog.Spec.of(skills));
        DiscordAutocomplete autocomplete = new DiscordAutocomplete(() -> catalog);
        List<String> queries = queries(catalog);

        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            queries.forEach(query -> respond(autocomplete, query));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[MEASURED_ROUNDS * queries.size()];
        long[] cpu = new long[wall.length];
        int n = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String query : queries) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                respond(autocomplete, query);
                wall[n] = System.nanoTime() - start;
                cpu[n++] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        System.out.printf("autocomplete on %,d skills, %d queries x %d rounds = %,d requests%n",
                catalog.skills().size(), queries.size(), MEASURED_ROUNDS, wall.length);
        print("wall time", wall);
        print("CPU time ", cpu);
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%s per request: mean %.3f ms, p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", what,
                Arrays.stream(nanos).average().orElse(0) / 1e6, percentile(nanos, 50), percentile(nanos, 90),
                percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
    }

    /** The work one autocomplete request does on Skillbot's side: choices, then the JSON body JDA would send. */
    private static String respond(DiscordAutocomplete autocomplete, String typed) {
        List<Command.Choice> choices = autocomplete.choices(DiscordCommands.SKILL, typed, "", "en");
        DataArray array = DataArray.empty();
        choices.forEach(choice -> array.add(choice.toData(OptionType.STRING)));
        return DataObject.empty().put("type", 8).put("data", DataObject.empty().put("choices", array)).toString();
    }

    /** What people type: growing prefixes, typos, other words of a name, nonsense, and nothing. */
    private static List<String> queries(Catalog catalog) {
        List<String> queries = new ArrayList<>(List.of("", "d", "di", "dis", "dist", "distri", "distributed", "distributed c",
                "distributed cache", "dstributed cahce", "clod", "cache operations", "obsrvability", "zzzz", "kafka",
                "Serverless Gateway Security", "syn2bx"));
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            String name = catalog.skills().get(random.nextInt(catalog.skills().size())).name();
            int cut = 3 + random.nextInt(Math.max(1, name.length() - 3));
            StringBuilder typed = new StringBuilder(name.substring(0, cut));
            if (typed.length() > 4) {
                typed.deleteCharAt(1 + random.nextInt(typed.length() - 2));
            }
            queries.add(typed.toString());
        }
        return queries;
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
