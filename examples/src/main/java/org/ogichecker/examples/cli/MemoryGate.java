package org.ogichecker.examples.cli;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs the steps of a batch side by side, and runs again alone a step that ran out of memory. The heap is shared by
 * the threads: a large input that fills it makes the steps of other threads fail too, and an ordinary report would be
 * listed as unreadable for another file's sake. Run again with no other step under way, a step that still runs out of
 * memory is one that needs more memory than the JVM has, and its failure stands.
 */
final class MemoryGate {

    /** Steps hold it shared; a step run again holds it alone, once the steps under way are done. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * The step's result; when the step ran out of memory (it threw {@link OutOfMemoryError}, or its result says so),
     * the result of running it again alone, or that run's {@link OutOfMemoryError}.
     */
    <T> T run(Supplier<T> step, Predicate<T> ranOutOfMemory) {
        lock.readLock().lock();
        try {
            T result = step.get();
            if (!ranOutOfMemory.test(result)) {
                return result;
            }
        } catch (OutOfMemoryError e) {
            // run again below, once the lock is released: a shared lock cannot be made exclusive while held
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            return step.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
