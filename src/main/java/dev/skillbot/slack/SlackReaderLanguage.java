package dev.skillbot.slack;

import dev.skillbot.chat.Platform;
import dev.skillbot.i18n.ReaderLanguage;

/**
 * The language one Slack user reads: their own choice, else the locale Slack keeps for them
 * ({@link SlackUserLocales}), else the workspace's ({@code SKILLBOT_SLACK_LOCALE}, which review posts
 * in the review channel use too).
 */
final class SlackReaderLanguage {

    private final ReaderLanguage language;
    private final SlackUserLocales slackLocales;
    private final String workspaceDefault;

    SlackReaderLanguage(ReaderLanguage language, SlackUserLocales slackLocales, String workspaceDefault) {
        this.language = language;
        this.slackLocales = slackLocales;
        this.workspaceDefault = workspaceDefault;
    }

    String of(SlackActor actor) {
        return of(actor.team(), actor.user());
    }

    /** The workspace's language for a payload that names no user. */
    String of(String team, String user) {
        if (user == null) {
            return workspaceDefault;
        }
        return language.of(
                Platform.SLACK,
                team,
                user,
                () -> slackLocales.locale(team, user).orElse(null),
                workspaceDefault);
    }
}
