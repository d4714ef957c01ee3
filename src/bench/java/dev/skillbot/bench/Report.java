package dev.skillbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the figures as a Markdown table and as JSON. */
final class Report {

    private Report() {}

    static void write(Path docs, String machine, String date, String stages, List<Figure> figures, String jmhJson)
            throws IOException {
        Files.createDirectories(docs);
        StringBuilder md = new StringBuilder("# Benchmarks\n\n")
                .append("Written by `./mvnw -Pbench -DskipTests package exec:exec` (stages: ")
                .append(stages)
                .append(") on ")
                .append(date)
                .append(".\n\nMachine: ")
                .append(machine)
                .append(".\n\n")
                .append("Every figure is reported, met or not. Raw results: [benchmarks.json](benchmarks.json). ")
                .append(
                        "Why the missed budgets are missed, and what was profiled and changed: [performance.md](performance.md).\n\n")
                .append("| area | figure | measured | budget | verdict | how |\n|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ")
                    .append(figure.area())
                    .append(" | ")
                    .append(figure.name())
                    .append(" | ")
                    .append(figure.shown())
                    .append(" | ")
                    .append(figure.budget())
                    .append(" | ")
                    .append(figure.verdict())
                    .append(" | ")
                    .append(figure.how())
                    .append(" |\n");
        }
        Files.writeString(docs.resolve("benchmarks.md"), md.toString(), StandardCharsets.UTF_8);
        String json = "{\n  \"machine\": " + quote(machine) + ",\n  \"date\": " + quote(date) + ",\n  \"figures\": [\n"
                + figures.stream().map(Report::json).collect(Collectors.joining(",\n")) + "\n  ],\n  \"jmh\": "
                + jmhJson.strip() + "\n}\n";
        Files.writeString(docs.resolve("benchmarks.json"), json, StandardCharsets.UTF_8);
    }

    private static String json(Figure figure) {
        return "    {\"area\": " + quote(figure.area()) + ", \"name\": " + quote(figure.name()) + ", \"value\": "
                + figure.value()
                + ", \"unit\": " + quote(figure.unit()) + ", \"budget\": " + quote(figure.budget()) + ", \"met\": "
                + figure.met()
                + ", \"how\": " + quote(figure.how()) + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
