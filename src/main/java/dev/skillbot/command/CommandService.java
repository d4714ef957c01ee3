package dev.skillbot.command;

import com.github.benmanes.caffeine.cache.Cache;
import dev.skillbot.card.Card;
import dev.skillbot.card.ModalForm;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import dev.skillbot.chat.Invocation;
import dev.skillbot.i18n.Messages;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one entry point every front end calls: command text in, card out. The cards of read-only commands are kept a
 * few seconds ({@link KeptCards}).
 */
public final class CommandService {

    private final CurrentCatalog catalogs;
    private final ParsedCommands parsed;
    private final CommandHandler handler;
    private final CommandObserver observer;
    private final Consumer<String> skillShown;
    private final PersonalCommands personal;
    private final OwnLinks links;
    private final KeptCards cards = new KeptCards();

    /** Lookups only: no storage behind suggestions, digests or counts (the command line, tests). */
    public CommandService(CurrentCatalog catalogs) {
        this(catalogs, CommandPorts.NONE);
    }

    public CommandService(CurrentCatalog catalogs, CommandPorts ports) {
        this(catalogs, ports, Permalinks.NONE);
    }

    /** Cards that link to their web page under the given address ({@code SKILLBOT_PUBLIC_URL}). */
    public CommandService(CurrentCatalog catalogs, CommandPorts ports, Permalinks permalinks) {
        this.catalogs = catalogs;
        this.parsed = new ParsedCommands(new CommandParser());
        this.handler = new CommandHandler(ports, permalinks);
        this.observer = ports.observer();
        this.skillShown = ports.skillShown();
        this.personal = ports.personal();
        this.links = new OwnLinks(permalinks);
    }

    public Card answer(Invocation invocation, String text) {
        long start = System.nanoTime();
        Catalog catalog = catalogs.current();
        return answer(invocation, catalog, parse(text, catalog), start);
    }

    /** The answer to {@code text} was posted for everyone in the invocation's channel as the platform's message {@code message}. */
    public void posted(Invocation invocation, String text, String message) {
        if (parse(text, catalogs.current()) instanceof Command.Personal command) {
            personal.posted(command, invocation, message);
        }
    }

    /** True when the adapter should tell {@link #posted} which message the answer to {@code text} became, once posted for everyone. */
    public boolean keepsPosts(String text) {
        return parse(text, catalogs.current()) instanceof Command.Personal command && personal.keepsPosts(command);
    }

    /**
     * True when answering {@code text} may have changed what the asker's own standing view shows (Slack's App Home
     * tab), which the adapter then draws again: a profile set, a language, a mark, a share stopped, a forget, a follow.
     */
    public boolean changesOwnView(String text) {
        Command command = parse(text, catalogs.current());
        return command instanceof Command.Follow // the tab lists the skills followed
                || command instanceof Command.Personal personalCommand && personal.changesOwnView(personalCommand);
    }

    /** See {@link PersonalCommands#readAfresh}. */
    public void readAfresh(Invocation invocation) {
        personal.readAfresh(invocation);
    }

    private Command parse(String text, Catalog catalog) {
        return parsed.parse(links.command(text, catalog).orElse(text), catalog);
    }

    /** What typed text asks for, parsed once: the suggestion form of {@code suggest <skill> …}, otherwise the card. */
    public sealed interface Reply {
        record Form(ModalForm form) implements Reply {}

        record Answer(Card card) implements Reply {}
    }

    /** {@link #suggestionForm(Invocation, String)} if there is one, else {@link #answer(Invocation, String)}. */
    public Reply reply(Invocation invocation, String text) {
        long start = System.nanoTime();
        Catalog catalog = catalogs.current();
        Command command = parse(text, catalog);
        if (command instanceof Command.Suggest suggest) {
            Optional<ModalForm> form = suggestionForm(invocation, catalog, suggest);
            if (form.isPresent()) {
                return new Reply.Form(form.get());
            }
        }
        return new Reply.Answer(answer(invocation, catalog, command, start));
    }

    private Card answer(Invocation invocation, Catalog catalog, Command typed, long start) {
        if (typed instanceof Command.Personal write) {
            Optional<String> then = personal.act(write, invocation, catalog);
            if (then.isPresent()) {
                return answer(invocation, catalog, parse(then.get(), catalog), start);
            }
        }
        Messages messages = Messages.forLocale(invocation.locale());
        Command command = personal.personalize(typed, invocation, catalog);
        CommandHandler.Handled handled = cards.get(
                catalog, messages, command, () -> handler.handleTracked(command, invocation, catalog, messages));
        if (handled.skillShown() != null) {
            skillShown.accept(handled.skillShown());
        }
        Card card = personal.decorate(handled.card(), command, invocation, catalog, messages);
        observer.answered(invocation, command, card, System.nanoTime() - start);
        return card;
    }

    /** Drops kept cards, such as after a suggestion changed the open counts they show. */
    public void forgetCards() {
        cards.forgetAll();
    }

    /** Hits and misses of the card cache, for metrics. */
    public Cache<?, ?> cardCache() {
        return cards.cache();
    }

    /** The suggestion form when the text is {@code suggest <skill> [level] [role]} naming a skill; empty otherwise. */
    public Optional<ModalForm> suggestionForm(Invocation invocation, String text) {
        Catalog catalog = catalogs.current();
        return parse(text, catalog) instanceof Command.Suggest suggest
                ? suggestionForm(invocation, catalog, suggest)
                : Optional.empty();
    }

    /**
     * The form for the one skill the words name, as a lookup reads them ({@code suggest kafka streaming}); empty when
     * they name none, several, a skill with words not understood, or a role the skill does not have, which the card
     * then explains.
     */
    private Optional<ModalForm> suggestionForm(Invocation invocation, Catalog catalog, Command.Suggest suggest) {
        return SkillReading.of(suggest.skillQuery(), catalog)
                .skill()
                .filter(skill -> suggest.role().isEmpty()
                        || skill.includesRole(suggest.role().get().id()))
                .flatMap(skill -> suggestionForm(
                        invocation,
                        skill.id(),
                        suggest.level().map(Level::id).orElse(""),
                        suggest.role().map(Role::id).orElse("")));
    }

    /** The suggestion form for a cell (from a Suggest edit button); blank level or role pick the first one. */
    public Optional<ModalForm> suggestionForm(Invocation invocation, String skillId, String levelId, String roleId) {
        Catalog catalog = catalogs.current();
        Optional<Skill> skill = catalog.skill(skillId);
        if (skill.isEmpty()) {
            return Optional.empty();
        }
        Optional<Level> level = levelId.isBlank() ? catalog.levels().stream().findFirst() : catalog.level(levelId);
        Optional<Role> role = roleId.isBlank() || !skill.get().includesRole(roleId)
                ? catalog.rolesOf(skill.get()).stream().findFirst()
                : catalog.role(roleId);
        if (level.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionFormBuilder()
                .build(catalog, skill.get(), level.get(), role.get(), Messages.forLocale(invocation.locale())));
    }

    public CurrentCatalog catalogs() {
        return catalogs;
    }
}
