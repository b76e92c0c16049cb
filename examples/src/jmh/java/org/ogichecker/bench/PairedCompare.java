package org.ogichecker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares builds of the checker in one JVM: each jar (a {@code benchmarks.jar} or {@code ogi-check.jar} of some
 * commit) gets a class loader of its own, and the builds take turns, round after round, on the text samples. Thread
 * CPU time per report, as {@link CpuTimes} gives it; the difference of each round's pair is what to read. Builds
 * run in separate JVMs one after the other differ by a few percent from run to run with the machine's state; taking
 * turns in one JVM cancels that drift. The two builds share the caches, so both figures are higher than alone.
 *
 * <p>Arguments: {@code read|rules|full} (what is timed: reading, the rules on reports read before, or both), the
 * number of rounds, the seconds of each build's turn, and two or more jars.
 */
public final class PairedCompare {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Object sink;

    private PairedCompare() {
    }

    /** One build: its reader and checker, and the samples read by it. */
    private static final class Build {
        final String jar;
        final ClassLoader loader;
        final Object reader;
        final Object checker;
        final Method read;
        final Method check;
        final Object[] reports;

        Build(String jar, List<String> names, byte[][] bytes) throws ReflectiveOperationException {
            this.jar = jar;
            try {
                // the platform loader as parent: nothing of this build comes from the tool's own class path
                this.loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                        ClassLoader.getPlatformClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(jar, e);
            }
            // Drools finds its services through the context class loader
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> readerClass = loader.loadClass("org.ogichecker.read.ReportReader");
            Class<?> checkerClass = loader.loadClass("org.ogichecker.engine.ComplianceChecker");
            this.reader = readerClass.getMethod("create").invoke(null);
            this.checker = checkerClass.getMethod("create").invoke(null);
            this.read = readerClass.getMethod("read", byte[].class, String.class);
            this.check = checkerClass.getMethod("check", loader.loadClass("org.ogichecker.model.Report"));
            this.reports = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                reports[i] = read.invoke(reader, bytes[i], names.get(i));
            }
        }

        Object run(String mode, int i, List<String> names, byte[][] bytes) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            return switch (mode) {
                case "read" -> read.invoke(reader, bytes[i], names.get(i));
                case "rules" -> check.invoke(checker, reports[i]);
                default -> check.invoke(checker, read.invoke(reader, bytes[i], names.get(i)));
            };
        }
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length < 5 || !List.of("read", "rules", "full").contains(args[0])
                || !args[1].matches("[1-9][0-9]{0,5}") || !args[2].matches("[0-9]{1,4}(\\.[0-9]+)?")
                || Double.parseDouble(args[2]) == 0) {
            System.err.println("usage: PairedCompare read|rules|full ROUNDS SECONDS_PER_TURN JAR JAR [JAR...]");
            System.exit(2);
        }
        String mode = args[0];
        int rounds = Integer.parseInt(args[1]);
        long turnNanos = (long) (Double.parseDouble(args[2]) * 1e9);
        var files = Samples.texts();
        List<String> names = Samples.names(files);
        byte[][] bytes = Samples.bytes(files);
        List<Build> builds = new ArrayList<>();
        try {
            for (String jar : Arrays.asList(args).subList(3, args.length)) {
                if (!Files.isRegularFile(Path.of(jar))) {
                    System.err.println("no such jar: " + jar);
                    System.exit(2);
                }
                builds.add(new Build(jar, names, bytes));
            }
            for (long end = System.nanoTime() + Warm.WARM_UP_NANOS; System.nanoTime() < end; ) {
                for (Build b : builds) {
                    for (int k = 0; k < 50; k++) {
                        sink = b.run(mode, k % bytes.length, names, bytes);
                    }
                }
            }
            double[][] us = new double[builds.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int t = 0; t < builds.size(); t++) {
                    int k = (t + r) % builds.size(); // each build goes first as often as the others
                    us[k][r] = turn(builds.get(k), mode, turnNanos, names, bytes);
                }
            }
            print(builds, us);
        } catch (ClassNotFoundException e) {
            System.err.println("not a build of the checker (no " + e.getMessage() + "): " + args[3 + builds.size()]);
            System.exit(2);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a build failed on the samples", e.getCause());
        }
    }

    /** One turn of a build: whole passes over the samples for about {@code nanos}; CPU µs per report. */
    private static double turn(Build b, String mode, long nanos, List<String> names, byte[][] bytes)
            throws ReflectiveOperationException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long count = 0;
        for (long end = System.nanoTime() + nanos; System.nanoTime() < end; count += bytes.length) {
            for (int i = 0; i < bytes.length; i++) {
                sink = b.run(mode, i, names, bytes);
            }
        }
        return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / count;
    }

    private static void print(List<Build> builds, double[][] us) {
        int rounds = us[0].length;
        for (int k = 0; k < builds.size(); k++) {
            double[] s = us[k].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%-50s median %6.1f  min %6.1f  max %6.1f us CPU per report%n",
                    builds.get(k).jar, s[rounds / 2], s[0], s[rounds - 1]);
        }
        for (int k = 1; k < builds.size(); k++) {
            double[] d = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                d[r] = us[k][r] - us[0][r];
            }
            Arrays.sort(d);
            System.out.printf(Locale.ROOT, "%s - %s, per round: median %+.1f us (quartiles %+.1f, %+.1f)%n",
                    Path.of(builds.get(k).jar).getFileName(), Path.of(builds.get(0).jar).getFileName(),
                    d[rounds / 2], d[rounds / 4], d[3 * rounds / 4]);
        }
    }
}
