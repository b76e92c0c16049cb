package org.ogichecker.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
        AtomicInteger runs = new AtomicInteger();
        // the step to run again, and a step that starts after it failed
        AtomicReferenceArray<Thread> waiting = new AtomicReferenceArray<>(2);
        Thread other = start(() -> gate.run(() -> {
            events.add("other starts");
            otherStarted.countDown();
            waitUntilBlocked(waiting); // both wait for this step, which holds the gate
            events.add("other ends");
            return "other";
        }, r -> false));
        await(otherStarted);
        waiting.set(0, start(() -> gate.run(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            events.add("large alone");
            return "large";
        }, r -> false)));
        waitUntilBlocked(new AtomicReferenceArray<>(new Thread[] {waiting.get(0)}));
        waiting.set(1, start(() -> gate.run(() -> {
            events.add("next");
            return "next";
        }, r -> false)));

        for (Thread t : List.of(other, waiting.get(0), waiting.get(1))) {
            t.join(5_000);
        }
        assertThat(events).containsExactly("other starts", "other ends", "large alone", "next");
    }

    private static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until each thread is started and parked (on the gate's lock, the only place these steps wait). */
    private static void waitUntilBlocked(AtomicReferenceArray<Thread> threads) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (int i = 0; i < threads.length(); i++) {
            while (threads.get(i) == null || threads.get(i).getState() != Thread.State.WAITING) {
                assertThat(System.nanoTime()).as("thread %d blocked in time", i).isLessThan(end);
                Thread.onSpinWait();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
