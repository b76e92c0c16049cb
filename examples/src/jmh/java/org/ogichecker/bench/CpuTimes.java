package org.ogichecker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.IntFunction;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;
import org.ogichecker.read.internal.TextDecoder;
import org.ogichecker.text.Texts;

/**
 * The warm-check figures of {@link WarmCheck} in thread CPU time per report instead of wall time, for comparing
 * changes on a busy machine (other processes' load does not count). First runs full checks for 30 s (the JIT keeps
 * improving them for about 25 s), then for each figure (the full check also in runs of {@link WarmCheck#RUN}
 * reports) runs the text samples the given number of rounds (default 400) to warm up, then again to measure, twice
 * over.
 */
public final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Object sink;

    private CpuTimes() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        var files = Samples.texts();
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        byte[][] bytes = Samples.bytes(files);
        int n = bytes.length;
        ReportReader reader = ReportReader.create();
        ComplianceChecker checker = ComplianceChecker.create();
        Report[] reports = new Report[n];
        for (int i = 0; i < n; i++) {
            reports[i] = reader.read(bytes[i], names.get(i));
        }
        steadyState(reader, checker, bytes, names);
        for (int pass = 1; pass <= 2; pass++) {
            System.out.println("pass " + pass);
            double floor = perReport("floor", n, rounds, i -> {
                String text = TextDecoder.decode(bytes[i]).text();
                text.lines().forEach(l -> sink = Texts.normalize(l));
                return text;
            });
            perReport("readParse", n, rounds, i -> reader.read(bytes[i], names.get(i)));
            perReport("rules", n, rounds, i -> checker.check(reports[i]));
            double full = perReport("fullCheck", n, rounds, i -> checker.check(reader.read(bytes[i], names.get(i))));
            double runs = perReport("inRuns", n, rounds, inRuns(WarmCheck.RUN, reader, checker, bytes, names));
            System.out.printf("  fullCheck / floor = %.1f, inRuns / floor = %.1f%n", full / floor, runs / floor);
        }
    }

    /**
     * The full check in runs of {@code k} reports, as an operation on sample {@code i}: reads it, and checks the
     * run once {@code k} are read. Over many calls it costs one full check per call.
     */
    static IntFunction<Object> inRuns(int k, ReportReader reader, ComplianceChecker checker, byte[][] bytes,
            List<String> names) {
        Report[] run = new Report[k];
        int[] filled = {0};
        return i -> {
            run[filled[0]++] = reader.read(bytes[i], names.get(i));
            if (filled[0] == k) {
                for (Report r : run) {
                    sink = checker.check(r);
                }
                filled[0] = 0;
            }
            return run;
        };
    }

    /** Runs full checks of the samples for 30 s: the JIT keeps improving them for about 25 s. */
    static void steadyState(ReportReader reader, ComplianceChecker checker, byte[][] bytes, List<String> names) {
        long steady = System.nanoTime() + 30_000_000_000L;
        for (int k = 0; System.nanoTime() < steady; k++) {
            sink = checker.check(reader.read(bytes[k % bytes.length], names.get(k % bytes.length)));
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
