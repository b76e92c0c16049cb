package org.ogichecker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogichecker.engine.Severity;

/**
 * The must / must-not lists of expectations.md as data ({@code examples/samples/expectations.tsv}),
 * one expectation per requirement, so that the library tests and the CLI tests check the same list.
 */
public final class SampleExpectations {

    /** The samples folder seen from a module directory. */
    public static final Path SAMPLES = Path.of("../examples/samples");

    /**
     * One expectation.
     *
     * @param sample       the file name in the samples folder
     * @param kind         MUST, MUST_ANY or MUST_NOT
     * @param requirements one requirement, or the alternatives of MUST_ANY
     * @param least        the lowest severity that counts
     */
    public record Expectation(String sample, Kind kind, List<String> requirements, Severity least) {

        /** True when findings given as (requirement, severity) pairs meet this expectation. */
        public boolean metBy(List<Found> findings) {
            boolean any = findings.stream()
                    .anyMatch(f -> requirements.contains(f.requirement()) && f.severity().atLeast(least));
            return kind == Kind.MUST_NOT ? !any : any;
        }

        @Override
        public String toString() {
            return sample + " " + kind.name().toLowerCase().replace('_', '-') + " " + String.join("|", requirements)
                    + " at " + least + " or above";
        }
    }

    public enum Kind { MUST, MUST_ANY, MUST_NOT }

    /** A finding reduced to what the expectations look at. */
    public record Found(String requirement, Severity severity) {
    }

    private SampleExpectations() {
    }

    public static List<Expectation> load() {
        List<Expectation> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(SAMPLES.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Kind kind = Kind.valueOf(f[1].toUpperCase().replace('-', '_'));
                Severity least = Severity.valueOf(f[3]);
                if (kind == Kind.MUST_ANY) {
                    out.add(new Expectation(f[0], kind, List.of(f[2].split("\\|")), least));
                } else {
                    for (String req : f[2].split(" ")) {
                        out.add(new Expectation(f[0], kind, List.of(req), least));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
