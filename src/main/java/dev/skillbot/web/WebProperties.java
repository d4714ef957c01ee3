package dev.skillbot.web;

import dev.skillbot.command.Permalinks;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web pages' settings.
 *
 * @param publicUrl {@code SKILLBOT_PUBLIC_URL}: the address people reach this server's pages at, such as
 *                  {@code https://skills.example.com/}; with it every skill card carries an "Open in browser" link
 *                  and Slack unfurls links to these pages. Empty: no links, no unfurls.
 */
@ConfigurationProperties("skillbot.web")
public record WebProperties(String publicUrl) {

    public WebProperties {
        Permalinks.of(publicUrl); // a malformed address stops start-up with the reason
    }

    public Permalinks permalinks() {
        return Permalinks.of(publicUrl);
    }
}
