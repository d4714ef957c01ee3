package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.LinkSharedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** manifest.yml is a valid Slack app manifest, and it declares what the adapter serves. */
class SlackManifestTest {

    /** Slack's schema, vendored under src/test/resources/schemas (see the README there for its source and licence). */
    static final String SCHEMA = "/schemas/slack-app-manifest.schema.1.0.0.json";

    static final Path MANIFEST = Path.of("manifest.yml");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void manifestValidatesAgainstSlacksSchema() throws IOException {
        assertThat(schema().validate(manifest())).isEmpty();
    }

    @Test
    void schemaRejectsABrokenManifest() throws IOException {
        ObjectNode broken = (ObjectNode) manifest();
        ((ObjectNode) broken.path("display_information")).put("name", "x".repeat(36));
        broken.put("unknown_section", true);

        assertThat(schema().validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void manifestDeclaresTheCommandInteractivityAndOnlyTheScopesUsed() throws IOException {
        JsonNode manifest = manifest();

        JsonNode command = manifest.path("features").path("slash_commands").get(0);
        assertThat(command.path("command").asString()).isEqualTo(SlackRoutes.COMMAND);
        assertThat(command.path("usage_hint").asString()).contains("gitops senior");
        assertThat(manifest.path("features")
                        .path("bot_user")
                        .path("display_name")
                        .asString())
                .isEqualTo("Skillbot");
        assertThat(manifest.path("settings")
                        .path("interactivity")
                        .path("is_enabled")
                        .asBoolean())
                .isTrue();
        assertThat(manifest.path("settings").path("socket_mode_enabled").isBoolean())
                .isTrue();
        assertThat(manifest.path("oauth_config")
                        .path("scopes")
                        .path("bot")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactlyInAnyOrder(
                        "commands", // /skill
                        "chat:write", // review posts, chat.update of decisions, digests, direct messages to authors and
                        // followers
                        "usergroups:read", // usergroups.users.list: reviewers named by user group (S...)
                        "users:read", // users.info with include_locale: each reader's language
                        "channels:history", // conversations.history: reconciling a digest claim in a public channel
                        "groups:history", // ... and in a private channel
                        "links:read", // link_shared: a link to the web pages was posted
                        "links:write"); // chat.unfurl: its card under the link
        assertThat(manifest.path("settings")
                        .path("event_subscriptions")
                        .path("bot_events")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly(AppHomeOpenedEvent.TYPE_NAME, LinkSharedEvent.TYPE_NAME);
        assertThat(manifest.path("features").path("unfurl_domains")).hasSize(1);
        assertThat(manifest.path("features")
                        .path("app_home")
                        .path("messages_tab_enabled")
                        .asBoolean())
                .isTrue();
        assertThat(manifest.path("features")
                        .path("app_home")
                        .path("home_tab_enabled")
                        .asBoolean())
                .as("the Home tab (issue 16)")
                .isTrue();
    }

    private static Schema schema() throws IOException {
        try (InputStream in = SlackManifestTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("%s on the test classpath", SCHEMA).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
    }

    /** YAML to JSON with SnakeYAML's safe constructor: plain maps, lists and scalars only. */
    private static JsonNode manifest() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object yaml = new Yaml(new SafeConstructor(options)).load(Files.readString(MANIFEST));
        return JSON.valueToTree(yaml);
    }
}
