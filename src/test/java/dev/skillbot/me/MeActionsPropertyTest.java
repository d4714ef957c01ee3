package dev.skillbot.me;

import static dev.skillbot.testing.Cards.choices;
import static dev.skillbot.testing.Cards.flip;
import static dev.skillbot.testing.Cards.sections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.card.Choices;
import dev.skillbot.card.Section;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogLoader;
import dev.skillbot.catalog.Expectation;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.PersonalRig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any sequence of what a person does with "me" (set a profile, choose a language, tick and untick cells
 * on lookups and checklist pages, reload an edited catalog, forget, export) against a model of what must
 * be stored: after every step the stored marks and profile, the export and the profile card's readiness
 * all equal the model's.
 */
class MeActionsPropertyTest {

    private static final List<String> ROLES = List.of("devops", "sre", "platform");
    private static final AtomicInteger USERS = new AtomicInteger();

    private final AtomicReference<Catalog> catalog = new AtomicReference<>();
    private PersonalRig rig;
    private Path edited;
    private Catalog original;
    private Catalog changed;
    private CommandService service;

    sealed interface Step permits SetProfile, Language, Lookup, Page, Reload, Forget {}

    record SetProfile(String role, String level) implements Step {}

    record Language(Optional<String> tag) implements Step {}

    /** Ticks or unticks the own cell's choice on a lookup of the {@code skill} at the profile's level. */
    record Lookup(int skill) implements Step {}

    /** Flips the {@code option}th choice of the checklist's first page. */
    record Page(int option) implements Step {}

    /** Reloads the catalog, with the text of Canary Releases' cells edited or not. */
    record Reload(boolean edited) implements Step {}

    record Forget() implements Step {}

    /** What must be stored: the profile and the marks, each with the text it was made against. */
    private static final class Model {
        Optional<String> role = Optional.empty();
        Optional<String> level = Optional.empty();
        Optional<String> language = Optional.empty();
        boolean row;
        final Map<CellRef, String> marks = new HashMap<>();
    }

