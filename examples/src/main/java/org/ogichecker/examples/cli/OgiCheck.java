package org.ogichecker.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.ogichecker.engine.Baseline;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.output.Format;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.output.Language;
import org.ogichecker.output.TextWriter;
import org.ogichecker.output.Tool;
import org.ogichecker.read.ReportReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The ogi-check command: checks report files and prints the findings as text or JSON. */
@Command(name = Tool.NAME, mixinStandardHelpOptions = true, versionProvider = OgiCheck.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Checks annual reports on open government information (政府信息公开工作年度报告) "
                + "against the 条例 and the official formats.",
        exitCodeListHeading = "%nExit codes (the first that applies):%n",
        exitCodeList = {
            "4:internal failure (see stderr; the report it hit is listed as unreadable)",
            "2:usage error (unknown option, bad value, missing file)",
            "3:some input could not be read as a report",
            "1:some report has a finding at or above --fail-on",
            "0:none of the above"})
public final class OgiCheck implements Callable<Integer> {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    static final int FAILURE = 4;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|sarif|html|csv", converter = FormatOption.class,
            description = "Output format (default: text), to stdout or to --output. Repeat it with --output to "
                    + "write several formats: FILE's name then gets each format's extension.")
    private List<Format> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the --format output to FILE instead of stdout.")
    private Path output;

    @Option(names = "--output-text", paramLabel = "FILE", description = "Also write the text output to FILE.")
    private Path outputText;

    @Option(names = "--output-json", paramLabel = "FILE", description = "Also write the JSON output to FILE.")
    private Path outputJson;

    @Option(names = "--output-sarif", paramLabel = "FILE", description = "Also write SARIF 2.1.0 to FILE.")
    private Path outputSarif;

    @Option(names = "--output-html", paramLabel = "FILE",
            description = "Also write a self-contained HTML page (report text with findings highlighted) to FILE.")
    private Path outputHtml;

    @Option(names = "--output-csv", paramLabel = "FILE", description = "Also write one CSV row per finding to FILE.")
    private Path outputCsv;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings (written by --write-baseline): shown as suppressed, never counted.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every active finding of this run to FILE as accepted (with --reason).")
    private Path writeBaseline;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "The reason --write-baseline gives each entry (default: \"accepted on\" today's date).")
    private String reason;

    @Option(names = "--regime", paramLabel = "auto|R2007|F2019|F2021", converter = RegimeOption.class,
            description = "Check under this regime instead of the one of the report year (default: auto).")
    private Regime regime;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateOption.class,
            description = "Publication date, for the deadline check (default: from the report, if it says).")
    private LocalDate published;

    @Option(names = "--body", paramLabel = "auto|government|department", converter = BodyOption.class,
            description = "Whether the reporting body is a government or a department (default: auto).")
    private BodyType body;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the text output (default: zh).")
    private Language lang = Language.ZH;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|none",
            description = "Exit with 1 when a finding at or above this severity is found (default: error).")
    private FailOn failOn = FailOn.ERROR;

    @Option(names = "--previous", paramLabel = "FILE|DIR",
            description = "The previous year's report of the same body, or a folder of its reports (it may be the "
                    + "input folder): each input is compared with the report of its year − 1 (T3-C4, T2-C2).")
    private Path previous;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Check N reports at a time (default: the number of processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no informational messages on stderr.")
    private boolean quiet;

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Report larger input files as unreadable (default: ${DEFAULT-VALUE}).")
    private long maxSize = ReportReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-chars", paramLabel = "CHARS",
            description = "Report inputs of more characters of text as unreadable (default: ${DEFAULT-VALUE}).")
    private long maxChars = ReportReader.DEFAULT_MAX_CHARS;

    @Option(names = "--max-lines", paramLabel = "LINES",
            description = "Report inputs of more lines of text as unreadable (default: ${DEFAULT-VALUE}).")
    private int maxLines = ReportReader.DEFAULT_MAX_LINES;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Report an input as unreadable when reading it takes longer (default: ${DEFAULT-VALUE}).")
    private long timeout = ReportReader.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--list-rules", description = "List the loaded rules instead of checking (JSON with --format json).")
    private boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE-ID",
            description = "Explain a rule (or every rule of a requirement): severity, regimes, basis, what it checks.")
    private String explain;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Report files (any format the reader detects) or directories, walked recursively for "
                    + ".txt .html .htm .shtml .xhtml .jhtml .mht .mhtml .pdf .docx .doc files.")
    private List<Path> files = List.of();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command with stdout and stderr in UTF-8 whatever the platform default. */
    static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new OgiCheck())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println(Tool.NAME + ": " + e.getMessage());
                    e.getCommandLine().getErr().println("Try '" + Tool.NAME + " --help' for the options.");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, c, p) -> {
                    c.getErr().println(Tool.NAME + ": internal failure: " + e);
                    e.printStackTrace(c.getErr());
                    return FAILURE;
                });
        int code = cmd.execute(args);
        out.flush();
        return code;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter info = quiet ? new PrintWriter(Writer.nullWriter()) : err;
        if (jobs < 1) {
            throw usage("--jobs must be at least 1, not " + jobs);
        }
        if (listRules) {
            var rules = ComplianceChecker.create().rules();
            if (format() == Format.JSON) {
                JsonWriter.writeRules(rules, out);
            } else {
                TextWriter.writeRules(rules, out);
            }
            return OK;
        }
        if (explain != null) {
            return explain(ComplianceChecker.create(), out);
        }
        if (files.isEmpty()) {
            throw usage("no FILE given");
        }
        List<Path> inputs;
        try {
            inputs = Inputs.expand(files, info);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (inputs.isEmpty()) {
            throw usage("no report files to check");
        }
        List<Outputs.Target> targets = targets();
        Baseline accepted;
        try {
            Outputs.validate(targets);
            if (writeBaseline != null) {
                Outputs.AtomicFile.validate(writeBaseline);
            }
            accepted = baseline == null ? Baseline.empty() : Baseline.read(baseline);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw usage("cannot read the baseline " + baseline + ": " + e.getMessage());
        }
        if (maxSize < 1 || maxChars < 1 || maxLines < 1 || timeout < 1) {
            throw usage("--max-size, --max-chars, --max-lines and --timeout must be positive");
        }
        ReportReader reader = ReportReader.withMaxBytes(maxSize).withMaxChars(maxChars).withMaxLines(maxLines)
                .withTimeLimit(Duration.ofSeconds(timeout));
        PreviousReports prior;
        try {
            prior = previous == null ? null : PreviousReports.of(previous, reader, jobs, info);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        CheckOptions options = new CheckOptions(regime, body, published);
        ComplianceChecker checker = ComplianceChecker.create();
        Progress progress = new Progress(err, inputs.size(), Progress.wanted(quiet));
        Outcomes outcomes = new Outcomes(failOn.threshold);
        // a baseline needs every result, but not the reports they were read from
        List<CheckResult> forBaseline = new ArrayList<>();
        try (Outputs outputs = Outputs.open(targets, out, lang, checker.rules())) {
            Batch.run(inputs, jobs, OgiCheck::size, file -> read(reader, file),
                    (file, read) -> check(checker, prior, options, file, read), (file, o) -> {
                progress.step(file);
                if (o.failure() != null) {
                    progress.clear();
                    err.println(Tool.NAME + ": internal failure while checking " + file + ": " + o.failure());
                }
                CheckResult r = accepted.apply(o.result());
                outputs.add(r);
                outcomes.add(new Outcome(r, o.failure()));
                if (writeBaseline != null) {
                    forBaseline.add(new CheckResult(r.source(), r.status(), r.metadata(), r.regime(), r.rulesRun(),
                            r.findings(), r.suppressed(), null));
                }
            });
            progress.clear();
            outputs.finish();
        }
        if (writeBaseline != null) {
            Outputs.AtomicFile file = Outputs.AtomicFile.create(writeBaseline);
            try {
                Baseline.write(forBaseline, file.writer(), reason != null ? reason : "accepted on " + LocalDate.now());
                file.commit();
            } finally {
                file.discard();
            }
            info.println(Tool.NAME + ": wrote the baseline " + writeBaseline);
        }
        return outcomes.exitCode();
    }

    /** The first --format, for the listings. */
    private Format format() {
        return formats == null || formats.isEmpty() ? Format.TEXT : formats.get(0);
    }

    /**
     * Where the results go: --format to --output (each format to its own extension when several) or
     * to stdout, plus each --output-FORMAT file; stdout gets nothing when only --output-FORMAT files
     * are named.
     */
    private List<Outputs.Target> targets() {
        List<Outputs.Target> t = new ArrayList<>();
        List<Format> fs = formats == null ? List.of(Format.TEXT) : List.copyOf(new LinkedHashSet<>(formats));
        if (output != null) {
            if (fs.size() == 1) {
                t.add(new Outputs.Target(fs.get(0), output));
            } else {
                String name = output.getFileName().toString();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                fs.forEach(f -> t.add(new Outputs.Target(f, output.resolveSibling(base + "." + f.extension()))));
            }
        } else if (fs.size() > 1) {
            throw usage("several --format need --output FILE (stdout takes one format)");
        }
        Map<Format, Path> extra = new EnumMap<>(Format.class);
        BiConsumer<Format, Path> put = (f, p) -> {
            if (p != null) {
                extra.put(f, p);
            }
        };
        put.accept(Format.TEXT, outputText);
        put.accept(Format.JSON, outputJson);
        put.accept(Format.SARIF, outputSarif);
        put.accept(Format.HTML, outputHtml);
        put.accept(Format.CSV, outputCsv);
        if (output == null && (formats != null || extra.isEmpty())) {
            t.add(new Outputs.Target(fs.get(0), null));
        }
        extra.forEach((f, p) -> t.add(new Outputs.Target(f, p)));
        return t;
    }

    /** One input's result, and the exception that stopped its check, if one did. */
    record Outcome(CheckResult result, Throwable failure) {
    }

    /** A file read, or the failure that stopped its reading (with an unreadable report that gives the reason). */
    record Read(Report report, Throwable failure) {
    }

    /** The one heap's gate: every read and check of a run goes through it ({@link MemoryGate}). */
    static final MemoryGate MEMORY = new MemoryGate();

    /**
     * Reads one file; never throws. A failure of the reader is turned into an unreadable report that
     * gives the reason, so that the file still appears in the output; a read that ran out of memory is
     * made again alone ({@link MemoryGate}).
     */
    static Read read(ReportReader reader, Path file) {
        try {
            return new Read(MEMORY.run(() -> reader.read(file), ReportReader::ranOutOfMemory), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Read(failed(file, e), e);
        }
    }

    /**
     * Checks one file's report; never throws. A failure of a rule is turned into an unreadable result, as above; a
     * check that ran out of memory is made again alone ({@link MemoryGate}), and fails so only if it does again.
     */
    static Outcome check(ComplianceChecker checker, PreviousReports prior, CheckOptions options, Path file, Read read) {
        if (read.failure() != null) {
            return new Outcome(checker.check(read.report(), options), read.failure());
        }
        Report report = read.report();
        try {
            return new Outcome(MEMORY.run(() -> prior == null || report.isUnreadable() ? checker.check(report, options)
                    : checker.check(report, options.withPrevious(prior.forInput(report))), r -> false), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(checker.check(failed(file, e), options), e);
        }
    }

    private static Report failed(Path file, Throwable e) {
        return Report.unreadable(file.toString(), "internal failure while checking: " + e, "检查时发生内部错误：" + e);
    }

    /** The size of a file for {@link Batch}'s runs; 0 when it cannot be known (reading it will say why). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** What the exit code depends on, gathered as the results come. */
    static final class Outcomes {
        private final Severity threshold;
        private boolean failed;
        private boolean unreadable;
        private boolean findings;

        Outcomes(Severity threshold) {
            this.threshold = threshold;
        }

        void add(Outcome o) {
            failed |= o.failure() != null;
            unreadable |= o.result().status() == CheckResult.Status.UNREADABLE;
            findings |= threshold != null && o.result().findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
        }

        /** Internal failure, then unreadable input (the batch is incomplete), then findings. */
        int exitCode() {
            return failed ? FAILURE : unreadable ? UNREADABLE : findings ? FINDINGS : OK;
        }
    }

    private int explain(ComplianceChecker checker, PrintWriter out) throws IOException {
        Explain e = new Explain(checker, lang);
        List<RuleInfo> rules = e.find(explain);
        if (rules.isEmpty()) {
            throw usage("no rule or requirement " + explain + "; closest rules: " + String.join(", ", e.closest(explain)));
        }
        if (format() == Format.JSON) {
            e.json(rules, out);
        } else {
            e.text(rules, out);
        }
        return OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The --fail-on levels, with the lowest severity that fails (none: nothing fails). */
    enum FailOn {
        ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NONE(null);

        final Severity threshold;

        FailOn(Severity threshold) {
            this.threshold = threshold;
        }
    }

    static final class FormatOption implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Tool.NAME + " " + Tool.VERSION};
        }
    }

    static final class RegimeOption implements CommandLine.ITypeConverter<Regime> {
        @Override
        public Regime convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return null;
            }
            try {
                return Regime.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected auto, R2007, F2019 or F2021, not '" + value + "'");
            }
        }
    }

    static final class BodyOption implements CommandLine.ITypeConverter<BodyType> {
        @Override
        public BodyType convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "auto" -> null;
                case "government" -> BodyType.GOVERNMENT;
                case "department" -> BodyType.DEPARTMENT;
                default -> throw new CommandLine.TypeConversionException(
                        "expected auto, government or department, not '" + value + "'");
            };
        }
    }

    static final class DateOption implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, not '" + value + "'");
            }
        }
    }
}
