package dev.skillbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic catalogs of any size in the real catalog format, for tests and benchmarks:
 * realistic multi-word skill names, aliases, tags and descriptions of a chosen length.
 */
public final class SyntheticCatalog {

    /**
     * @param skills            how many skills
     * @param roles             how many roles each skill includes (and the catalog defines)
     * @param descriptionLength characters per cell description, roughly
     * @param seed              the same seed writes the same catalog
     * @param languages         1: English only, in the plain form; 2: every text also in zh-CN, as block maps
     *                          (Chinese cell texts half as many characters as the English, each two bytes in memory)
     */
    public record Spec(int skills, int roles, int descriptionLength, long seed, int languages) {

        public Spec(int skills, int roles, int descriptionLength, long seed) {
            this(skills, roles, descriptionLength, seed, 1);
        }

        public static Spec of(int skills) {
            return new Spec(skills, 4, 260, 42);
        }

        /** The same catalog with every text in English and Chinese. */
        public Spec bilingual() {
            return new Spec(skills, roles, descriptionLength, seed, 2);
        }

        /** The extreme catalog every renderer must fit: 5,000-character descriptions and 40 roles. */
        public static Spec extreme() {
            return new Spec(3, 40, 5000, 7);
        }
    }

    static final String[] LEVELS = {"junior", "middle", "senior", "lead", "principal"};
    private static final String[] FIRST = {
        "Distributed",
        "Cloud",
        "Secure",
        "Automated",
        "Resilient",
        "Scalable",
        "Edge",
        "Serverless",
        "Container",
        "Network",
        "Storage",
        "Identity",
        "Release",
        "Data",
        "Event",
        "Service",
        "Mobile",
        "Frontend",
        "Backend",
        "Platform",
        "Observability",
        "Capacity",
        "Compliance",
        "Quality",
        "Performance",
        "Streaming",
        "Batch",
        "Machine",
        "Search",
        "Payment",
        "Messaging",
        "Cache",
        "Database",
        "Build",
        "Deployment",
        "Incident",
        "Runtime",
        "Kernel",
        "Browser",
        "Graph"
    };
    private static final String[] SECOND = {
        "Cache",
        "Queue",
        "Pipeline",
        "Gateway",
        "Mesh",
        "Cluster",
        "Registry",
        "Schema",
        "Index",
        "Ledger",
        "Scheduler",
        "Proxy",
        "Broker",
        "Runtime",
        "Catalog",
        "Policy",
        "Workflow",
        "Telemetry",
        "Topology",
        "Inventory",
        "Contract",
        "Budget",
        "Backlog",
        "Replica",
        "Snapshot",
        "Secret",
        "Token",
        "Certificate",
        "Firewall",
        "Balancer",
        "Bucket",
        "Stream",
        "Model",
        "Feature",
        "Tenant",
        "Quota",
        "Journal",
        "Partition",
        "Shard",
        "Vault"
    };
    private static final String[] THIRD = {
        "Operations",
        "Design",
        "Engineering",
        "Management",
        "Governance",
        "Testing",
        "Automation",
        "Tuning",
        "Security",
        "Architecture"
    };
    private static final String[] FOURTH = {
        "",
        "Fundamentals",
        "at Scale",
        "Practices",
        "Strategy",
        "Migration",
        "Hardening",
        "Analytics",
        "Reliability",
        "Modernization",
        "Economics",
        "Tooling"
    };
    private static final String[] WORDS =
            ("designs implements operates standardizes automates monitors reviews defines "
                            + "kubernetes terraform argocd prometheus grafana vault kafka postgresql redis envoy istio helm flux crossplane "
                            + "pipeline rollout canary rollback capacity latency budget policy audit compliance incident runbook alert "
                            + "dashboard schema migration backup restore replica failover quota tenant cluster service team platform "
                            + "across the for with and through of to in")
                    .split(" ");
    private static final String[] CHINESE = ("设计 实现 运维 规范 自动化 监控 评审 定义 kubernetes terraform 流水线 发布 金丝雀 回滚 容量 延迟 "
                    + "预算 策略 审计 合规 故障 手册 告警 看板 模式 迁移 备份 恢复 副本 故障转移 配额 租户 集群 服务 团队 平台 并且 通过 跨越 为")
            .split(" ");

    private SyntheticCatalog() {}

