package org.ogichecker.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one task per input on a pool of threads and hands the results over in input order, as
 * soon as each is at the head of the queue. At most {@code 2 × jobs} tasks are in flight, so a
 * batch of any size holds only a few results in memory, and the output is the same as a
 * sequential run's whatever the order in which the threads finish.
 */
final class Batch {

    /** Receives the results in input order, on the calling thread. */
    interface Sink<I, R> {
        void accept(I input, R result) throws Exception;
    }

    private Batch() {
    }

    /**
     * Applies {@code task} to every input on {@code jobs} threads. The task must not throw (it
     * turns its own failures into results); a sink failure stops the batch and is rethrown.
     */
    static <I, R> void run(List<I> inputs, int jobs, Function<I, R> task, Sink<I, R> sink) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "ogi-check-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = 2 * Math.max(1, jobs);
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < inputs.size(); done++) {
                while (next < inputs.size() && inFlight.size() < window) {
                    I input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> task.apply(input)));
                }
                sink.accept(inputs.get(done), await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }
}
