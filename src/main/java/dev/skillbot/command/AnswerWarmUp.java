package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers and draws every kind of lookup a few times, off the request path, once the server is
 * ready. Without it the first overview, comparison or typo after a spell of one kind of lookup ran
 * cold: classes loaded, code interpreted, and the JIT's code for the shared answer path thrown
 * away and compiled again for the new branches, which put a 100–250 ms stall at the start of the
 * Slack load run's mixed phase (docs/performance.md). It answers through a {@link CommandService}
 * of its own without ports, so nothing is counted, recorded or cached for users; only the JIT's
 * profiles and the loaded classes are shared.
 */
public final class AnswerWarmUp {

    /** Rounds over the commands: enough for the answer path to be profiled and compiled with every branch seen. */
    static final int ROUNDS = 3;
    /** Skills taken from the catalog, spread over it: the kinds matter, not how many skills. */
    static final int SKILLS = 40;

    private final CurrentCatalog catalogs;
    private final List<Consumer<Card>> drawings;

    /** {@code drawings}: each platform's rendering of a card, run on every answer. */
    public AnswerWarmUp(CurrentCatalog catalogs, List<Consumer<Card>> drawings) {
        this.catalogs = catalogs;
        this.drawings = List.copyOf(drawings);
    }

    /** Answers and draws every command {@link #ROUNDS} times on each chat platform; returns how many answers that made. */
    public int run() {
        CommandService answers = new CommandService(catalogs);
        List<String> commands = commands(catalogs.current());
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : commands) {
                for (Platform platform : List.of(Platform.SLACK, Platform.DISCORD)) {
                    Card card = answers.answer(
                            new Invocation(platform, "warm-up", "warm-up", "warm-up", "en", Invocation.Origin.COMMAND),
                            text);
                    drawings.forEach(drawing -> drawing.accept(card));
                    answered++;
                }
            }
        }
        return answered;
    }

    /** For each skill taken: its overview, each level, each neighbouring comparison and a typo of its id. */
    static List<String> commands(Catalog catalog) {
        List<Skill> skills = catalog.skills();
        List<Level> levels = catalog.levels();
        int step = Math.max(1, skills.size() / SKILLS);
        List<String> commands = new ArrayList<>(List.of("help", "list"));
        for (int i = 0; i < skills.size(); i += step) {
            String id = skills.get(i).id();
            commands.add(id);
            for (int l = 0; l < levels.size(); l++) {
                commands.add(id + " " + levels.get(l).id());
                if (l + 1 < levels.size()) {
                    commands.add(id + " " + levels.get(l).id() + ".."
                            + levels.get(l + 1).id());
                }
            }
            commands.add(id.length() > 3 ? id.charAt(1) + id.substring(0, 1) + id.substring(2) : id + id);
        }
        return commands;
    }
}
