package org.ogichecker.bench;

import java.util.concurrent.TimeUnit;
import org.ogichecker.engine.ComplianceChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) Cold start: compiling the rule packs into a KieBase, once per fresh JVM (each fork is a new JVM and
 * measures its first build only, as the CLI pays it).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStart {

    @Benchmark
    public ComplianceChecker kieBaseBuild() {
        return ComplianceChecker.create();
    }
}
