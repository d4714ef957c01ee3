package dev.skillbot;

import dev.skillbot.catalog.CatalogReloader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the server which platforms are on, and how to turn the others on. */
@Component
class StartupGuide implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupGuide.class);

    private final Environment environment;
    private final CatalogReloader catalog;

    StartupGuide(Environment environment, CatalogReloader catalog) {
        this.environment = environment;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean slack = present("skillbot.slack.bot-token");
        boolean discord = present("skillbot.discord.token");
        log.info(
                "Skillbot is serving catalog {} from {} ({} skills).",
                catalog.current().revision(),
                catalog.dir().toAbsolutePath(),
                catalog.current().skills().size());
        log.info(
                "Slack: {}.",
                slack
                        ? "enabled"
                        : "off; set SLACK_BOT_TOKEN plus SLACK_APP_TOKEN (Socket Mode) "
                                + "or SLACK_SIGNING_SECRET (HTTP mode) to enable it");
        log.info("Discord: {}.", discord ? "enabled" : "off; set DISCORD_TOKEN to enable it");
        log.info("Try it without any chat platform: java -jar target/skillbot.jar ask \"gitops senior\"");
    }

    /** The properties SLACK_BOT_TOKEN and DISCORD_TOKEN are mapped to in application.yml. */
    private boolean present(String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