    @Property(tries = 40)
    void whatIsStoredExportedAndCountedIsWhatThePersonDid(@ForAll("steps") List<Step> steps) throws IOException {
        setUp();
        String user = "U" + USERS.incrementAndGet();
        Model model = new Model();
        for (Step step : steps) {
            apply(step, user, model);
            check(user, model, step);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> profile = Arbitraries.of(ROLES)
                .flatMap(role -> Arbitraries.of("junior", "middle", "senior", "lead", "principal")
                        .map(level -> new SetProfile(role, level)));
        Arbitrary<Step> language = Arbitraries.of(Optional.of("zh-CN"), Optional.of("en"), Optional.<String>empty())
                .map(Language::new);
        Arbitrary<Step> lookup = Arbitraries.integers().between(0, 2).map(Lookup::new);
        Arbitrary<Step> page = Arbitraries.integers().between(0, 4).map(Page::new);
        Arbitrary<Step> reload = Arbitraries.of(true, false).map(Reload::new);
        Arbitrary<Step> forget = Arbitraries.just(new Forget());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, profile),
                        net.jqwik.api.Tuple.of(1, language),
                        net.jqwik.api.Tuple.of(4, lookup),
                        net.jqwik.api.Tuple.of(4, page),
                        net.jqwik.api.Tuple.of(1, reload),
                        net.jqwik.api.Tuple.of(1, forget))
                .list()
                .ofMinSize(1)
                .ofMaxSize(14);
    }

    private void apply(Step step, String user, Model model) {
        if (step instanceof SetProfile set) {
            ask(user, "me " + set.role() + " " + set.level());
            model.role = Optional.of(set.role());
            model.level = Optional.of(set.level());
            model.row = true;
        } else if (step instanceof Language language) {
            ask(user, "me lang " + language.tag().orElse(""));
            model.row = model.row || language.tag().isPresent();
            model.language = model.row ? language.tag() : Optional.empty();
        } else if (step instanceof Lookup lookup) {
            Skill skill = catalog.get().skills().get(lookup.skill());
            own(ask(user, skill.id())).ifPresent(choice -> {
                choose(user, flip(choice, choice.options().get(0).label()));
                Level level = catalog.get().level(model.level.orElseThrow()).orElseThrow();
                toggle(
                        model,
                        skill,
                        skill.expectation(level, model.role.orElseThrow()).orElseThrow(),
                        choice,
                        0);
            });
        } else if (step instanceof Page page) {
            Card checklist = ask(user, "next");
            if (checklist.kind() == Card.Kind.CHECKLIST
                    && page.option() < choices(checklist).options().size()) {
                Choices choice = choices(checklist);
                String label = choice.options().get(page.option()).label();
                choose(user, flip(choice, label));
                Skill skill = catalog.get().skills().stream()
                        .filter(each -> label.equals("I do this: " + each.name()))
                        .findFirst()
                        .orElseThrow();
                Level target = catalog.get()
                        .next(catalog.get().level(model.level.orElseThrow()).orElseThrow())
                        .orElseThrow();
                toggle(
                        model,
                        skill,
                        skill.expectation(target, model.role.orElseThrow()).orElseThrow(),
                        choice,
                        page.option());
            }
        } else if (step instanceof Reload reload) {
            catalog.set(reload.edited() ? changed : original);
        } else {
            ask(user, "me forget confirm");
            model.role = Optional.empty();
            model.level = Optional.empty();
            model.language = Optional.empty();
            model.row = false;
            model.marks.clear();
        }
    }

    /** A tick marks the cell against its current text; an untick clears it; a changed mark shows unticked, so a tick renews it. */
    private static void toggle(Model model, Skill skill, Expectation cell, Choices choice, int option) {
        CellRef ref = CellRef.of(skill.id(), cell);
        if (choice.options().get(option).selected()) {
            model.marks.remove(ref);
        } else {
            model.marks.put(ref, cell.text());
        }
    }

    private void check(String user, Model model, Step after) {
        UserRef ref = new UserRef(Platform.SLACK, "T1", user);
        Map<CellRef, SelfMark> stored = rig.stores.markStore().of(ref);
        assertThat(stored.keySet()).as("marks after %s", after).isEqualTo(model.marks.keySet());
        model.marks.forEach((cell, text) -> assertThat(stored.get(cell).textHash())
                .as("mark of %s after %s", cell, after)
                .isEqualTo(SelfMark.hash(text)));
        Optional<Profile> profile = rig.stores.profile(ref);
        assertThat(profile.isPresent()).as("profile row after %s", after).isEqualTo(model.row);
        profile.ifPresent(each -> {
            assertThat(each.roleId()).isEqualTo(model.role.orElse(""));
            assertThat(each.levelId()).isEqualTo(model.level.orElse(""));
            assertThat(each.language()).isEqualTo(model.language);
        });

        JsonNode tables =
                JsonMapper.builder().build().readTree(exportText(user)).get("tables");
        assertThat(tables.has("me_mark") ? tables.get("me_mark").size() : 0)
                .as("exported marks after %s", after)
                .isEqualTo(model.marks.size());
        assertThat(tables.has("me_profile"))
                .as("exported profile after %s", after)
                .isEqualTo(model.row);

        model.role.ifPresent(role -> {
            Level level = catalog.get().level(model.level.orElseThrow()).orElseThrow();
            catalog.get()
                    .next(level)
                    .ifPresent(next -> assertThat(sections(ask(user, "me")))
                            .extracting(Section::heading)
                            .as("readiness after %s", after)
                            .anyMatch(heading -> heading.startsWith(
                                    next.name("en") + " readiness: " + done(model, role, next) + " of ")));
        });
    }

    /** The model's marks on required cells of the role at the target level that still say what they said. */
    private long done(Model model, String role, Level target) {
        return model.marks.entrySet().stream()
                .filter(entry -> entry.getKey().roleId().equals(role)
                        && entry.getKey().levelId().equals(target.id()))
                .filter(entry -> catalog.get()
                        .skill(entry.getKey().skillId())
                        .flatMap(skill -> skill.expectation(target, role))
                        .filter(Expectation::required)
                        .map(cell -> cell.text().equals(entry.getValue()))
                        .orElse(false))
                .count();
    }

    private String exportText(String user) {
        Card export = ask(user, "me export");
        return ((dev.skillbot.card.Document) export.blocks().get(0)).text();
    }

    private static Optional<Choices> own(Card card) {
        return card.controls().stream()
                .filter(Choices.class::isInstance)
                .map(Choices.class::cast)
                .findFirst();
    }

    private Card ask(String user, String text) {
        return service.answer(invocation(user, Invocation.Origin.COMMAND), text);
    }

    private Card choose(String user, String command) {
        return service.answer(invocation(user, Invocation.Origin.SELECT), command);
    }

    private static Invocation invocation(String user, Invocation.Origin origin) {
        return new Invocation(Platform.SLACK, "T1", "C1", user, "en", origin);
    }

    private void setUp() throws IOException {
        if (rig != null) {
            catalog.set(original);
            return;
        }
        rig = PersonalRig.h2(Clock.systemUTC());
        original = FixtureCatalog.load();
        edited = Files.createTempDirectory("me-actions");
        FixtureCatalog.copyTo(edited);
        Path canary = edited.resolve("build-deploy/canary-releases.yml");
        Files.writeString(canary, Files.readString(canary).replace("rolls back", "rolls back at once"));
        changed = new CatalogLoader().load(edited).catalog().orElseThrow();
        catalog.set(original);
        service = new CommandService(
                catalog::get, CommandPorts.NONE.withPersonal(new MeCommands(rig.stores, new ChecklistIndex())));
    }

    @AfterProperty
    void tearDown() throws IOException {
        if (rig != null) {
            rig.close();
            FileSystemUtils.deleteRecursively(edited);
        }
    }
}
