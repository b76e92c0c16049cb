package org.ogichecker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.ogichecker.read.internal.TextDecoder;
import org.ogichecker.text.Texts;

/**
 * The warm-check figures of {@link WarmCheck} in thread CPU time per report instead of wall time, for comparing
 * changes on a busy machine (other processes' load does not count). First runs full checks for 30 s ({@link Warm}),
 * then for each figure (the full check also in runs of {@link WarmCheck#RUN} reports) runs the text samples the
 * given number of rounds (default 400) to warm up, then again to measure, twice over.
 */
public final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Object sink;

    private CpuTimes() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Warm w = Warm.up();
        int n = w.size();
        for (int pass = 1; pass <= 2; pass++) {
            System.out.println("pass " + pass);
            double floor = perReport("floor", n, rounds, i -> {
                String text = TextDecoder.decode(w.bytes()[i]).text();
                text.lines().forEach(l -> sink = Texts.normalize(l));
                return text;
            });
            perReport("readParse", n, rounds, w::read);
            perReport("rules", n, rounds, i -> w.checker().check(w.reports()[i]));
            double full = perReport("fullCheck", n, rounds, i -> w.checker().check(w.read(i)));
            double runs = perReport("inRuns", n, rounds, w.inRuns(WarmCheck.RUN));
            System.out.printf("  fullCheck / floor = %.1f, inRuns / floor = %.1f%n", full / floor, runs / floor);
        }
    }

    /**
     * Runs {@code op} over the samples ({@code op.apply(i)} for sample {@code i}) {@code rounds} times to warm up,
     * then as often again measuring, and prints and returns the thread CPU time per report.
     */
    static double perReport(String name, int n, int rounds, IntFunction<Object> op) {
        for (int k = 0; k < rounds * n; k++) {
            sink = op.apply(k % n);
        }
        long start = THREADS.getCurrentThreadCpuTime();
        for (int k = 0; k < rounds * n; k++) {
            sink = op.apply(k % n);
        }
        double us = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / (rounds * n);
        System.out.printf("  %-10s %8.1f us CPU per report  (%6.0f reports per CPU-second)%n", name, us, 1e6 / us);
        return us;
    }
}
