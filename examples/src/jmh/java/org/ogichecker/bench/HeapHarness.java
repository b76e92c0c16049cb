package org.ogichecker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.read.ReportReader;

/**
 * A batch of many reports in a small heap: reads and checks the text samples round-robin (default 10 000 reports,
 * the first argument overrides) on one checker, and every 1 000 reports prints the used heap after a full GC.
 * Run with {@code -Xmx256m}; a heap that settles instead of growing means nothing is kept per report. Exits 1 if
 * the last reading is more than 10 MB above the first (the JIT and caches settle in the first thousand).
 */
public final class HeapHarness {

    private static final long MB = 1024 * 1024;
    private static final long ALLOWED_GROWTH = 10 * MB;

    private HeapHarness() {
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var files = Samples.texts();
        List<String> names = Samples.names(files);
        byte[][] bytes = Samples.bytes(files);
        ReportReader reader = ReportReader.create();
        ComplianceChecker checker = ComplianceChecker.create();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("max heap %d MB, %d text samples, %d reports%n",
                Runtime.getRuntime().maxMemory() / MB, bytes.length, total);
        long first = -1;
        long last = 0;
        long findings = 0;
        long start = System.nanoTime();
        for (int n = 1; n <= total; n++) {
            int i = (n - 1) % bytes.length;
            findings += checker.check(reader.read(bytes[i], names.get(i))).findings().size();
            if (n % 1_000 == 0) {
                System.gc();
                last = memory.getHeapMemoryUsage().getUsed();
                if (first < 0) {
                    first = last;
                }
                System.out.printf("%6d reports  used heap after GC %6.1f MB  (%d findings so far, %.0f reports/s)%n",
                        n, last / (double) MB, findings, n / ((System.nanoTime() - start) / 1e9));
            }
        }
        long growth = last - first;
        System.out.printf("growth from the first to the last reading: %.1f MB%n", growth / (double) MB);
        if (first >= 0 && growth > ALLOWED_GROWTH) {
            System.exit(1);
        }
    }
}
