package dev.skillbot.discord;

import dev.skillbot.bench.Fixtures;
import dev.skillbot.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Discord autocomplete request on Skillbot's side, the part that must beat Discord's 3 s and
 * cannot be deferred: rank up to 25 choices with the adapter's {@link DiscordAutocomplete}, build
 * JDA's {@link Command.Choice}s and serialise the callback body as JDA sends it. Each call takes the
 * next text from a mix of what people type (growing prefixes, typos, other words of a name, nonsense).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class AutocompleteBenchmark {

    @Param({"10000", "100000"})
    int skills;

    private DiscordAutocomplete autocomplete;
    private String[] typed;
    private int next;

    @Setup
    public void load() {
        Catalog catalog = Fixtures.load(skills);
        autocomplete = new DiscordAutocomplete(() -> catalog);
        typed = typedTexts(catalog).toArray(String[]::new);
    }

    @Benchmark
    public String choicesAndCallbackBody() {
        String text = typed[next];
        next = (next + 1) % typed.length;
        List<Command.Choice> choices = autocomplete.choices(DiscordCommands.SKILL, text, "", "en");
        DataArray array = DataArray.empty();
        choices.forEach(choice -> array.add(choice.toData(OptionType.STRING)));
        return DataObject.empty()
                .put("type", 8)
                .put("data", DataObject.empty().put("choices", array))
                .toString();
    }

    private static List<String> typedTexts(Catalog catalog) {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "d",
                "di",
                "dis",
                "dist",
                "distri",
                "distributed",
                "distributed c",
                "distributed cache",
                "dstributed cahce",
                "clod",
                "cache operations",
                "obsrvability",
                "zzzz",
                "kafka"));
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            String name = catalog.skills()
                    .get(random.nextInt(catalog.skills().size()))
                    .name();
            int cut = 3 + random.nextInt(Math.max(1, name.length() - 3));
            StringBuilder text = new StringBuilder(name.substring(0, cut));
            if (text.length() > 4) {
                text.deleteCharAt(1 + random.nextInt(text.length() - 2));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
