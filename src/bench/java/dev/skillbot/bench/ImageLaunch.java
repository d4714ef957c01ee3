package dev.skillbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * Skillbot started the way the container image starts it (see the Dockerfile): the jar unpacked by
 * Spring Boot's {@code extract} and a class cache written by a training run that exits once the
 * application context is refreshed. With a JDK 24 or newer that is the JDK's AOT cache (what the
 * image does on Temurin 25); with an older JDK, a static CDS archive.
 *
 * @param java    the java executable
 * @param options the JVM options that use the cache
 * @param what    how it was started, for the report
 */
record ImageLaunch(String java, List<String> options, String what) {

    private static final Path DIR = Path.of("target", "bench-image");
    /** The Dockerfile's {@code JAVA_TOOL_OPTIONS}, for the training run and the start alike (JDK 22+ for the trimming). */
    static final List<String> IMAGE_OPTIONS =
            List.of("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-XX:TrimNativeHeapInterval=5000");

    static final Path JAR = DIR.resolve("skillbot.jar");

    /** Unpacks the jar and runs the training run; the JDK is {@code -Dbench.image-jdk}, else the newest under /usr/lib/jvm if 24+, else this one. */
    static ImageLaunch prepare() throws IOException, InterruptedException {
        Path jdk = jdk();
        int feature = featureVersion(jdk);
        String java = jdk.resolve("bin").resolve("java").toString();
        FileSystemUtils.deleteRecursively(DIR);
        Processes.run(
                List.of(
                        java,
                        "-Djarmode=tools",
                        "-jar",
                        Processes.JAR.toString(),
                        "extract",
                        "--destination",
                        DIR.toString()),
                Duration.ofMinutes(2));
        if (feature >= 24) {
            Path cache = DIR.resolve("skillbot.aot");
            List<String> training = new ArrayList<>(IMAGE_OPTIONS);
            training.add("-XX:AOTCacheOutput=" + cache);
            train(java, training);
            List<String> start = new ArrayList<>(IMAGE_OPTIONS);
            start.add("-XX:AOTCache=" + cache);
            return new ImageLaunch(
                    java, start, "JDK " + feature + " AOT cache, unpacked jar and JAVA_TOOL_OPTIONS (as the image)");
        }
        // JDK 17's dynamic archive (-XX:ArchiveClassesAtExit) crashes on Spring's lambda proxies in some builds,
        // so the class list is recorded and dumped statically, without the lambda proxy entries.
        Path list = DIR.resolve("classes.lst");
        Path archive = DIR.resolve("skillbot.jsa");
        train(java, List.of("-XX:DumpLoadedClassList=" + list));
        List<String> classes = Files.readAllLines(list).stream()
                .filter(line -> !line.startsWith("@lambda-proxy"))
                .toList();
        Files.write(list, classes);
        Processes.run(
                List.of(
                        java,
                        "-Xshare:dump",
                        "-XX:SharedClassListFile=" + list,
                        "-XX:SharedArchiveFile=" + archive,
                        "-Xlog:disable",
                        "-jar",
                        JAR.toString()),
                Duration.ofMinutes(2));
        return new ImageLaunch(
                java, List.of("-XX:SharedArchiveFile=" + archive), "JDK " + feature + " CDS archive, unpacked jar");
    }

    List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void train(String java, List<String> cacheOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(cacheOptions);
        command.addAll(List.of(
                "-Dspring.context.exit=onRefresh",
                "-jar",
                JAR.toString(),
                "--spring.datasource.url=jdbc:h2:mem:training",
                "--logging.level.root=WARN",
                "--server.port=0",
                "--management.server.port=0"));
        Processes.run(command, Duration.ofMinutes(3));
    }

    private static Path jdk() throws IOException {
        String chosen = System.getProperty("bench.image-jdk", "");
        if (!chosen.isBlank()) {
            return Path.of(chosen);
        }
        Path running = Path.of(System.getProperty("java.home"));
        if (featureVersion(running) >= 24) {
            return running;
        }
        Path installed = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> jdks = Files.list(installed)) {
                Optional<Path> newest = jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                        .filter(jdk -> featureVersion(jdk) >= 24)
                        .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        return running;
    }

    /** The feature version from the JDK's {@code release} file, 0 when it cannot be read. */
    static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
