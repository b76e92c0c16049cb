package org.ogichecker.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchTest {

    @Test
    void resultsComeInInputOrderWhateverOrderTheThreadsFinishIn() throws Exception {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<String> seen = new ArrayList<>();

        Batch.run(inputs, 4, i -> {
            sleep((40 - i) % 7);
            return "r" + i;
        }, (i, r) -> seen.add(i + "=" + r));

        assertThat(seen).containsExactlyElementsOf(inputs.stream().map(i -> i + "=r" + i).toList());
    }

    @Test
    void noMoreThanTwiceTheJobsAreInFlightSoMemoryStaysBounded() throws Exception {
        AtomicInteger started = new AtomicInteger();
        List<Integer> aheadOfSink = new ArrayList<>();

        Batch.run(IntStream.range(0, 50).boxed().toList(), 3, i -> {
            started.incrementAndGet();
            return i;
        }, (i, r) -> aheadOfSink.add(started.get() - i));

        assertThat(aheadOfSink).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(6));
    }

    @Test
    void aTwoStepTaskTakesTheFirstStepForEveryInputOfARunOfFiftyBeforeTheSecond() throws Exception {
        List<String> steps = new ArrayList<>();
        List<Integer> delivered = new ArrayList<>();

        Batch.run(IntStream.range(0, 120).boxed().toList(), 1, i -> 1L, i -> steps.add("read " + i),
                (i, read) -> steps.add("check " + i), (i, r) -> delivered.add(i));

        List<String> expected = new ArrayList<>();
        for (int[] run : new int[][] {{0, 50}, {50, 100}, {100, 120}}) {
            IntStream.range(run[0], run[1]).forEach(i -> expected.add("read " + i));
            IntStream.range(run[0], run[1]).forEach(i -> expected.add("check " + i));
        }
        assertThat(steps).containsExactlyElementsOf(expected);
        assertThat(delivered).containsExactlyElementsOf(IntStream.range(0, 120).boxed().toList());
    }

    @Test
    void aRunEndsBeforeTheInputThatWouldTakeItPastItsBytesAndALargerInputRunsAlone() throws Exception {
        List<String> steps = new ArrayList<>();
        long[] sizes = {100, 100, 100, Batch.RUN_BYTES, 1, 1};

        Batch.run(IntStream.range(0, sizes.length).boxed().toList(), 1, i -> sizes[i], i -> steps.add("r" + i),
                (i, read) -> steps.add("c" + i), (i, r) -> { });

        assertThat(steps).containsExactly("r0", "r1", "r2", "c0", "c1", "c2", "r3", "c3", "r4", "r5", "c4", "c5");
    }

    @Test
    void twoStepResultsComeInInputOrderAndNoMoreThanTwiceTheJobsRunsAreInFlight() throws Exception {
        List<Integer> inputs = IntStream.range(0, 400).boxed().toList();
        AtomicInteger read = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        List<Integer> aheadOfSink = new ArrayList<>();

        Batch.run(inputs, 3, i -> 1L, i -> {
            read.incrementAndGet();
            sleep(i % 3);
            return "p" + i;
        }, (i, p) -> p + "r", (i, r) -> {
            seen.add(i + "=" + r);
            aheadOfSink.add(read.get() - i);
        });

        assertThat(seen).containsExactlyElementsOf(inputs.stream().map(i -> i + "=p" + i + "r").toList());
        assertThat(aheadOfSink).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2 * 3 * Batch.RUN));
    }

    @Test
    void aFailingSinkStopsTheBatchWithItsException() {
        assertThatThrownBy(() -> Batch.run(List.of(1, 2, 3), 2, i -> i, (i, r) -> {
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
