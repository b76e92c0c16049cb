package org.ogichecker.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;

/**
 * Why a full check costs more than reading plus checking apart (see the README, "Where the time goes now"), in
 * thread CPU time per call after {@link CpuTimes}' 30 s of full checks: each half done twice in a row, each
 * half after the other on different reports, garbage as large as a read's allocation with and without the rules,
 * and the full check in runs (read K reports, then check them). Argument: rounds, as for {@link CpuTimes}.
 */
public final class Interleaving {

    private static Object sink;
    /** Keeps the garbage reachable for a moment, so that the JIT cannot leave it unallocated. */
    private static final Object[] RING = new Object[64];

    private Interleaving() {
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
        CpuTimes.steadyState(reader, checker, bytes, names);
        int garbageKb = (int) (readAllocation(reader, bytes, names) / 1024);
        for (int pass = 1; pass <= 2; pass++) {
            System.out.println("pass " + pass + " (per call)");
            CpuTimes.perReport("read", n, rounds, i -> reader.read(bytes[i], names.get(i)));
            CpuTimes.perReport("read, read another", n, rounds, i -> {
                sink = reader.read(bytes[i], names.get(i));
                return reader.read(bytes[(i + 2) % n], names.get((i + 2) % n));
            });
            CpuTimes.perReport("rules", n, rounds, i -> checker.check(reports[i]));
            CpuTimes.perReport("rules, rules of another", n, rounds, i -> {
                sink = checker.check(reports[i]);
                return checker.check(reports[(i + 2) % n]);
            });
            CpuTimes.perReport("read, rules of another", n, rounds, i -> {
                sink = reader.read(bytes[i], names.get(i));
                return checker.check(reports[(i + 1) % n]);
            });
            CpuTimes.perReport("full check", n, rounds, i -> checker.check(reader.read(bytes[i], names.get(i))));
            CpuTimes.perReport(garbageKb + " KB of garbage", n, rounds, i -> garbage(garbageKb));
            CpuTimes.perReport("garbage, rules", n, rounds, i -> {
                sink = garbage(garbageKb);
                return checker.check(reports[i]);
            });
            for (int k : new int[] {5, 16, 32, 50}) {
                CpuTimes.perReport("full check, runs of " + k, n, rounds, CpuTimes.inRuns(k, reader, checker, bytes, names));
            }
        }
    }

    /** The bytes a read of a sample allocates, on average. */
    private static long readAllocation(ReportReader reader, byte[][] bytes, List<String> names) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < bytes.length; i++) {
            sink = reader.read(bytes[i], names.get(i));
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / bytes.length;
    }

    private static Object garbage(int kb) {
        long[] last = null;
        for (int q = 0; q < kb; q++) {
            last = new long[127]; // 1 KB with its header
            RING[q & RING.length - 1] = last;
        }
        return last;
    }
}
