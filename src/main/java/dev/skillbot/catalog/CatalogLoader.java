package dev.skillbot.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Loads a catalog directory: the shared {@code levels.yml}, {@code roles.yml} and
 * {@code domains.yml}, then one skill file per skill in one folder per domain. Every problem in
 * every file is collected; a catalog is returned only when there is none.
 *
 * <p>A loader remembers each skill file's outcome in its last load ({@link LoadMemo}), so reloading
 * a catalog parses only the files that changed; given a snapshot file, its first load takes the
 * outcomes of unchanged files from there instead ({@link OutcomeSnapshot}).
 */
public final class CatalogLoader {

    private static final List<String> DEFINITION_FILES =
            List.of(Definitions.LEVELS_FILE, Definitions.ROLES_FILE, Definitions.DOMAINS_FILE);

    private final UnaryOperator<String> revisionNaming;
    private final CatalogLocales locales;
    private final TranslationCheck translationCheck;
    private final AtomicReference<LoadMemo> memo = new AtomicReference<>(LoadMemo.EMPTY);
    private final AtomicReference<Path> snapshot = new AtomicReference<>();
    private volatile int reusedFromSnapshot;
    private final AtomicReference<Catalog> lastBuilt = new AtomicReference<>();

    public CatalogLoader() {
        this(UnaryOperator.identity());
    }

    /** A loader that names each snapshot's revision from its content hash, such as by the Git commit it came from. */
    public CatalogLoader(UnaryOperator<String> revisionNaming) {
        this(revisionNaming, CatalogLocales.DEFAULT, TranslationCheck.NONE);
    }

    /** A loader for catalogs in {@code locales}, reporting the translations {@code translationCheck} asks for. */
    public CatalogLoader(
            UnaryOperator<String> revisionNaming, CatalogLocales locales, TranslationCheck translationCheck) {
        this.revisionNaming = revisionNaming;
        this.locales = locales;
        this.translationCheck = translationCheck;
    }

