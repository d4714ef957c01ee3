package dev.skillbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the deployment files as a cluster and Docker would: every YAML document under
 * {@code deploy/}, each kustomization's references, the Argo CD Application and the Dockerfile.
 * The kustomize rendering itself is checked only where {@code kubectl} is installed.
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path BASE = DEPLOY.resolve("base");
    private static final Path OVERLAYS = DEPLOY.resolve("overlays");
    private static final Path SECRET_TEMPLATE = DEPLOY.resolve("secret.example.yaml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");
    /** {@code management.server.port}'s default in application.yml. */
    private static final int MANAGEMENT_PORT = 8081;

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE_KEY|SSH_KEY|API_KEY).*");

    /** One YAML document and the file it came from. */
    private record Doc(Path file, Map<String, Object> body) {

        String kind() {
            return String.valueOf(body.get("kind"));
        }

        String name() {
            return String.valueOf(at(body, "metadata", "name"));
        }
    }

    private static List<Doc> docs;

    @BeforeAll
    static void loadEveryFileUnderDeploy() throws IOException {
        docs = new ArrayList<>();
        for (Path file : files(DEPLOY)) {
            assertThat(file.getFileName().toString())
                    .as("only YAML lives under deploy/")
                    .matches(".*\\.ya?ml");
            for (Object document : loadAll(Files.readString(file))) {
                if (document != null) {
                    assertThat(document)
                            .as("%s: each document is a mapping", file)
                            .isInstanceOf(Map.class);
                    docs.add(new Doc(file, map(document)));
                }
            }
        }
        assertThat(docs).as("documents under deploy/").hasSizeGreaterThan(8);
    }

    @Test
    void everyDocumentHasApiVersionKindAndName() {
        for (Doc doc : docs) {
            assertThat(doc.body().get("apiVersion"))
                    .as("%s apiVersion", doc.file())
                    .isInstanceOf(String.class);
            assertThat(doc.body().get("kind")).as("%s kind", doc.file()).isInstanceOf(String.class);
            assertThat(at(doc.body(), "metadata", "name"))
                    .as("%s metadata.name", doc.file())
                    .isInstanceOf(String.class);
        }
    }

    /** Shut-down waits add up to 40 s (docs/deploy.md, Shutting down); the preStop pause comes before them. */
    @Test
    void theGracePeriodCoversThePreStopPauseAndTheShutDownWaits() {
        Object pause = at(baseContainer(), "lifecycle", "preStop", "sleep", "seconds");
        Object grace =
                at(single(BASE, "Deployment").body(), "spec", "template", "spec", "terminationGracePeriodSeconds");
        assertThat(pause).isInstanceOf(Integer.class);
        assertThat((Integer) grace).isGreaterThanOrEqualTo((Integer) pause + 40);
    }

    @Test
    void probesHitTheActuatorGroupsOnTheManagementPort() {
        Map<String, Object> container = baseContainer();
        assertThat(httpGet(container, "livenessProbe").get("path")).isEqualTo("/actuator/health/liveness");
        assertThat(httpGet(container, "readinessProbe").get("path")).isEqualTo("/actuator/health/readiness");
        assertThat(httpGet(container, "startupProbe").get("path")).asString().startsWith("/actuator/health/");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(isManagementPort(container, httpGet(container, probe).get("port")))
                    .as("%s port", probe)
                    .isTrue();
        }
    }

    /** The manifests' management port is the one the application listens on unless MANAGEMENT_SERVER_PORT says otherwise. */
    @Test
    void theManagementPortIsTheApplicationsDefault() throws IOException {
        Object application = loadAll(Files.readString(Path.of("src/main/resources/application.yml")))
                .get(0);
        assertThat(at(application, "management", "server", "port"))
                .isEqualTo("${MANAGEMENT_SERVER_PORT:" + MANAGEMENT_PORT + "}");
        for (Doc doc : docs) {
            if (doc.kind().equals("ConfigMap")) {
                assertThat(map(doc.body().get("data")))
                        .as("%s: the probes expect %s", doc.file(), MANAGEMENT_PORT)
                        .doesNotContainKey("MANAGEMENT_SERVER_PORT");
            }
        }
    }

    @Test
    void theServiceAndTheBudgetSelectTheDeploymentsPods() {
        Map<String, Object> deployment = single(BASE, "Deployment").body();
        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(map(at(deployment, "spec", "selector", "matchLabels")));

        Doc service = single(BASE, "Service");
        assertThat(map(at(service.body(), "spec", "selector")))
                .as("Service selector")
                .isNotEmpty();
        assertThat(podLabels).as("pod labels").containsAllEntriesOf(map(at(service.body(), "spec", "selector")));
        for (Object port : list(at(service.body(), "spec", "ports"))) {
            assertThat(isContainerPort(baseContainer(), map(port).get("targetPort")))
                    .as("Service targetPort %s", port)
                    .isTrue();
            assertThat(isManagementPort(baseContainer(), map(port).get("targetPort")))
                    .as("the Service publishes the actuator")
                    .isFalse();
        }
        Doc budget = single(BASE, "PodDisruptionBudget");
        assertThat(map(at(budget.body(), "spec", "selector", "matchLabels")))
                .as("budget selector")
                .isNotEmpty();
        assertThat(podLabels)
                .as("pod labels")
                .containsAllEntriesOf(map(at(budget.body(), "spec", "selector", "matchLabels")));
    }

    @Test
    void thePodIsSizedAndRunsAsNonRootOnAReadOnlyRoot() {
        Map<String, Object> pod = map(at(single(BASE, "Deployment").body(), "spec", "template", "spec"));
        Map<String, Object> container = baseContainer();
        for (String bound : List.of("requests", "limits")) {
            assertThat(map(at(container, "resources", bound)))
                    .as("resources.%s", bound)
                    .containsKeys("cpu", "memory");
        }
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "securityContext", "runAsUser"))
                .isInstanceOf(Integer.class)
                .isNotEqualTo(0);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);

        Map<String, String> mounts = new LinkedHashMap<>();
        list(container.get("volumeMounts"))
                .forEach(m -> mounts.put(String.valueOf(map(m).get("mountPath")), String.valueOf(map(m).get("name"))));
        assertThat(mounts).containsKeys("/app/data", "/tmp");
        for (String path : List.of("/app/data", "/tmp")) {
            Object volume = list(pod.get("volumes")).stream()
                    .filter(v -> mounts.get(path).equals(map(v).get("name")))
                    .findFirst()
                    .orElse(null);
            assertThat(volume).as("volume at %s", path).isNotNull();
            assertThat(map(volume)).as("volume at %s", path).containsKey("emptyDir");
        }
    }

    @Test
    void theEnvironmentComesFromTheConfigMapAndTheTemplatedSecret() {
        List<Object> envFrom = list(baseContainer().get("envFrom"));
        Object configMap = envFrom.stream()
                .map(e -> at(e, "configMapRef", "name"))
                .filter(n -> n != null)
                .findFirst()
                .orElse(null);
        Object secret = envFrom.stream()
                .map(e -> at(e, "secretRef", "name"))
                .filter(n -> n != null)
                .findFirst()
                .orElse(null);
        assertThat(single(BASE, "ConfigMap").name()).isEqualTo(configMap);
        List<Doc> template = docsIn(SECRET_TEMPLATE);
        assertThat(template).singleElement().satisfies(doc -> {
            assertThat(doc.kind()).isEqualTo("Secret");
            assertThat(doc.name()).isEqualTo(secret);
            assertThat(map(doc.body().get("stringData")))
                    .containsKeys(
                            "SLACK_BOT_TOKEN",
                            "SLACK_SIGNING_SECRET",
                            "SLACK_APP_TOKEN",
                            "DISCORD_TOKEN",
                            "SKILLBOT_CATALOG_GIT_TOKEN",
                            "SKILLBOT_CATALOG_GIT_SSH_KEY",
                            "SKILLBOT_CATALOG_GIT_SSH_KEY_PASSPHRASE",
                            "SPRING_DATASOURCE_PASSWORD");
        });
        for (Doc doc : docs) {
            if (doc.kind().equals("ConfigMap")) {
                Map<String, Object> data = map(doc.body().get("data"));
                assertThat(data.keySet())
                        .as("%s holds no secret", doc.file())
                        .noneMatch(key -> SECRET_NAME.matcher(key).matches());
                if (data.containsKey("PORT")) {
                    assertThat(isContainerPort(baseContainer(), Integer.valueOf(String.valueOf(data.get("PORT")))))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyKustomizationReferencesFilesThatExistAndNeverTheSecretTemplate() throws IOException {
        List<Path> kustomizations = files(DEPLOY).stream()
                .filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                .toList();
        assertThat(kustomizations)
                .contains(
                        BASE.resolve("kustomization.yaml"),
                        OVERLAYS.resolve("dev/kustomization.yaml"),
                        OVERLAYS.resolve("prod/kustomization.yaml"));
        for (Path file : kustomizations) {
            Map<String, Object> kustomization = single(file, "Kustomization").body();
            for (Path reference : references(file, kustomization)) {
                assertThat(reference).as("%s refers to %s", file, reference).exists();
                if (Files.isDirectory(reference)) {
                    assertThat(reference.resolve("kustomization.yaml"))
                            .as("%s refers to a directory without a kustomization", file)
                            .exists();
                }
                assertThat(reference.toAbsolutePath().normalize())
                        .as("%s applies the Secret template", file)
                        .isNotEqualTo(SECRET_TEMPLATE.toAbsolutePath().normalize());
            }
            List<Doc> targets = resourcesOf(file.getParent());
            for (Object patch : list(kustomization.get("patches"))) {
                checkPatch(file, map(patch), targets);
            }
        }
    }

    @Test
    void overlaysBuildOnTheBase() throws IOException {
        try (Stream<Path> overlays = Files.list(OVERLAYS)) {
            List<Path> dirs = overlays.filter(Files::isDirectory).toList();
            assertThat(dirs).extracting(d -> d.getFileName().toString()).contains("dev", "prod");
            for (Path overlay : dirs) {
                assertThat(list(single(overlay.resolve("kustomization.yaml"), "Kustomization")
                                .body()
                                .get("resources")))
                        .as("%s resources", overlay)
                        .contains("../../base");
            }
        }
    }

    /**
     * Discord delivers a shard's interactions to every process connected to it, so each shard range
     * must run in one pod: more than one replica only where Discord is turned off.
     */
    @Test
    void replicasBeyondOneNeverRunDiscordAndProdUsesPostgresql() {
        for (Doc doc : docs) {
            if (doc.kind().equals("Deployment")
                    && at(doc.body(), "spec", "replicas") instanceof Integer replicas
                    && replicas > 1) {
                assertThat(env(doc.body(), "DISCORD_TOKEN"))
                        .as("%s: %s replicas with Discord on", doc.file(), replicas)
                        .contains("");
            }
            if (doc.kind().equals("Kustomization")) {
                assertThat(list(doc.body().get("replicas")))
                        .as("%s: replicas > 1 only through a patch that turns Discord off", doc.file())
                        .allSatisfy(r -> assertThat(Integer.parseInt(String.valueOf(map(r).get("count"))))
                                .isLessThanOrEqualTo(1));
            }
        }
        Path prod = OVERLAYS.resolve("prod");
        assertThat(docs).anySatisfy(doc -> {
            assertThat(doc.file().startsWith(prod)).isTrue();
            assertThat(at(doc.body(), "spec", "replicas")).isEqualTo(3);
        });
        assertThat(docs).anySatisfy(doc -> {
            assertThat(doc.file().startsWith(prod)).isTrue();
            assertThat(at(doc.body(), "data", "SPRING_DATASOURCE_URL"))
                    .asString()
                    .startsWith("jdbc:postgresql://");
        });
        assertThat(docs).anySatisfy(doc -> {
            assertThat(doc.file().startsWith(prod)).isTrue();
            Map<String, Object> annotations = map(at(doc.body(), "spec", "template", "metadata", "annotations"));
            assertThat(annotations)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
            assertThat(isManagementPort(
                            baseContainer(), Integer.valueOf(String.valueOf(annotations.get("prometheus.io/port")))))
                    .isTrue();
        });
    }

    @Test
    void theArgoCdApplicationSyncsAnOverlayOfThisRepository() {
        Doc application = docs.stream()
                .filter(d -> d.kind().equals("Application"))
                .findFirst()
                .orElseThrow();
        assertThat(String.valueOf(application.body().get("apiVersion"))).startsWith("argoproj.io/");
        Path path = Path.of(String.valueOf(at(application.body(), "spec", "source", "path")));
        assertThat(path).exists();
        assertThat(path.normalize().startsWith(OVERLAYS))
                .as("%s is an overlay", path)
                .isTrue();
        assertThat(path.resolve("kustomization.yaml")).exists();
        assertThat(at(application.body(), "spec", "syncPolicy", "automated", "prune"))
                .isEqualTo(true);
        assertThat(at(application.body(), "spec", "syncPolicy", "automated", "selfHeal"))
                .isEqualTo(true);
        Object namespace = single(path.resolve("kustomization.yaml"), "Kustomization")
                .body()
                .get("namespace");
        if (namespace != null) {
            assertThat(at(application.body(), "spec", "destination", "namespace"))
                    .isEqualTo(namespace);
        }
    }

    @Test
    void theDockerfileBuildsInStagesAndRunsAsTheSameNonRootUserOnTheSamePort() throws IOException {
        List<String[]> instructions = dockerfileInstructions();
        List<String> from = arguments(instructions, "FROM");
        assertThat(from).as("FROM stages").hasSizeGreaterThanOrEqualTo(2);

        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i)[0].equals("FROM")) {
                lastFrom = i;
            }
        }
        List<String> users = arguments(instructions.subList(lastFrom, instructions.size()), "USER");
        assertThat(users).as("USER in the final stage").isNotEmpty();
        String user = users.get(users.size() - 1).split(":")[0].strip();
        assertThat(user).isNotIn("root", "0").matches("\\d+");
        assertThat(at(single(BASE, "Deployment").body(), "spec", "template", "spec", "securityContext", "runAsUser"))
                .isEqualTo(Integer.parseInt(user));

        assertThat(arguments(instructions, "EXPOSE"))
                .flatExtracting(e -> List.of(e.split("\\s+")))
                .contains("8080", "8081");
        assertThat(isContainerPort(baseContainer(), 8080)).isTrue();
        assertThat(isManagementPort(baseContainer(), MANAGEMENT_PORT)).isTrue();

        for (String[] instruction : instructions) {
            if (instruction[0].equals("ENV") || instruction[0].equals("ARG")) {
                assertThat(variableNames(instruction))
                        .as("%s %s", instruction[0], instruction[1])
                        .noneMatch(name -> SECRET_NAME.matcher(name).matches());
            }
        }
        String entrypoint = String.join(" ", arguments(instructions, "ENTRYPOINT"));
        assertThat(entrypoint)
                .as("the unpacked jar, started with the AOT cache its training run wrote")
                .contains("-jar", "skillbot.jar", "-XX:AOTCache=skillbot.aot");
        assertThat(String.join("\n", arguments(instructions, "RUN"))).contains("-XX:AOTCacheOutput=skillbot.aot");
        String copies = String.join("\n", arguments(instructions, "COPY"));
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(copies).contains("/" + layer + "/");
        }
    }

    @Test
    void theDockerBuildContextHoldsWhatTheDockerfileCopies() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        for (String copy : arguments(dockerfileInstructions(), "COPY")) {
            if (copy.contains("--from=")) {
                continue;
            }
            List<String> words = Stream.of(copy.split("\\s+"))
                    .filter(w -> !w.startsWith("--"))
                    .toList();
            for (String source : words.subList(0, words.size() - 1)) {
                String top = Path.of(source).normalize().getName(0).toString();
                assertThat(Path.of(source)).as("COPY source").exists();
                if (ignored.contains("*")) {
                    assertThat(ignored)
                            .as(".dockerignore keeps %s", top)
                            .anyMatch(line -> line.equals("!" + top) || line.equals("!" + top + "/"));
                }
            }
        }
        assertThat(ignored).as(".dockerignore").isNotEmpty();
    }

    /**
     * The Secret may hold every Slack secret; a Deployment that turns Slack off must empty the app
     * token and the signing secret too, since either without the bot token stops start-up.
     */
    @Test
    void aDeploymentThatTurnsSlackOffEmptiesEverySlackSecret() {
        List<Doc> slackOff = docs.stream()
                .filter(doc -> doc.kind().equals("Deployment"))
                .filter(doc -> env(doc.body(), "SLACK_BOT_TOKEN")
                        .filter(String::isEmpty)
                        .isPresent())
                .toList();
        assertThat(slackOff).as("Deployments with Slack off").isNotEmpty();
        for (Doc doc : slackOff) {
            for (String secret : List.of("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")) {
                assertThat(env(doc.body(), secret))
                        .as("%s: %s with Slack off", doc.file(), secret)
                        .contains("");
            }
        }
    }

    /** Where kubectl is installed: the overlays as the cluster receives them, one Discord process a shard range. */
    @Test
    void renderedOverlaysRunEachDiscordShardRangeInOnePod() throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed");
        for (String overlay : List.of("dev", "prod")) {
            List<Map<String, Object>> rendered = new ArrayList<>();
            loadAll(kustomize(OVERLAYS.resolve(overlay))).forEach(d -> rendered.add(map(d)));
            List<Map<String, Object>> discord = new ArrayList<>();
            for (Map<String, Object> resource : rendered) {
                if (!"Deployment".equals(resource.get("kind"))) {
                    continue;
                }
                boolean discordOff =
                        env(resource, "DISCORD_TOKEN").filter(String::isEmpty).isPresent();
                if (!discordOff) {
                    discord.add(resource);
                    assertThat(at(resource, "spec", "replicas"))
                            .as("%s %s replicas", overlay, at(resource, "metadata", "name"))
                            .isEqualTo(1);
                    assertThat(at(resource, "spec", "strategy", "type"))
                            .as("%s %s strategy", overlay, at(resource, "metadata", "name"))
                            .isEqualTo("Recreate");
                }
            }
            assertThat(discord).as("%s: Deployments that run Discord", overlay).isNotEmpty();
            assertThat(discord.stream()
                            .map(d -> env(d, "SKILLBOT_DISCORD_SHARDS").orElse(""))
                            .distinct()
                            .count())
                    .as("%s: one Deployment per shard range", overlay)
                    .isEqualTo(discord.size());
        }
    }

    // --- the deploy tree --------------------------------------------------------------------

    private static Map<String, Object> baseContainer() {
        List<Object> containers = list(at(single(BASE, "Deployment").body(), "spec", "template", "spec", "containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, Object> httpGet(Map<String, Object> container, String probe) {
        Object httpGet = at(container, probe, "httpGet");
        assertThat(httpGet).as("%s.httpGet", probe).isInstanceOf(Map.class);
        return map(httpGet);
    }

    /** The container port the actuator listens on: application.yml's default {@value #MANAGEMENT_PORT}, named {@code management}. */
    private static boolean isManagementPort(Map<String, Object> container, Object port) {
        return list(container.get("ports")).stream()
                .map(DeployManifestsTest::map)
                .filter(p -> "management".equals(p.get("name"))
                        && Integer.valueOf(MANAGEMENT_PORT).equals(p.get("containerPort")))
                .anyMatch(p -> port != null && (port.equals(p.get("name")) || port.equals(p.get("containerPort"))));
    }

    /** A port given by name or number, as probes and Service target ports may be. */
    private static boolean isContainerPort(Map<String, Object> container, Object port) {
        return list(container.get("ports")).stream()
                .map(DeployManifestsTest::map)
                .anyMatch(p -> port != null && (port.equals(p.get("name")) || port.equals(p.get("containerPort"))));
    }

    private static Optional<String> env(Map<String, Object> deployment, String name) {
        return list(at(deployment, "spec", "template", "spec", "containers")).stream()
                .flatMap(c -> list(map(c).get("env")).stream())
                .map(DeployManifestsTest::map)
                .filter(e -> name.equals(e.get("name")))
                .map(e -> String.valueOf(e.getOrDefault("value", "")))
                .findFirst();
    }

    /** The one document of a kind in a file, or in every file below a directory. */
    private static Doc single(Path where, String kind) {
        List<Doc> found = docs.stream()
                .filter(d -> d.file().startsWith(where) && d.kind().equals(kind))
                .toList();
        assertThat(found).as("%s in %s", kind, where).hasSize(1);
        return found.get(0);
    }

    private static List<Doc> docsIn(Path file) {
        return docs.stream().filter(d -> d.file().equals(file)).toList();
    }

    /** Files and directories a kustomization names: resources, components and patch files. */
    private static List<Path> references(Path file, Map<String, Object> kustomization) {
        List<Path> references = new ArrayList<>();
        for (String field : List.of("resources", "components")) {
            list(kustomization.get(field))
                    .forEach(r -> references.add(
                            file.getParent().resolve(String.valueOf(r)).normalize()));
        }
        for (Object patch : list(kustomization.get("patches"))) {
            Object path = map(patch).get("path");
            if (path != null) {
                references.add(file.getParent().resolve(String.valueOf(path)).normalize());
            }
            assertThat(path != null || map(patch).get("patch") != null)
                    .as("%s: a patch with neither path nor patch", file)
                    .isTrue();
        }
        return references;
    }

    /** The documents a kustomization starts from, before its own patches: its resource files, and those of its bases. */
    private static List<Doc> resourcesOf(Path dir) {
        List<Doc> resources = new ArrayList<>();
        for (Object resource : list(single(dir.resolve("kustomization.yaml"), "Kustomization")
                .body()
                .get("resources"))) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            resources.addAll(Files.isDirectory(path) ? resourcesOf(path) : docsIn(path));
        }
        return resources;
    }

    /** A patch must reach something: its target or named resource, its JSON paths, its containers. */
    private static void checkPatch(Path file, Map<String, Object> entry, List<Doc> resources) {
        Object body = entry.get("path") != null
                ? docsIn(file.getParent()
                                .resolve(String.valueOf(entry.get("path")))
                                .normalize())
                        .stream()
                        .map(Doc::body)
                        .findFirst()
                        .orElse(null)
                : loadAll(String.valueOf(entry.get("patch"))).get(0);
        assertThat(body).as("%s: patch %s", file, entry).isNotNull();
        Map<String, Object> target = entry.get("target") != null
                ? map(entry.get("target"))
                : Map.of("kind", map(body).get("kind"), "name", at(body, "metadata", "name"));
        List<Doc> targets = resources.stream()
                .filter(r -> r.kind().equals(target.get("kind"))
                        && (target.get("name") == null || r.name().equals(target.get("name"))))
                .toList();
        assertThat(targets).as("%s: what patch %s applies to", file, target).isNotEmpty();
        for (Doc resource : targets) {
            if (body instanceof List<?> operations) {
                for (Object operation : operations) {
                    String op = String.valueOf(map(operation).get("op"));
                    String pointer = String.valueOf(map(operation).get("path"));
                    String mustExist = op.equals("add") ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer;
                    assertThat(pointer(resource.body(), mustExist))
                            .as("%s: %s %s in %s", file, op, pointer, resource.file())
                            .isPresent();
                }
            } else if ("Deployment".equals(resource.kind())) {
                List<Object> names = list(at(resource.body(), "spec", "template", "spec", "containers")).stream()
                        .map(c -> map(c).get("name"))
                        .toList();
                assertThat(list(at(body, "spec", "template", "spec", "containers")))
                        .as("%s: containers patched by name", file)
                        .allSatisfy(c -> assertThat(names).contains(map(c).get("name")));
            }
        }
    }

    private static Optional<Object> pointer(Object root, String pointer) {
        Object node = root;
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> m && m.containsKey(key)) {
                node = m.get(key);
            } else if (node instanceof List<?> l && key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
                node = l.get(Integer.parseInt(key));
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }

    // --- the Dockerfile ---------------------------------------------------------------------

    /** Instructions as {keyword, arguments}, continuation lines joined, comments dropped. */
    private static List<String[]> dockerfileInstructions() throws IOException {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : Files.readAllLines(DOCKERFILE)) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line)
                    .append(' ');
            if (!continues) {
                String[] parts = current.toString().strip().split("\\s+", 2);
                instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static List<String> arguments(List<String[]> instructions, String keyword) {
        return instructions.stream()
                .filter(i -> i[0].equals(keyword))
                .map(i -> i[1])
                .toList();
    }

    /** The names an ENV or ARG sets: {@code A=1 B="x y"}, {@code A 1} or {@code A}. */
    private static List<String> variableNames(String[] instruction) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : instruction[1].toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            fail("%s without a variable", instruction[0]);
        }
        boolean keyValue = words.get(0).contains("=");
        return (keyValue ? words : words.subList(0, 1))
                .stream().map(w -> w.split("=", 2)[0]).toList();
    }

    // --- YAML and processes -----------------------------------------------------------------

    private static List<Object> loadAll(String text) {
        List<Object> documents = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader).forEach(documents::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return documents;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Object at(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node instanceof List<?> ? (List<Object>) node : List.of();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static String kustomize(Path dir) throws Exception {
        Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                .redirectErrorStream(true)
                .start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("kubectl kustomize %s took over 60 s", dir);
        }
        String text = output.get(10, TimeUnit.SECONDS);
        assertThat(process.exitValue())
                .as("kubectl kustomize %s:\n%s", dir, text)
                .isZero();
        return text;
    }
}
