package dev.skillbot.discord;

import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.interactions.commands.localization.ResourceBundleLocalizationFunction;

/**
 * The {@code /skill} command's definition: its subcommands and options, named and described in
 * every supported language from the message bundles. Level choices come from the catalog.
 * {@link DiscordCommandRegistrar} registers it.
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
    static final String FOLLOW = "follow";
    static final String UNFOLLOW = "unfollow";
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
    static final String SHARE = "share";
    static final String PERSON = "person";
    static final String SHARES = "shares";
    static final String UNSHARE = "unshare";
    static final String ID = "id";

    /** The app's own message bundles: English descriptions from the base, the other languages through JDA. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(
            Messages.BUNDLE,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final LocalizationFunction TRANSLATIONS = ResourceBundleLocalizationFunction.fromBundles(
                    Messages.BUNDLE, DiscordLocale.CHINESE_CHINA)
            .build();

    private final CurrentCatalog catalogs;

    DiscordCommands(CurrentCatalog catalogs) {
        this.catalogs = catalogs;
    }

    /** The command as registered globally (guilds and DMs) or in one guild, named and described in every supported language. */
    SlashCommandData definition(boolean guildOnly) {
        return Commands.slash(NAME, english(NAME))
                .setContexts(
                        guildOnly
                                ? List.of(InteractionContextType.GUILD)
                                : List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM))
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                .addSubcommands(
                        subcommand(LOOKUP).addOptions(skill(LOOKUP), levels(LOOKUP, LEVEL, false), role(LOOKUP)),
                        subcommand(COMPARE)
                                .addOptions(
                                        skill(COMPARE),
                                        levels(COMPARE, FROM, true),
                                        levels(COMPARE, TO, false),
                                        role(COMPARE)),
                        subcommand(SEARCH)
                                .addOptions(option(SEARCH, QUERY, true, false).setRequiredLength(1, 200)),
                        subcommand(LIST).addOptions(option(LIST, DOMAIN, false, true)),
                        subcommand(HELP),
                        subcommand(ASK)
                                .addOptions(option(ASK, TEXT, true, false).setRequiredLength(1, 500)),
                        subcommand(SUGGEST).addOptions(skill(SUGGEST), levels(SUGGEST, LEVEL, false), role(SUGGEST)),
                        subcommand(PROPOSALS)
                                .addOptions(
                                        option(PROPOSALS, SKILL, false, true).setRequiredLength(1, 100)),
                        subcommand(DIGEST)
                                .addOptions(
                                        digestActions(),
                                        option(DIGEST, SCOPE, false, true).setRequiredLength(1, 100)),
                        subcommand(ABOUT),
                        subcommand(FOLLOW)
                                .addOptions(option(FOLLOW, SKILL, false, true).setRequiredLength(1, 100)),
                        subcommand(UNFOLLOW).addOptions(skill(UNFOLLOW)),
                        subcommand(NEXT).addOptions(role(NEXT), levels(NEXT, LEVEL, false)))
                .addSubcommandGroups(new SubcommandGroupData(ME, english(NAME + "." + ME))
                        .addSubcommands(
                                inMe(SHOW),
                                inMe(SET)
                                        .addOptions(
                                                role(ME + "." + SET).setRequired(true),
                                                levels(ME + "." + SET, LEVEL, true)),
                                inMe(SHARE)
                                        .addOptions(new OptionData(
                                                OptionType.USER,
                                                PERSON,
                                                english(NAME + "." + ME + "." + SHARE + ".options." + PERSON),
                                                false)),
                                inMe(SHARES),
                                inMe(UNSHARE)
                                        .addOptions(option(ME + "." + UNSHARE, ID, true, false)
                                                .setRequiredLength(1, 20)),
                                inMe(FORGET),
                                inMe(EXPORT)
                                        .addOptions(option(ME + "." + EXPORT, FORMAT, false, false)
                                                .addChoice("json", "json")
                                                .addChoice("yaml", "yaml"))))
                .setLocalizationFunction(TRANSLATIONS);
    }

    private static SubcommandData subcommand(String name) {
        return new SubcommandData(name, english(NAME + "." + name));
    }

    /** A subcommand of {@code /skill me}, described at {@code skill.me.<name>} in the bundles. */
    private static SubcommandData inMe(String name) {
        return new SubcommandData(name, english(NAME + "." + ME + "." + name));
    }

    private static OptionData option(String subcommand, String name, boolean required, boolean autocomplete) {
        return new OptionData(
                OptionType.STRING, name, english(NAME + "." + subcommand + ".options." + name), required, autocomplete);
    }

    private static OptionData skill(String subcommand) {
        return option(subcommand, SKILL, true, true).setRequiredLength(1, 100);
    }

    private static OptionData role(String subcommand) {
        return option(subcommand, ROLE, false, true).setRequiredLength(1, 100);
    }

    /** The digest actions of the shared language; their names in other languages come from the bundles. */
    private static OptionData digestActions() {
        return option(DIGEST, ACTION, true, false)
                .addChoice("subscribe", "subscribe")
                .addChoice("unsubscribe", "unsubscribe")
                .addChoice("preview", "preview");
    }

    /** Level choices from the catalog, named in every language the catalog labels them in. */
    private OptionData levels(String subcommand, String name, boolean required) {
        OptionData option = option(subcommand, name, required, false);
        for (Level level : catalogs.current().levels().stream()
                .limit(OptionData.MAX_CHOICES)
                .toList()) {
            option.addChoices(new Command.Choice(level.name(), level.id())
                    .setNameLocalization(DiscordLocale.CHINESE_CHINA, level.name("zh-CN")));
        }
        return option;
    }

    /** The English description the bundle gives the command, subcommand or option at {@code path}. */
    private static String english(String path) {
        return ENGLISH.getString(path + ".description");
    }
}
