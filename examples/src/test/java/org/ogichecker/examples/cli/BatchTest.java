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
