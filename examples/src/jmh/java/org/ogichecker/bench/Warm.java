package org.ogichecker.bench;

import java.util.List;
import java.util.function.IntFunction;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;

/**
 * The text samples with a reader and a checker, and the samples read, after 30 s of full checks: the JIT keeps
 * improving them for about 25 s. For the tools that time in thread CPU time ({@link CpuTimes}, {@link Interleaving}).
 */
record Warm(List<String> names, byte[][] bytes, ReportReader reader, ComplianceChecker checker, Report[] reports) {

    /** How long the full check runs before it is timed: the JIT keeps improving it for about 25 s. */
    static final long WARM_UP_NANOS = 30_000_000_000L;
    private static Object sink;

    static Warm up() {
        var files = Samples.texts();
        List<String> names = Samples.names(files);
        byte[][] bytes = Samples.bytes(files);
        ReportReader reader = ReportReader.create();
        ComplianceChecker checker = ComplianceChecker.create();
        Report[] reports = new Report[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reports[i] = reader.read(bytes[i], names.get(i));
        }
        long steady = System.nanoTime() + WARM_UP_NANOS;
        for (int k = 0; System.nanoTime() < steady; k++) {
            sink = checker.check(reader.read(bytes[k % bytes.length], names.get(k % bytes.length)));
        }
        return new Warm(names, bytes, reader, checker, reports);
    }

    int size() {
        return bytes.length;
    }

    /** Reads sample {@code i}. */
    Report read(int i) {
        return reader.read(bytes[i], names.get(i));
    }

    /**
     * The full check in runs of {@code k} reports, as an operation on sample {@code i}: reads it, and checks the
     * run once {@code k} are read. Over many calls it costs one full check per call.
     */
    IntFunction<Object> inRuns(int k) {
        Report[] run = new Report[k];
        int[] filled = {0};
        return i -> {
            run[filled[0]++] = read(i);
            if (filled[0] == k) {
                for (Report r : run) {
                    sink = checker.check(r);
                }
                filled[0] = 0;
            }
            return run;
        };
    }
}
