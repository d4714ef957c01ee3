package dev.skillbot.i18n;

/** Every label a user can see. Each constant must exist in every bundle (a test checks it). */
public enum MessageKey {
    REQUIRED("mark.required"),
    OPTIONAL("mark.optional"),
    NEW_AT_LEVEL("mark.new"),
    NEWLY_REQUIRED("mark.newlyRequired"),
    NOW_OPTIONAL("mark.nowOptional"),
    CONTEXT_ROLES("context.roles"),
    CONTEXT_LEVELS("context.levels"),
    CONTEXT_COUNTS("context.counts"),
    CONTEXT_UPDATED("context.updated"),
    CONTEXT_REVISION("context.revision"),
    CONTEXT_ROLE_FILTER("context.roleFilter"),
    LEVEL_TITLE("level.title"),
    BUTTON_PREVIOUS("button.previous"),
    BUTTON_NEXT("button.next"),
    BUTTON_COMPARE_NEXT("button.compareNext"),
    BUTTON_SHARE("button.share"),
    BUTTON_OVERVIEW("button.overview"),
    SELECT_LEVEL("select.level"),
    SELECT_ROLE("select.role"),
    SELECT_ALL_ROLES("select.allRoles"),
    OVERVIEW_TITLE("overview.title"),
    OVERVIEW_SUMMARY("overview.summary"),
    OVERVIEW_MATRIX("overview.matrix"),
    OVERVIEW_LEGEND("overview.legend"),
    OVERVIEW_ROLE_COLUMN("overview.roleColumn"),
    COMPARE_TITLE("compare.title"),
    COMPARE_GAP_SUMMARY("compare.gapSummary"),
    COMPARE_NO_GAP("compare.noGap"),
    COMPARE_NOT_AT_LEVEL("compare.notAtLevel"),
    SEARCH_TITLE("search.title"),
    SEARCH_NONE("search.none"),
    SEARCH_MORE("search.more"),
    SEARCH_SKILL_HIT("search.skillHit"),
    LIST_TITLE("list.title"),
    LIST_TITLE_DOMAIN("list.titleDomain"),
    LIST_COUNT("list.count"),
    HELP_TITLE("help.title"),
    HELP_LOOKUP("help.lookup"),
    HELP_OVERVIEW("help.overview"),
    HELP_COMPARE("help.compare"),
    HELP_SEARCH("help.search"),
    HELP_LIST("help.list"),
    HELP_LEVELS("help.levels"),
    HELP_ROLES("help.roles"),
    DID_YOU_MEAN_TITLE("didYouMean.title"),
    DID_YOU_MEAN_PROMPT("didYouMean.prompt"),
    DID_YOU_MEAN_NOTHING("didYouMean.nothing"),
    ERROR_TITLE("error.title"),
    ERROR_TOO_LONG("error.tooLong"),
    ERROR_TOO_MANY_LEVELS("error.tooManyLevels"),
    ERROR_SAME_LEVEL("error.sameLevel"),
    ERROR_MISSING_SKILL("error.missingSkill"),
    ERROR_EMPTY_SEARCH("error.emptySearch"),
    ERROR_UNKNOWN_DOMAIN("error.unknownDomain"),
    ERROR_ROLE_NOT_IN_SKILL("error.roleNotInSkill"),
    TRUNCATED("truncated"),
    SUGGEST_UNKNOWN_CELL("suggest.unknownCell"),
    SUGGEST_EMPTY("suggest.empty"),
    SUGGEST_TOO_LONG("suggest.tooLong"),
    SUGGEST_UNCHANGED("suggest.unchanged"),
    SUGGEST_RATE_LIMITED("suggest.rateLimited");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
