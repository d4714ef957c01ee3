package dev.skillbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.suggestion.Author;

/**
 * Who acted, in which workspace and channel, read from any of the payloads Skillbot handles.
 * A private (ephemeral) card's click names its channel only in the container; a modal
 * submission names no channel. {@code enterprise} is the Enterprise Grid org of the workspace, when the payload
 * names one: its user ids are one person in every workspace of the org.
 */
record SlackActor(String team, String channel, String user, String name, String enterprise) {

    SlackActor {
        team = orEmpty(team);
        channel = orEmpty(channel);
        user = orEmpty(user);
        name = name == null || name.isBlank() ? user : name;
        enterprise = orEmpty(enterprise);
    }

    SlackActor(String team, String channel, String user, String name) {
        this(team, channel, user, name, "");
    }

    static SlackActor of(SlashCommandPayload payload) {
        return new SlackActor(
                payload.getTeamId(),
                payload.getChannelId(),
                payload.getUserId(),
                payload.getUserName(),
                payload.getEnterpriseId());
    }

    static SlackActor of(BlockActionPayload payload) {
        BlockActionPayload.User user = payload.getUser();
        String team = payload.getTeam() != null ? payload.getTeam().getId() : user == null ? null : user.getTeamId();
        String channel = payload.getChannel() != null
                ? payload.getChannel().getId()
                : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        return new SlackActor(
                team,
                channel,
                user == null ? null : user.getId(),
                user == null ? null : user.getUsername() != null ? user.getUsername() : user.getName(),
                payload.getEnterprise() != null
                        ? payload.getEnterprise().getId()
                        : payload.getTeam() == null ? null : payload.getTeam().getEnterpriseId());
    }

    static SlackActor of(ViewSubmissionPayload payload) {
        ViewSubmissionPayload.User user = payload.getUser();
        String team = payload.getTeam() != null ? payload.getTeam().getId() : user == null ? null : user.getTeamId();
        return new SlackActor(
                team,
                "",
                user == null ? null : user.getId(),
                user == null ? null : user.getUsername() != null ? user.getUsername() : user.getName(),
                payload.getEnterprise() != null
                        ? payload.getEnterprise().getId()
                        : payload.getTeam() == null ? null : payload.getTeam().getEnterpriseId());
    }

    Author author() {
        return new Author(Platform.SLACK, team, user, name);
    }

    Invocation invocation(String locale, Invocation.Origin origin, boolean channelAdmin) {
        return new Invocation(Platform.SLACK, team, channel, user, locale, origin, channelAdmin, enterprise);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
