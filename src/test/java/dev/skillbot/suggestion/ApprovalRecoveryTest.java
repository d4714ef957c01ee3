package dev.skillbot.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crash recovery: the process dies at each step of an approval (the writer's hook throws an
 * {@link Error} that nothing catches, so nothing after it runs), and a new process on the same
 * database and directory finishes it. Afterwards the database and Git agree: the proposal is
 * APPROVED, its text is in the file, there is exactly one commit for it, and the work tree is clean.
 */
class ApprovalRecoveryTest {

    private static final String NEW_TEXT = "Senior sre plans releases on a fixed train and owns the rollback plan.";

    /** What a crash is to the code under test: an error nobody catches. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash(CatalogWriter.Step step) {
            super("crash at " + step);
        }
    }

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(CatalogWriter.Step.class)
    void anApprovalInterruptedAtAnyStepIsFinishedAtStartUp(CatalogWriter.Step crashAt) throws Exception {
        Path dir = WriterRig.gitCatalog(temp.resolve("catalog"));
        DataSource database = TestDatabases.h2();
        long id = approveAndCrash(dir, database, crashAt);
        if (crashAt == CatalogWriter.Step.TEMP_WRITTEN) {
            // a real crash skips the writer's clean-up; leave what it would have left
            Files.writeString(
                    dir.resolve("delivery/.release-trains.yml.0badc0de" + TemporaryFiles.SUFFIX), "half written");
        }

        try (WriterRig after = new WriterRig(dir, database, CatalogWriter.WriteSteps.NONE)) {
            assertThat(after.recovery().run()).hasValue(1);

            assertThat(after.store.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVED);
            assertThat(after.cellText(FixtureCatalog.RELEASE_TRAINS, "senior", "sre"))
                    .isEqualTo(NEW_TEXT);
            assertThat(after.commitsOf(id)).hasSize(1);
            RevCommit commit = after.commitsOf(id).get(0);
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("Author U_ALICE");
            assertThat(after.uncleanFiles()).isEmpty();
            assertThat(after.temporaryFiles()).isEmpty();
            assertThat(after.recovery().run()).as("nothing left to finish").hasValue(0);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = CatalogWriter.Step.class,
            names = {"READ", "VERIFIED", "TEMP_WRITTEN", "REPLACED"})
    void aCellChangedWhileTheProcessWasDownIsNotOverwritten(CatalogWriter.Step crashAt) throws Exception {
        Path dir = WriterRig.gitCatalog(temp.resolve("catalog"));
        DataSource database = TestDatabases.h2();
        long id = approveAndCrash(dir, database, crashAt);
        Path file = dir.resolve("delivery/release-trains.yml");
        String edited = Files.readString(file)
                .replace(FixtureCatalog.text(FixtureCatalog.RELEASE_TRAINS, "senior", "sre"), "Changed by hand.")
                .replace(NEW_TEXT, "Changed by hand.");
        Files.writeString(file, edited);
        commitAll(dir);

        try (WriterRig after = new WriterRig(dir, database, CatalogWriter.WriteSteps.NONE)) {
            after.recovery().run();

            assertThat(after.store.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.NEEDS_ATTENTION);
            assertThat(Files.readString(file)).isEqualTo(edited);
            assertThat(after.commitsOf(id)).isEmpty();
            assertThat(after.uncleanFiles()).isEmpty();
        }
    }

    @Test
    void anApprovalInterruptedWhileTheDatabaseIsDownAtStartUpIsFinishedOnceItAnswers() throws Exception {
        Path dir = WriterRig.gitCatalog(temp.resolve("catalog"));
        DataSource database = TestDatabases.h2();
        long id = approveAndCrash(dir, database, CatalogWriter.Step.COMMITTED);
        AtomicBoolean down = new AtomicBoolean(true);

        try (WriterRig after = new WriterRig(dir, database, CatalogWriter.WriteSteps.NONE);
                ApprovalRecoveryAtStart atStart = new ApprovalRecoveryAtStart(
                        new ApprovalRecovery(
                                after.service, downWhile(down, after.store), after.history, dir, after.clock),
                        Duration.ofMillis(20))) {
            atStart.afterSingletonsInstantiated();
            assertThat(after.store.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVING);

            down.set(false);

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> after.store.find(id).orElseThrow().status() == ProposalStatus.APPROVED);
            assertThat(after.commitsOf(id)).hasSize(1);
        }
    }

    /** {@code store}, unavailable as the guarded store is while {@code down} holds. */
    private static ProposalStore downWhile(AtomicBoolean down, ProposalStore store) {
        return (ProposalStore) Proxy.newProxyInstance(
                ProposalStore.class.getClassLoader(), new Class<?>[] {ProposalStore.class}, (proxy, method, args) -> {
                    if (down.get()) {
                        throw new StoreUnavailableException("the database is unavailable", null);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Suggests, then approves with a writer that crashes at {@code crashAt}; the proposal is left APPROVING. */
    private static long approveAndCrash(Path dir, DataSource database, CatalogWriter.Step crashAt) {
        try (WriterRig before = new WriterRig(dir, database, (step, proposal) -> {
            if (step == crashAt) {
                throw new SimulatedCrash(step);
            }
        })) {
            long id = before.submit(
                            FixtureCatalog.RELEASE_TRAINS, "senior", "sre", NEW_TEXT, WriterRig.author("U_ALICE"))
                    .id();
            assertThatThrownBy(() -> before.service.approve(id, WriterRig.REVIEWER, Set.of()))
                    .isInstanceOf(SimulatedCrash.class);
            assertThat(before.store.find(id).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVING);
            return id;
        }
    }

    private static void commitAll(Path dir) throws Exception {
        try (var git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Edited by hand")
                    .setAuthor("Maintainer", "m@example.invalid")
                    .setCommitter("Maintainer", "m@example.invalid")
                    .setSign(false)
                    .call();
        }
    }
}
