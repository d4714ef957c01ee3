package dev.skillbot;

import dev.skillbot.card.Card;
import dev.skillbot.cli.Cli;
import dev.skillbot.cli.TextCardRenderer;
import dev.skillbot.discord.DiscordJsonFormat;
import dev.skillbot.slack.SlackCardRenderer;
import dev.skillbot.web.SiteCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Skillbot server, or runs a command-line tool ({@code ask}, {@code validate})
 * without starting Spring at all, so that those answer from a cold JVM quickly.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SkillbotApplication {

    public static void main(String[] args) {
        if (SiteCommand.handles(args)) {
            System.exit(new SiteCommand(System.out, System.err, System.getenv()).run(args));
        }
        if (Cli.handles(args)) {
            System.exit(new Cli(System.out, System.err, System.getenv(), cardFormats()).run(args));
        }
        SpringApplication.run(SkillbotApplication.class, args);
    }

    /** The output formats of {@code ask --format}; platform adapters add their own. */
    public static Map<String, Function<Card, String>> cardFormats() {
        Map<String, Function<Card, String>> formats = new LinkedHashMap<>();
        formats.put("text", new TextCardRenderer()::render);
        formats.put("slack", new SlackCardRenderer()::json);
        formats.put("discord", new DiscordJsonFormat()::render);
        return formats;
    }
}
