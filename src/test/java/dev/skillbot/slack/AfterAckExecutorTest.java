package dev.skillbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Turns: one person's Home tab drawn by one task at a time, in order, without holding a thread while waiting. */
class AfterAckExecutorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final AfterAckExecutor executor = new AfterAckExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        executor.close();
    }

    /** Eight threads released together hand over 50 tasks each to one turn and 50 to their own. */
    @Test
    void tasksOfOneTurnRunOneAtATimeInTheOrderEachWasHandedOver() throws Exception {
        int threads = 8;
        int each = 50;
        AtomicInteger inShared = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<String> sharedOrder = new CopyOnWriteArrayList<>();
        Map<Integer, List<Integer>> ownOrder = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int producer = t;
            ownOrder.put(producer, new CopyOnWriteArrayList<>());
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < each; i++) {
                    int n = i;
                    executor.execute("U0SHARED", () -> {
                        if (inShared.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        sharedOrder.add(producer + ":" + n);
                        inShared.decrementAndGet();
                    });
                    executor.execute(
                            "U0OWN" + producer, () -> ownOrder.get(producer).add(n));
                }
            });
            thread.start();
            producers.add(thread);
        }
        start.countDown();
        for (Thread producer : producers) {
            producer.join(WAIT.toMillis());
        }
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);

        assertThat(overlaps).hasValue(0);
        assertThat(sharedOrder).hasSize(threads * each);
        for (int producer = 0; producer < threads; producer++) {
            String prefix = producer + ":";
            List<Integer> seen = sharedOrder.stream()
                    .filter(entry -> entry.startsWith(prefix))
                    .map(entry -> Integer.parseInt(entry.substring(prefix.length())))
                    .toList();
            assertThat(seen).isSorted().hasSize(each);
            assertThat(ownOrder.get(producer)).isSorted().hasSize(each);
        }
    }

    /** A task waiting for its turn holds no thread, and other turns go on while one waits. */
    @Test
    void aTurnWaitingHoldsBackOnlyItsOwnTasks() throws Exception {
        CountDownLatch otherRan = new CountDownLatch(1);
        executor.execute("U0SLOW", () -> awaitQuietly(release));
        executor.execute("U0SLOW", () -> {});
        executor.execute("U0OTHER", otherRan::countDown);

        assertThat(otherRan.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(executor.waitingForTheirTurn()).isEqualTo(1);
        release.countDown();
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);
        assertThat(executor.waitingForTheirTurn()).isZero();
    }

    /** Redraws: one waiting makes the next unnecessary; a task that acts (a click's answer) is never merged away. */
    @Test
    void aRedrawWaitingInTheTurnMakesFurtherRedrawsUnnecessary() {
        AtomicInteger redraws = new AtomicInteger();
        AtomicInteger answers = new AtomicInteger();
        executor.execute("U0BUSY", () -> awaitQuietly(release));
        for (int i = 0; i < 5; i++) {
            executor.executeUnlessWaiting("U0BUSY", redraws::incrementAndGet);
        }
        executor.execute("U0BUSY", answers::incrementAndGet);
        executor.executeUnlessWaiting("U0BUSY", redraws::incrementAndGet);
        assertThat(executor.waitingForTheirTurn()).isEqualTo(2);

        release.countDown();
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);
        assertThat(redraws).hasValue(1);
        assertThat(answers).hasValue(1);
        executor.executeUnlessWaiting("U0BUSY", redraws::incrementAndGet);
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);
        assertThat(redraws).hasValue(2);
    }

    /** One person's waiting answers are bounded like the shared queue: beyond it they are dropped, not kept. */
    @Test
    void aTurnKeepsAtMostAQueuesWorthOfAnswersWaiting() {
        AtomicInteger ran = new AtomicInteger();
        executor.execute("U0FLOOD", () -> awaitQuietly(release));
        for (int i = 0; i < AfterAckExecutor.QUEUED + 50; i++) {
            executor.execute("U0FLOOD", ran::incrementAndGet);
        }
        assertThat(executor.waitingForTheirTurn()).isEqualTo(AfterAckExecutor.QUEUED);

        release.countDown();
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);
        assertThat(ran).hasValue(AfterAckExecutor.QUEUED);
    }

    /** A turn whose first task was dropped (the queue full) is not stuck: the next one runs once there is room. */
    @Test
    void aTurnDroppedWhileTheQueueIsFullRunsItsNextTask() {
        for (int i = 0; i < AfterAckExecutor.THREADS + AfterAckExecutor.QUEUED; i++) {
            executor.execute(() -> awaitQuietly(release));
        }
        AtomicInteger ran = new AtomicInteger();
        executor.execute("U0LATE", ran::incrementAndGet);
        assertThat(executor.unfinished()).isEqualTo(AfterAckExecutor.THREADS + AfterAckExecutor.QUEUED);
        assertThat(executor.waitingForTheirTurn()).isZero();

        release.countDown();
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);
        executor.execute("U0LATE", ran::incrementAndGet);
        await().atMost(WAIT).until(() -> executor.unfinished() == 0);
        assertThat(ran).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
