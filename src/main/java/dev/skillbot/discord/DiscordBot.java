package dev.skillbot.discord;

import dev.skillbot.catalog.CatalogReloader;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord client: a light JDA shard manager without optional gateway intents (JDA always
 * asks for GUILDS, which brings the servers and their channels; interactions need nothing more),
 * running the shards this replica owns, and the workers that answer interactions.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    private final ShardManager shards;
    private final CardResponder responder;

    private DiscordBot(ShardManager shards, CardResponder responder) {
        this.shards = shards;
        this.responder = responder;
    }

    static DiscordBot start(DiscordProperties properties, CardResponder responder, Object... listeners) {
        // Nothing Skillbot sends may ping anyone: every message and edit carries an empty parse list.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(properties.token(), EnumSet.noneOf(GatewayIntent.class))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                // keeps each event's payload: member role ids and permissions are read from the interaction itself
                .setEventPassthrough(true)
                .addEventListeners(listeners);
        if (present(properties.apiUrl())) {
            builder.setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl()));
        }
        if (present(properties.gatewayUrl())) {
            builder.setSessionController(new DiscordSessionController(properties.gatewayUrl()));
        }
        if (present(properties.shards())) {
            ShardRange range = ShardRange.parse(properties.shards());
            builder.setShardsTotal(range.total()).setShards(range.ids());
        }
        log.info("Starting Discord ({})", properties);
        return new DiscordBot(builder.build(), responder);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public ShardManager shards() {
        return shards;
    }

    /** Registers the commands again when a catalog reload changed them (only differences are sent). */
    void followCatalog(CatalogReloader catalog, DiscordCommandRegistrar registrar) {
        catalog.onReload(status -> {
            if (status.succeeded()) {
                registrar.refresh(shards.getShards());
            }
        });
    }

    @Override
    public void close() {
        shards.shutdown();
        responder.close();
    }
}
