package org.ogichecker.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.output.Format;
import org.ogichecker.output.Language;
import org.ogichecker.output.ResultWriter;

/**
 * Every output of a run: stdout and files, each in its format, fed the same results. A file is
 * written to a temporary file beside it and moved into place only when the run has finished it, so
 * a failed or interrupted run never leaves a half-written report where the last good one was.
 */
final class Outputs implements AutoCloseable {

    /** One output: a format and its file, or stdout when the file is null. */
    record Target(Format format, Path file) {
    }

    private record Open(ResultWriter writer, AtomicFile file) {
    }

    private final List<Open> open = new ArrayList<>();

    private Outputs() {
    }

    /**
     * Checks that every target file can be created (its folder exists) and names no file twice.
     *
     * @throws IllegalArgumentException naming the problem
     */
    static void validate(List<Target> targets) {
        Set<Path> seen = new HashSet<>();
        for (Target t : targets) {
            if (t.file() != null) {
                AtomicFile.validate(t.file());
                if (!seen.add(t.file().toAbsolutePath().normalize())) {
                    throw new IllegalArgumentException(t.file() + " is named as output twice");
                }
            }
        }
    }

    /** Opens a writer for each target; stdout is {@code stdout}, which stays open. */
    static Outputs open(List<Target> targets, Writer stdout, Language lang, List<RuleInfo> rules) throws IOException {
        Outputs o = new Outputs();
        try {
            for (Target t : targets) {
                AtomicFile f = t.file() == null ? null : AtomicFile.create(t.file());
                o.open.add(new Open(t.format().open(f == null ? stdout : f.writer(), lang, rules), f));
            }
        } catch (IOException | RuntimeException e) {
            o.close();
            throw e;
        }
        return o;
    }

    void add(CheckResult r) throws IOException {
        for (Open o : open) {
            o.writer().add(r);
        }
    }

    /** Writes the summaries and moves the files into place. */
    void finish() throws IOException {
        for (Open o : open) {
            o.writer().finish();
            if (o.file() != null) {
                o.file().commit();
            }
        }
    }

    /** Removes the temporary files of outputs not finished. */
    @Override
    public void close() throws IOException {
        for (Open o : open) {
            if (o.file() != null) {
                o.file().discard();
            }
        }
    }

    /** A file written through a temporary file in the same folder, then moved over the target. */
    static final class AtomicFile {
        private final Path target;
        private final Path temp;
        private final Writer writer;
        private boolean committed;

        private AtomicFile(Path target, Path temp) throws IOException {
            this.target = target;
            this.temp = temp;
            this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }

        /** @throws IllegalArgumentException when the file's folder does not exist or the path is a folder */
        static void validate(Path file) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("cannot write " + file + ": the folder " + parent + " does not exist");
            }
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("cannot write " + file + ": it is a folder");
            }
        }

        static AtomicFile create(Path file) throws IOException {
            // not Files.createTempFile: its owner-only permissions would stay on the moved file
            Path temp = file.toAbsolutePath().resolveSibling(
                    "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            return new AtomicFile(file, temp);
        }

        Writer writer() {
            return writer;
        }

        void commit() throws IOException {
            writer.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        void discard() throws IOException {
            if (!committed) {
                writer.close();
                Files.deleteIfExists(temp);
            }
        }
    }
}
