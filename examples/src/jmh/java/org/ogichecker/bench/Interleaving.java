package org.ogichecker.bench;

import java.lang.management.ManagementFactory;

/**
 * Why a full check costs more than reading plus checking apart (see the README, "Where the time goes now"), in
 * thread CPU time per call after {@link Warm}'s 30 s of full checks: each step done twice in a row, each step
 * after the other on different reports, garbage as large as a read's allocation with and without the rules, and
 * the full check in runs (read K reports, then check them). Argument: rounds, as for {@link CpuTimes}.
 */
public final class Interleaving {

    private static Object sink;
    /** Keeps the garbage reachable for a moment, so that the JIT cannot leave it unallocated. */
    private static final Object[] RING = new Object[64];

    private Interleaving() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Warm w = Warm.up();
        int n = w.size();
        int garbageKb = (int) (readAllocation(w) / 1024);
        for (int pass = 1; pass <= 2; pass++) {
            System.out.println("pass " + pass + " (per call)");
            CpuTimes.perReport("read", n, rounds, w::read);
            CpuTimes.perReport("read, read another", n, rounds, i -> {
                sink = w.read(i);
                return w.read((i + 2) % n);
            });
            CpuTimes.perReport("rules", n, rounds, i -> w.checker().check(w.reports()[i]));
            CpuTimes.perReport("rules, rules of another", n, rounds, i -> {
                sink = w.checker().check(w.reports()[i]);
                return w.checker().check(w.reports()[(i + 2) % n]);
            });
            CpuTimes.perReport("read, rules of another", n, rounds, i -> {
                sink = w.read(i);
                return w.checker().check(w.reports()[(i + 1) % n]);
            });
            CpuTimes.perReport("full check", n, rounds, i -> w.checker().check(w.read(i)));
            CpuTimes.perReport(garbageKb + " KB of garbage", n, rounds, i -> garbage(garbageKb));
            CpuTimes.perReport("garbage, rules", n, rounds, i -> {
                sink = garbage(garbageKb);
                return w.checker().check(w.reports()[i]);
            });
            for (int k : new int[] {5, 16, 32, 50}) {
                CpuTimes.perReport("full check, runs of " + k, n, rounds, w.inRuns(k));
            }
        }
    }

    /** The bytes a read of a sample allocates, on average. */
    private static long readAllocation(Warm w) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < w.size(); i++) {
            sink = w.read(i);
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / w.size();
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
