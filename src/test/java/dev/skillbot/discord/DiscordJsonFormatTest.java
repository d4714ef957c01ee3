package dev.skillbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.cli.Cli;
import dev.skillbot.testing.FixtureCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordJsonFormatTest {

    @Test
    void askPrintsTheEphemeralReplyBodyAsJdaSerialisesIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                Map.of(Cli.CATALOG_ENV, FixtureCatalog.DIR.toString()),
                Map.of("discord", new DiscordJsonFormat()::render));

        int status = cli.run(new String[] {"ask", "canary", "senior", "--format", "discord"});

        DataObject body = DataObject.fromJson(out.toString(StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(body.getInt("flags")).isEqualTo(64);
        assertThat(body.getObject("allowed_mentions").getArray("parse").length())
                .isZero();
        assertThat(body.getArray("embeds").getObject(0).getString("title")).isEqualTo("Canary Releases · Senior");
        assertThat(body.getArray("components").length())
                .as("two button rows and two selects")
                .isEqualTo(4);
        assertThat(DiscordMessageLimits.violations(body)).isEmpty();
    }
}
