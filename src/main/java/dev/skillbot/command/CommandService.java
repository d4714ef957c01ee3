package dev.skillbot.command;

import dev.skillbot.card.Card;
import dev.skillbot.card.ModalForm;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.catalog.Skill;
import java.util.Optional;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.CatalogSource;
import dev.skillbot.i18n.Messages;

/** The one entry point every front end calls: command text in, card out. */
public final class CommandService {

    private final CatalogSource catalogs;
    private final CommandParser parser;
    private final CommandHandler handler;
    private final CommandObserver observer;

    public CommandService(CatalogSource catalogs, CommandParser parser, CommandHandler handler) {
        this(catalogs, parser, handler, CommandObserver.NONE);
    }

    CommandService(CatalogSource catalogs, CommandParser parser, CommandHandler handler, CommandObserver observer) {
        this.catalogs = catalogs;
        this.parser = parser;
        this.handler = handler;
        this.observer = observer;
    }

    public CommandService(CatalogSource catalogs) {
        this(catalogs, new CommandParser(), new CommandHandler());
    }

    public CommandService(CatalogSource catalogs, SuggestionsView suggestions) {
        this(catalogs, Features.NONE.withSuggestions(suggestions));
    }

    public CommandService(CatalogSource catalogs, Features features) {
        this(catalogs, new CommandParser(), new CommandHandler(features), features.observer());
    }

    public Card answer(Invocation invocation, String text) {
        long start = System.nanoTime();
        Catalog catalog = catalogs.current();
        Command command = parser.parse(text, catalog);
        Card card = handler.handle(command, invocation, catalog, Messages.forLocale(invocation.locale()));
        observer.answered(invocation, command, card, System.nanoTime() - start);
        return card;
    }

    /** The suggestion form when the text is {@code suggest <skill> [level] [role]} naming a skill; empty otherwise. */
    public Optional<ModalForm> suggestionForm(Invocation invocation, String text) {
        Catalog catalog = catalogs.current();
        if (!(parser.parse(text, catalog) instanceof Command.Suggest suggest)) {
            return Optional.empty();
        }
        return catalog.matcher().match(suggest.skillQuery()).skill().flatMap(skill -> suggestionForm(invocation, skill.id(),
                suggest.level().map(Level::id).orElse(""), suggest.role().map(Role::id).orElse("")));
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
                ? catalog.rolesOf(skill.get()).stream().findFirst() : catalog.role(roleId);
        if (level.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionFormBuilder().build(catalog, skill.get(), level.get(), role.get(),
                Messages.forLocale(invocation.locale())));
    }

    public CatalogSource catalogs() {
        return catalogs;
    }
}