    public static Path write(Path dir, Spec spec) {
        try {
            Files.createDirectories(dir);
            Random random = new Random(spec.seed());
            writeLevels(dir);
            writeRoles(dir, spec.roles());
            int domains = 8;
            writeDomains(dir, domains);
            for (int d = 0; d < domains; d++) {
                Files.createDirectories(dir.resolve("domain-" + d));
            }
            for (int s = 0; s < spec.skills(); s++) {
                String name = name(s);
                String id = id(name, s);
                String domain = "domain-" + (s % domains);
                Files.writeString(
                        dir.resolve(domain).resolve(id + ".yml"),
                        skill(id, name, s, domain, spec, random),
                        StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the skill at an index: unique word combinations, no numbers. */
    public static String name(int index) {
        int first = index % FIRST.length;
        int second = (index / FIRST.length) % SECOND.length;
        int third = (index / (FIRST.length * SECOND.length)) % THIRD.length;
        int fourth = index / (FIRST.length * SECOND.length * THIRD.length);
        String suffix = fourth < FOURTH.length ? FOURTH[fourth] : "Track " + fourth;
        return (FIRST[first] + " " + SECOND[second] + " " + THIRD[third] + " " + suffix).strip();
    }

    public static String id(String name, int index) {
        String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return id.length() <= 40 ? id : id.substring(0, 33) + "-" + Integer.toString(index, 36);
    }

    /** A short alias unique to the skill at an index. */
    public static String alias(int index) {
        return "syn" + Integer.toString(index, 36);
    }

    private static String skill(String id, String name, int index, String domain, Spec spec, Random random) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: ").append(id).append('\n');
        boolean chinese = spec.languages() > 1;
        yaml.append("name:").append(text(name, chinese ? "合成技能 " + index : null, "  "));
        yaml.append("aliases: [").append(alias(index)).append("]\n");
        yaml.append("domain: ").append(domain).append('\n');
        yaml.append("group:").append(text(name.split(" ")[0], chinese ? "分组 " + name.split(" ")[0] : null, "  "));
        yaml.append("summary:")
                .append(text(
                        "Synthetic skill number " + index + " for tests and benchmarks.",
                        chinese ? "用于测试与基准的第 " + index + " 号合成技能。" : null,
                        "  "));
        if (chinese) {
            yaml.append("tags:\n");
            for (int t = 0; t < 2; t++) {
                int word = random.nextInt(CHINESE.length);
                yaml.append("  - en: ")
                        .append(WORDS[word % WORDS.length])
                        .append("\n    zh-CN: ")
                        .append(CHINESE[word])
                        .append('\n');
            }
        } else {
            yaml.append("tags: [")
                    .append(WORDS[random.nextInt(WORDS.length)])
                    .append(", ")
                    .append(WORDS[random.nextInt(WORDS.length)])
                    .append("]\n");
        }
        yaml.append("updated: 2026-0")
                .append(1 + index % 9)
                .append("-1")
                .append(index % 10)
                .append('\n');
        yaml.append("owners: []\n");
        List<String> roles = new ArrayList<>();
        for (int r = 0; r < spec.roles(); r++) {
            roles.add(roleId(r));
        }
        yaml.append("roles: [").append(String.join(", ", roles)).append("]\n");
        yaml.append("cells:\n");
        for (String level : LEVELS) {
            yaml.append("  ").append(level).append(":\n");
            for (String role : roles) {
                yaml.append("    ").append(role).append(":\n");
                yaml.append("      required: ")
                        .append(!level.equals("principal"))
                        .append('\n');
                String english =
                        "\"" + sentence(random, WORDS, "Synthetic expectation:", spec.descriptionLength()) + "\"";
                yaml.append("      text:")
                        .append(text(
                                english,
                                chinese
                                        ? "\"" + sentence(random, CHINESE, "合成期望：", spec.descriptionLength() / 2) + "\""
                                        : null,
                                "        "));
            }
        }
        return yaml.toString();
    }

    /** A value after its key: {@code " text"} on the line, or one line per language below it when there is a Chinese one. */
    private static String text(String english, String chinese, String indent) {
        return chinese == null
                ? " " + english + "\n"
                : "\n" + indent + "en: " + english + "\n" + indent + "zh-CN: " + chinese + "\n";
    }

    private static String sentence(Random random, String[] words, String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length - 1) {
            text.append(' ').append(words[random.nextInt(words.length)]);
        }
        text.setLength(Math.min(text.length(), length - 1));
        return text.toString().strip() + ".";
    }

    static String roleId(int index) {
        return String.format("role-%02d", index);
    }

    private static void writeLevels(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("levels:\n");
        String[][] labels = {{"Junior", "初级"}, {"Middle", "中级"}, {"Senior", "高级"}, {"Lead", "资深"}, {"Principal", "首席"}};
        for (int l = 0; l < LEVELS.length; l++) {
            yaml.append("  - id: ")
                    .append(LEVELS[l])
                    .append('\n')
                    .append("    aliases: [\"")
                    .append(l + 1)
                    .append("\", l")
                    .append(l + 1)
                    .append("]\n")
                    .append("    labels:\n      en: ")
                    .append(labels[l][0])
                    .append("\n      zh-CN: ")
                    .append(labels[l][1])
                    .append('\n');
        }
        Files.writeString(dir.resolve("levels.yml"), yaml.toString(), StandardCharsets.UTF_8);
    }

    private static void writeRoles(Path dir, int roles) throws IOException {
        StringBuilder yaml = new StringBuilder("roles:\n");
        for (int r = 0; r < roles; r++) {
            yaml.append("  - id: ")
                    .append(roleId(r))
                    .append('\n')
                    .append("    short: Role ")
                    .append(r)
                    .append('\n')
                    .append("    labels:\n      en: Synthetic Role ")
                    .append(r)
                    .append(" Engineer\n");
        }
        Files.writeString(dir.resolve("roles.yml"), yaml.toString(), StandardCharsets.UTF_8);
    }

    private static void writeDomains(Path dir, int domains) throws IOException {
        StringBuilder yaml = new StringBuilder("domains:\n");
        for (int d = 0; d < domains; d++) {
            yaml.append("  - id: domain-")
                    .append(d)
                    .append('\n')
                    .append("    labels:\n      en: Synthetic Domain ")
                    .append(d)
                    .append('\n');
        }
        Files.writeString(dir.resolve("domains.yml"), yaml.toString(), StandardCharsets.UTF_8);
    }
}
