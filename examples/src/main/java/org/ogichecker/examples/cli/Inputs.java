package org.ogichecker.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's files and directories into the reports to check. */
final class Inputs {

    /**
     * What a directory walk picks up; a file named on the command line is checked whatever its name. Web pages keep
     * their site's names when a site is mirrored (wget): government sites serve .shtml and .jhtml pages too.
     */
    static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".shtml", ".xhtml", ".jhtml", ".mht",
            ".mhtml", ".pdf", ".docx", ".doc");

    private Inputs() {
    }

    /**
     * The files to check: named files as given, directories walked recursively with their
     * matching files sorted by path; each file once, in command-line order.
     *
     * @throws IllegalArgumentException naming every argument that does not exist or cannot be listed
     */
    static List<Path> expand(List<Path> args, PrintWriter err) {
        List<String> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                List<Path> found = walk(a, problems);
                if (found.isEmpty()) {
                    err.println("ogi-check: no report files (" + String.join(" ", EXTENSIONS) + ") under " + a);
                }
                files.addAll(found);
            } else if (Files.exists(a)) {
                files.add(a);
            } else {
                problems.add("no such file or directory: " + a);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return List.copyOf(files);
    }

    private static List<Path> walk(Path dir, List<String> problems) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(Inputs::isReport)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add("cannot list " + dir + ": " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
