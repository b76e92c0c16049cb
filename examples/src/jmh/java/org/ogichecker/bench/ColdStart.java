package org.ogichecker.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) Cold start: loading the rule packs' pre-built executable model ({@code ComplianceChecker.create()}) and
 * building the rule base of the report's regime, which the checker does on its first check of that regime;
 * measured as the first check of one pre-read seed. Each fork is a new JVM and measures its first build only,
 * as the CLI pays it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class ColdStart {

    private Report report;

    @Setup
    public void read() {
        Path first = Samples.texts().get(0);
        report = ReportReader.create().read(first);
    }

    @Benchmark
    public CheckResult kieBaseBuild() {
        return ComplianceChecker.create().check(report);
    }
}
