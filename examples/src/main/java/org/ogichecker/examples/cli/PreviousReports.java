package org.ogichecker.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
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

    /** The requirements whose checks compare with the previous year's report. */
    static final Set<String> CROSS_YEAR = Set.of("T3-C4", "T2-C2");
    /** The rule id of the INFO that says the cross-year checks could not be made. */
    static final String NOT_FOUND_RULE = "T3-C4-NO-PREVIOUS";

    /** A report's identity for matching, with where to read it again. */
    private record Entry(Path file, Integer year, String agency) {
    }

    /** The previous report for an input, or why there is none. */
    record Match(Report previous, String missingZh, String missingEn) {
        static Match found(Report r) {
            return new Match(r, null, null);
        }

        static Match missing(String zh, String en) {
            return new Match(null, zh, en);
        }
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
            Batch.run(files, jobs, f -> reader.read(f).metadata(), (f, m) -> {
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

    /** The report of the year before {@code input}'s, by the same body. */
    Match forInput(Report input) {
        Integer year = input.metadata().year();
        if (single != null) {
            Integer y = single.metadata().year();
            if (year != null && y != null && y != year - 1) {
                return Match.missing(origin + " 是 " + y + " 年的报告，不是 " + (year - 1) + " 年的",
                        origin + " is the report for " + y + ", not for " + (year - 1));
            }
            return Match.found(single);
        }
        if (year == null) {
            return Match.missing("本报告的年度不明，无法在 " + origin + " 中找到上年报告",
                    "the report year is unknown, so no previous report can be picked in " + origin);
        }
        String agency = key(input.metadata());
        List<Entry> sameYear = folder.stream().filter(e -> e.year() == year - 1)
                .sorted(Comparator.comparing(e -> e.file().toString())).toList();
        List<Entry> sameBody = sameYear.stream().filter(e -> sameBody(e.agency(), agency)).toList();
        if (sameBody.isEmpty()) {
            return Match.missing(origin + " 中没有本机关 " + (year - 1) + " 年的报告",
                    origin + " has no " + (year - 1) + " report of this body");
        }
        Report r = reader.read(sameBody.get(0).file());
        return r.isUnreadable()
                ? Match.missing(sameBody.get(0).file() + " 无法读取", sameBody.get(0).file() + " cannot be read")
                : Match.found(r);
    }

    /**
     * Adds an INFO to a checked result when its regime has cross-year checks that could not be made
     * because there is no previous report: never a silent pass.
     */
    static CheckResult withNotFound(CheckResult r, Match m, List<RuleInfo> rules) {
        List<RuleInfo> skipped = rules.stream()
                .filter(i -> CROSS_YEAR.contains(i.requirement()) && r.rulesRun().contains(i.id())).toList();
        if (m.previous() != null || r.status() != CheckResult.Status.CHECKED || skipped.isEmpty()) {
            return r;
        }
        List<String> requirements = skipped.stream().map(RuleInfo::requirement).distinct().sorted().toList();
        // the INFO belongs to T3-C4 (the cross-year check of every current format) when it applies
        RuleInfo owner = skipped.stream().filter(i -> i.requirement().equals("T3-C4")).findFirst().orElse(skipped.get(0));
        String ids = String.join(", ", requirements);
        Finding info = new Finding(NOT_FOUND_RULE, owner.requirement(), Severity.INFO, owner.basis(),
                "The cross-year checks need the previous year's report",
                "未能进行跨年度核对（" + ids + "）：" + m.missingZh(),
                "The cross-year checks (" + ids + ") were not made: " + m.missingEn(),
                Location.NONE, m.missingEn(), null, null);
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.add(info);
        findings.sort(null);
        return new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), r.rulesRun(), findings, r.report());
    }

    /** Agencies match when equal or one contains the other (a 办公室 may sign one year, the 政府 the next); unknown matches any. */
    private static boolean sameBody(String a, String b) {
        return a == null || b == null || a.contains(b) || b.contains(a);
    }

    private static String key(ReportMetadata m) {
        return m.agency() == null || m.agency().isBlank() ? null : Texts.compact(m.agency());
    }
}
