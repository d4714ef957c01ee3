package dev.skillbot.discord;

import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Level;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /skill} command and its registration. Level choices come from the catalog. The
 * registered commands are read back first and replaced only when the definition differs, compared
 * through JDA's own serialisation of both sides.
 */
final class DiscordCommands {

    static final String NAME = "skill";
    static final String LOOKUP = "lookup";
    static final String COMPARE = "compare";
    static final String SEARCH = "search";
    static final String LIST = "list";
    static final String HELP = "help";
    static final String ASK = "ask";
    static final String SUGGEST = "suggest";
    static final String PROPOSALS = "proposals";
    static final String DIGEST = "digest";
    static final String ABOUT = "about";
    static final String SKILL = "skill";
    static final String LEVEL = "level";
    static final String ROLE = "role";
    static final String FROM = "from";
    static final String TO = "to";
    static final String QUERY = "query";
    static final String DOMAIN = "domain";
    static final String TEXT = "text";
    static final String ACTION = "action";
    static final String SCOPE = "scope";
    static final String ME = "me";
    static final String NEXT = "next";
    static final String SHOW = "show";
    static final String SET = "set";
    static final String FORGET = "forget";
    static final String EXPORT = "export";
    static final String FORMAT = "format";

    private static final Logger log = LoggerFactory.getLogger(DiscordCommands.class);

    private final CurrentCatalog catalogs;

    DiscordCommands(CurrentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    /** The command as registered globally (guilds and DMs) or in one guild. */
    SlashCommandData definition(boolean guildOnly) {
        return Commands.slash(NAME, "Look up the engineering skills matrix")
                .setContexts(guildOnly ? List.of(InteractionContextType.GUILD) : List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM))
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                .addSubcommands(
                        new SubcommandData(LOOKUP, "What each role needs for a skill at a level").addOptions(
                                skill(), levels(LEVEL, "Level; leave empty for an overview", false), role()),
                        new SubcommandData(COMPARE, "The promotion gap between two levels of a skill").addOptions(
                                skill(), levels(FROM, "The lower level", true), levels(TO, "The higher level; the next one if empty", false),
                                role()),
                        new SubcommandData(SEARCH, "Find skills and expectations that mention words").addOptions(
                                new OptionData(OptionType.STRING, QUERY, "Words to look for", true).setRequiredLength(1, 200)),
                        new SubcommandData(LIST, "List every skill, or the skills of one domain").addOptions(
                                new OptionData(OptionType.STRING, DOMAIN, "A domain", false, true)),
                        new SubcommandData(HELP, "How to use Skillbot"),
                        new SubcommandData(ASK, "Ask in Skillbot's own words, such as: gitops senior..lead sre").addOptions(
                                new OptionData(OptionType.STRING, TEXT, "Such as: gitops senior sre", true).setRequiredLength(1, 500)),
                        new SubcommandData(SUGGEST, "Suggest an edit to what a role needs at a level").addOptions(
                                skill(), levels(LEVEL, "Level; the first one if empty", false), role()),
                        new SubcommandData(PROPOSALS, "Suggestions waiting for review").addOptions(
                                new OptionData(OptionType.STRING, SKILL, "Only this skill", false, true).setRequiredLength(1, 100)),
                        new SubcommandData(DIGEST, "This channel's weekly digest (subscribing needs Manage Channels)").addOptions(
                                digestActions(),
                                new OptionData(OptionType.STRING, SCOPE, "A domain or a skill; every skill if empty", false, true)
                                        .setRequiredLength(1, 100)),
                        new SubcommandData(ABOUT, "Version, catalog revision and connections"),
                        new SubcommandData(NEXT, "Your promotion checklist: what the next level (or any) adds for your role").addOptions(
                                anyRole(), levels(LEVEL, "Target level; the one after yours if empty", false)))
                .addSubcommandGroups(new SubcommandGroupData(ME, "Your role and level, private to you").addSubcommands(
                        new SubcommandData(SHOW, "Your profile, readiness and pickers"),
                        new SubcommandData(SET, "Set your role and level").addOptions(
                                anyRole().setRequired(true), levels(LEVEL, "Your level", true)),
                        new SubcommandData(FORGET, "Delete everything stored about you (asks first)"),
                        new SubcommandData(EXPORT, "Your data as JSON or YAML").addOptions(
                                new OptionData(OptionType.STRING, FORMAT, "JSON unless you pick YAML", false)
                                        .addChoice("JSON", "json").addChoice("YAML", "yaml"))));
    }

    private static OptionData skill() {
        return new OptionData(OptionType.STRING, SKILL, "A skill: its name, id or alias", true, true).setRequiredLength(1, 100);
    }

    private static OptionData role() {
        return new OptionData(OptionType.STRING, ROLE, "Only this role", false, true).setRequiredLength(1, 100);
    }

    /** Any role of the catalog, by autocomplete (there is no skill to narrow it). */
    private static OptionData anyRole() {
        return new OptionData(OptionType.STRING, ROLE, "A role, such as SRE", false, true).setRequiredLength(1, 100);
    }

    /** The digest actions of the shared language, named in Chinese too. */
    private static OptionData digestActions() {
        return new OptionData(OptionType.STRING, ACTION, "Subscribe, unsubscribe or preview", true).addChoices(
                action("subscribe", "订阅"), action("unsubscribe", "取消订阅"), action("preview", "预览"));
    }

    private static Command.Choice action(String name, String chinese) {
        return new Command.Choice(name, name).setNameLocalization(DiscordLocale.CHINESE_CHINA, chinese);
    }

    private OptionData levels(String name, String description, boolean required) {
        OptionData option = new OptionData(OptionType.STRING, name, description, required);
        for (Level level : catalogs.current().levels().stream().limit(OptionData.MAX_CHOICES).toList()) {
            option.addChoices(new Command.Choice(level.name(), level.id())
                    .setNameLocalization(DiscordLocale.CHINESE_CHINA, level.name("zh-CN")));
        }
        return option;
    }

    /** Registers {@code wanted} unless what Discord has already equals it. */
    void registerIfChanged(String scope, RestAction<List<Command>> registered, CommandListUpdateAction update, CommandData wanted) {
        registered.queue(existing -> {
            if (same(existing, wanted)) {
                log.info("Discord commands {} are up to date", scope);
                return;
            }
            update.addCommands(wanted).queue(
                    done -> log.info("Registered Discord command /{} {}", NAME, scope),
                    failed(scope));
        }, failed(scope));
    }

    static boolean same(List<Command> registered, CommandData wanted) {
        return sameAsRegistered(registered.stream().map(command -> CommandData.fromCommand(command).toData()).toList(), wanted);
    }

    /** True when exactly the wanted command is registered, both read through JDA's model of a command. */
    static boolean sameAsRegistered(List<DataObject> registered, CommandData wanted) {
        return registered.size() == 1
                && canonical(CommandData.fromData(registered.get(0)).toData()).equals(canonical(wanted.toData()));
    }

    /** Plain maps and lists, so that key order and JDA's wrapper types do not count. */
    private static Map<String, Object> canonical(DataObject data) {
        return DataObject.fromJson(data.toString()).toMap();
    }

    private static Consumer<Throwable> failed(String scope) {
        return error -> log.warn("Could not register Discord commands {}: {}", scope, error.getMessage());
    }
}
