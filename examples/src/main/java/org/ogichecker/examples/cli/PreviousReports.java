package org.ogichecker.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;
import org.ogichecker.text.Texts;

/**
 * The previous-year reports given with {@code --previous}: one file, used for every input, or a
 * folder (e.g. several years of one body, possibly the input folder itself) in which each input
 * gets the report of its year − 1. Only the folder's metadata is kept; the matching report is read
 * again when needed, so memory does not grow with the folder.
 */
final class PreviousReports {

    /** A report's identity for matching, with where to read it again. */
    private record Entry(Path file, Integer year, String agency) {
    }

    private final Path origin;
    private final Report single;
    private final List<Entry> folder;
    private final ReportReader reader;

    private PreviousReports(Path origin, Report single, List<Entry> folder, ReportReader reader) {
        this.origin = origin;
        this.single = single;
        this.folder = folder;
        this.reader = reader;
    }

    /**
     * Reads a previous-year file, or indexes the reports of a folder on {@code jobs} threads.
     *
     * @throws IllegalArgumentException when the path does not exist, the file cannot be read as a
     *                                  report or the folder has no readable report
     */
    static PreviousReports of(Path path, ReportReader reader, int jobs, PrintWriter err) throws Exception {
        if (Files.isDirectory(path)) {
            List<Path> files = Inputs.expand(List.of(path), err);
            List<Entry> entries = new ArrayList<>();
            Batch.run(files, jobs, f -> OgiCheck.read(reader, f).report().metadata(), (f, m) -> {
                if (m.year() != null) {
                    entries.add(new Entry(f, m.year(), key(m)));
                }
            });
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("--previous " + path + ": no report with a known year in the folder");
            }
            return new PreviousReports(path, null, List.copyOf(entries), reader);
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("--previous: no such file or directory: " + path);
        }
        Report r = reader.read(path);
        if (r.isUnreadable()) {
            throw new IllegalArgumentException("--previous " + path + " cannot be read as a report: "
                    + r.problems().get(0).message());
        }
        return new PreviousReports(path, r, List.of(), reader);
    }

    /**
     * The report of the year before {@code input}'s, by the same body; when there is none, an
     * unreadable report that says why, so that the cross-year rules report they were not made. A
     * single file is given as it is: the rules themselves tell a report of another year.
     */
    Report forInput(Report input) {
        if (single != null) {
            return single;
        }
        Integer year = input.metadata().year();
        if (year == null) {
            return Report.unreadable(origin.toString(),
                    "the report year is unknown, so no previous report can be picked in " + origin,
                    "本报告的年度不明，无法在 " + origin + " 中选出上年报告");
        }
        String agency = key(input.metadata());
        List<Entry> sameBody = folder.stream()
                .filter(e -> e.year() == year - 1 && sameBody(e.agency(), agency))
                .sorted(Comparator.comparing(e -> e.file().toString())).toList();
        if (sameBody.isEmpty()) {
            return Report.unreadable(origin.toString(), origin + " has no " + (year - 1) + " report of this body",
                    origin + " 中没有本机关 " + (year - 1) + " 年的报告");
        }
        return reader.read(sameBody.get(0).file());
    }

    /** Agencies match when equal or one contains the other (a 办公室 may sign one year, the 政府 the next); unknown matches any. */
    private static boolean sameBody(String a, String b) {
        return a == null || b == null || a.contains(b) || b.contains(a);
    }

    private static String key(ReportMetadata m) {
        return m.agency() == null || m.agency().isBlank() ? null : Texts.compact(m.agency());
    }
}
