package org.ogichecker.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A batch in a small heap: a large input that fills it must not make another thread's ordinary report unreadable, nor
 * stop the batch (on 2 threads in 256 MB, a folder with 61 MB web pages stopped the CLI with an OutOfMemoryError in
 * one run of five).
 */
class MemoryGateTest {

    private final MemoryGate gate = new MemoryGate();

    @Test
    void aStepThatRanOutOfMemoryIsRunAgainAndItsSecondResultStands() {
        AtomicInteger runs = new AtomicInteger();

        String result = gate.run(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return "checked";
        }, r -> false);

        assertThat(result).isEqualTo("checked");
        assertThat(runs).hasValue(2);
    }

    @Test
    void aStepWhoseResultSaysItRanOutOfMemoryIsRunAgain() {
        AtomicInteger runs = new AtomicInteger();

        String result = gate.run(() -> runs.incrementAndGet() == 1 ? "out of memory" : "read", "out of memory"::equals);

        assertThat(result).isEqualTo("read");
    }

    @Test
    void aStepThatRunsOutOfMemoryAgainWhenAloneFailsSo() {
        assertThatThrownBy(() -> gate.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, r -> false)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aStepIsRunAgainOnlyOnceTheStepsUnderWayAreDoneAndNoneStartsMeanwhile() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<String> other = threads.submit(() -> gate.run(() -> {
                events.add("other starts");
                otherStarted.countDown();
                await(failed);
                sleep(100); // the step run again must wait for this one
                events.add("other ends");
                return "other";
            }, r -> false));
            await(otherStarted);
            Future<String> large = threads.submit(() -> gate.run(() -> {
                if (runs.incrementAndGet() == 1) {
                    failed.countDown();
                    throw new OutOfMemoryError("Java heap space");
                }
                events.add("large alone");
                sleep(100); // a step that starts meanwhile would come before "large done"
                events.add("large done");
                return "large";
            }, r -> false));
            await(failed);
            sleep(20); // the step run again is waiting for the lock now
            Future<String> next = threads.submit(() -> gate.run(() -> {
                events.add("next");
                return "next";
            }, r -> false));

            assertThat(List.of(other.get(5, TimeUnit.SECONDS), large.get(5, TimeUnit.SECONDS),
                    next.get(5, TimeUnit.SECONDS))).containsExactly("other", "large", "next");
        } finally {
            threads.shutdownNow();
        }
        assertThat(events).containsExactly("other starts", "other ends", "large alone", "large done", "next");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
