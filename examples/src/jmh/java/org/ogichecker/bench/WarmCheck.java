package org.ogichecker.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;
import org.ogichecker.read.internal.TextDecoder;
import org.ogichecker.text.Texts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (c) warm check of one report, split into read+parse and rules, and the full check, one report at a time and in
 * runs (read 50 reports, then check them, as the CLI does); (d) the full check on two threads sharing one checker
 * (batch throughput on this machine's 2 cores), both ways; (e) the floor: decoding the same bytes and normalising
 * every line. Every invocation goes over all text samples and counts one operation per report, so
 * the scores are reports per second (per-report averages over the samples).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2) // the JIT keeps improving the full check for ~25 s (one thread or two)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WarmCheck {

    /** The number of text samples; {@link #setUp} checks that the annotations below agree. */
    static final int SAMPLES = 5;

    private final ReportReader reader = ReportReader.create();
    private ComplianceChecker checker;
    private List<String> names;
    private byte[][] bytes;
    private Report[] reports;

    @Setup(Level.Trial)
    public void setUp() {
        var files = Samples.texts();
        if (files.size() != SAMPLES) {
            throw new IllegalStateException("expected " + SAMPLES + " text samples, found " + files.size());
        }
        names = Samples.names(files);
        bytes = Samples.bytes(files);
        checker = ComplianceChecker.create();
        reports = new Report[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            reports[i] = reader.read(bytes[i], names.get(i));
            if (reports[i].isUnreadable()) {
                throw new IllegalStateException(names.get(i) + " is unreadable: " + reports[i].problems());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void floorDecodeNormalise(Blackhole bh) {
        for (byte[] b : bytes) {
            String text = TextDecoder.decode(b).text();
            text.lines().forEach(l -> bh.consume(Texts.normalize(l)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void readParse(Blackhole bh) {
        for (int i = 0; i < SAMPLES; i++) {
            bh.consume(reader.read(bytes[i], names.get(i)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void rules(Blackhole bh) {
        for (Report r : reports) {
            bh.consume(checker.check(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public void fullCheck(Blackhole bh) {
        for (int i = 0; i < SAMPLES; i++) {
            bh.consume(fullCheckOf(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    @Threads(2)
    public void batchTwoThreads(Blackhole bh) {
        for (int i = 0; i < SAMPLES; i++) {
            bh.consume(fullCheckOf(i));
        }
    }

    /**
     * The number of reports {@link #fullCheckInRuns} reads before checking them (ten passes over the samples), as
     * the CLI's batches do: reading a run and then checking it keeps each step's caches warm.
     */
    static final int RUN = 50;

    @Benchmark
    @OperationsPerInvocation(RUN)
    public void fullCheckInRuns(Blackhole bh) {
        checkRun(bh);
    }

    @Benchmark
    @OperationsPerInvocation(RUN)
    @Threads(2)
    public void batchTwoThreadsInRuns(Blackhole bh) {
        checkRun(bh);
    }

    private void checkRun(Blackhole bh) {
        Report[] run = new Report[RUN];
        for (int i = 0; i < RUN; i++) {
            run[i] = reader.read(bytes[i % SAMPLES], names.get(i % SAMPLES));
        }
        for (Report r : run) {
            bh.consume(checker.check(r));
        }
    }

    private CheckResult fullCheckOf(int i) {
        return checker.check(reader.read(bytes[i], names.get(i)));
    }
}
