package org.ogichecker.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Severity;
import org.ogichecker.read.ReportReader;

/**
 * Embedding example: one checker, built once, shared by a pool of threads. The checker and the
 * reader are thread-safe (each check gets a rule session of its own), so nothing needs locking.
 */
public final class ParallelChecking {

    private ParallelChecking() {
    }

    /** Reads and checks the files on {@code threads} threads; the results are in the order of the files. */
    public static List<CheckResult> checkAll(ComplianceChecker checker, List<Path> files, CheckOptions options,
            int threads) throws InterruptedException, ExecutionException {
        ReportReader reader = ReportReader.create();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> checker.check(reader.read(f), options)));
            }
            List<CheckResult> results = new ArrayList<>();
            for (Future<CheckResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** Checks the files given as arguments on all processors and prints one line per report. */
    public static void main(String[] args) throws Exception {
        ComplianceChecker checker = ComplianceChecker.create();
        List<Path> files = List.of(args).stream().map(Path::of).toList();
        for (CheckResult r : checkAll(checker, files, CheckOptions.DEFAULTS, Runtime.getRuntime().availableProcessors())) {
            System.out.println(r.source() + ": " + r.status() + ", errors " + r.count(Severity.ERROR)
                    + ", warnings " + r.count(Severity.WARNING));
        }
    }
}
