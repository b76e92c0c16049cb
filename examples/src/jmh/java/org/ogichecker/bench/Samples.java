package org.ogichecker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text samples (the seed reports) the benchmarks read. They are looked up in {@code -Dogi.samples}, else in
 * {@code examples/samples} (run from the repository root) or {@code samples} (run from {@code examples/}).
 */
final class Samples {

    private Samples() {
    }

    static Path dir() {
        String given = System.getProperty("ogi.samples");
        if (given != null) {
            return Path.of(given);
        }
        return Stream.of(Path.of("examples/samples"), Path.of("samples")).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no samples directory: run from the repository root or set -Dogi.samples"));
    }

    /** The text samples, sorted by name. */
    static List<Path> texts() {
        try (Stream<Path> s = Files.list(dir())) {
            List<Path> texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no .txt samples in " + dir());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names of the samples, as the reader is given them. */
    static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    static byte[][] bytes(List<Path> files) {
        byte[][] out = new byte[files.size()][];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Files.readAllBytes(files.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