    public LoadResult load(Path dir) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.noSuchDirectory(dir));
            return new LoadResult(Optional.empty(), problems);
        }
        return load(dir, listYamlFiles(dir, problems), problems);
    }

    /** Loads the files {@code listed} by a walk of {@code dir} that has just been made. */
    LoadResult load(Path dir, List<Path> listed) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        return load(dir, listed, problems);
    }

    /**
     * Takes the first load's outcomes of unchanged files from the snapshot in {@code file} and
     * writes this load's there; later loads reuse the previous load's outcome of every unchanged file instead. A file
     * inside a catalog directory is never used: the catalog is Git content.
     */
    public CatalogLoader snapshotIn(Path file) {
        snapshot.set(file);
        return this;
    }

    /** How many skill files' outcomes the last load took from the snapshot. */
    int reusedFromSnapshot() {
        return reusedFromSnapshot;
    }

    /**
     * Loads the files {@code listed} by a walk of {@code dir}. A skill file deleted since the walk is
     * left out, as the next walk would; the definition files must be there.
     */
    LoadResult load(Path dir, List<Path> listed, List<Problem> problems) {
        List<Path> skillFiles = skillFiles(dir, listed, problems);
        List<SourceFile> definitionSources = DEFINITION_FILES.stream()
                .map(name -> SourceFile.read(dir, dir.resolve(name), problems, true))
                .toList();
        String definitionsKey = String.join(
                ",", definitionSources.stream().map(SourceFile::hash).toList());
        OutcomeSnapshot stored = OutcomeSnapshot.open(
                snapshot.getAndSet(null), dir, OutcomeSnapshot.context(definitionsKey, locales, translationCheck));
        int before = problems.size();
        Definitions definitions = stored.definitions().orElseGet(() -> Definitions.read(definitionSources, problems));
        stored.readWith(OutcomeCodec.of(definitions, locales), problems.size() == before ? definitions : null);
        LoadMemo previous = memo.get();
        // Each skill file is read into its thread's buffer, hashed and, unless its outcome is known, parsed in one
        // step.
        List<String[]> hashes = Collections.synchronizedList(new ArrayList<>());
        definitionSources.forEach(source -> hashes.add(new String[] {source.relative(), source.hash()}));
        // A load that parses every file runs on every core. One that reuses the last load's outcomes (a reload)
        // parses only what changed, on its own thread, and leaves the other cores to the requests served meanwhile.
        boolean reload = previous.covers(dir, definitionsKey);
        Stream<Path> files = reload ? skillFiles.stream() : skillFiles.parallelStream();
        List<Map.Entry<String, ParsedFile>> outcomes;
        try {
            outcomes = files.map(file -> {
                        SourceFile source = SourceFile.read(dir, file, problems, false, FileBuffer.ofThisThread());
                        if (source == null) {
                            return null;
                        }
                        hashes.add(new String[] {source.relative(), source.hash()});
                        if (!source.readable()) {
                            return null;
                        }
                        ParsedFile outcome = previous.reuse(dir, definitionsKey, source);
                        return Map.entry(
                                source.relative(), outcome != null ? outcome : read(source, definitions, stored));
                    })
                    .filter(Objects::nonNull)
                    .toList();
        } finally {
            stored.finish();
        }
        reusedFromSnapshot = stored.reused();
        memo.set(new LoadMemo(dir, definitionsKey, Map.ofEntries(outcomes.toArray(Map.Entry[]::new))));
        List<Problem> missing = new ArrayList<>();
        List<SkillFileReader.ParsedSkill> parsed = new ArrayList<>();
        for (Map.Entry<String, ParsedFile> entry : outcomes) {
            ParsedFile outcome = entry.getValue();
            problems.addAll(outcome.problems());
            missing.addAll(outcome.missing());
            if (outcome.skill() != null) {
                parsed.add(outcome.skill());
            }
        }
        List<Skill> skills =
                parsed.stream().map(SkillFileReader.ParsedSkill::skill).toList();
        String revision = revisionNaming.apply(ContentHash.revision(hashes));
        Supplier<Catalog> build = () -> new Catalog(
                definitions.levels(),
                definitions.roles(),
                definitions.domains(),
                skills,
                revision,
                locales,
                lastBuilt.get());
        // A first load builds the catalog's indexes on the other core while this one runs the cross-file check
        // (100k skills: about a second each); a reload reuses the indexes and leaves the other core to requests.
        CompletableFuture<Catalog> building = problems.isEmpty() && !reload
                ? CompletableFuture.supplyAsync(build)
                : CompletableFuture.completedFuture(null);
        CatalogValidator.check(parsed, definitions, problems);
        if (definitions.levels().isEmpty() || definitions.roles().isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "the catalog needs at least one level and one role"));
        }
        if (!problems.isEmpty()) {
            return new LoadResult(Optional.empty(), problems, missing);
        }
        Catalog built = building.join();
        Catalog catalog = built != null ? built : build.get();
        lastBuilt.set(catalog);
        return new LoadResult(Optional.of(catalog), List.of(), missing);
    }

    /** The file's outcome in the last start's snapshot, or read now and kept for the next. */
    private ParsedFile read(SourceFile source, Definitions definitions, OutcomeSnapshot stored) {
        ParsedFile outcome = stored.outcome(source);
        if (outcome == null) {
            outcome = ParsedFile.read(source, definitions, locales, translationCheck);
            stored.add(source, outcome);
        }
        return outcome;
    }

    private static List<Path> listYamlFiles(Path dir, List<Problem> problems) {
        try {
            return CatalogFiles.yamlFiles(dir);
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, "cannot list the catalog directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static List<Path> skillFiles(Path dir, List<Path> listed, List<Problem> problems) {
        List<Path> skills = new ArrayList<>();
        for (Path file : listed) {
            String relative = SourceFile.relativeName(dir, file);
            if (relative.indexOf('/') > 0) {
                skills.add(file);
            } else if (!DEFINITION_FILES.contains(relative)) {
                problems.add(new Problem(
                        file.toString(),
                        0,
                        "skill files belong in a domain folder, such as "
                                + dir.resolve("devops-ci-cd").resolve(relative)));
            }
        }
        return skills;
    }
}
