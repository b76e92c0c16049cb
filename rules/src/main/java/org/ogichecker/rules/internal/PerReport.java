package org.ogichecker.rules.internal;

import java.lang.ref.WeakReference;
import java.util.function.Function;
import org.ogichecker.model.Report;

/**
 * Remembers a function of a report for the report last asked about on this thread. Several rules ask a helper the
 * same question about the report being checked (e.g. the items of R2007Items for ten rules); a check runs its rules on
 * the calling thread, so one entry per thread answers all of them from one computation. Reports are immutable,
 * hence keyed by identity; the report itself is held weakly, so it is not kept after its check.
 */
final class PerReport<T> {

    private record Entry<T>(WeakReference<Report> report, T value) {
    }

    private final Function<Report, T> compute;
    private final ThreadLocal<Entry<T>> last = new ThreadLocal<>();

    PerReport(Function<Report, T> compute) {
        this.compute = compute;
    }

    T of(Report r) {
        Entry<T> e = last.get();
        if (e == null || e.report().get() != r) {
            e = new Entry<>(new WeakReference<>(r), compute.apply(r));
            last.set(e);
        }
        return e.value();
    }
}
