package org.ogichecker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * (b) The CLI's time to the first result: {@code java -jar examples/target/ogi-check.jar ONE-SAMPLE.txt} as a
 * process, from spawn to exit (JVM start, rule build, read, check, print). Each invocation is a new process, so
 * the one warm-up only warms the OS file cache. The jar is {@code -Dogi.jar}, else examples/target/ogi-check.jar.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CliFirstResult {

    private List<String> command;

    @Setup
    public void locate() {
        Path jar = Path.of(System.getProperty("ogi.jar",
                Files.isRegularFile(Path.of("examples/target/ogi-check.jar"))
                        ? "examples/target/ogi-check.jar" : "target/ogi-check.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no CLI jar at " + jar + ": build it or set -Dogi.jar");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command = List.of(java, "-jar", jar.toString(), Samples.texts().get(0).toString());
    }

    @Benchmark
    public int oneSample() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int code = p.waitFor();
        // 0 and 1 are results (with or without an ERROR finding); anything else means no result was produced
        if (code > 1) {
            throw new IllegalStateException("the CLI exited with " + code);
        }
        return code;
    }
}
