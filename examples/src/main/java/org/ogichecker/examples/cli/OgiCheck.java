package org.ogichecker.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ogichecker.engine.CheckOptions;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Regime;
import org.ogichecker.output.JsonWriter;
import org.ogichecker.output.Language;
import org.ogichecker.output.ResultWriter;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no ERROR finding",
            "1:some report has an ERROR finding",
            "2:usage error (unknown option, bad value, missing file)",
            "3:some input could not be read as a report",
            "4:internal failure (see stderr)"})
public final class OgiCheck implements Callable<Integer> {

    static final int OK = 0;
    static final int ERRORS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    static final int FAILURE = 4;

    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    private Format format = Format.TEXT;

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

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Report larger input files as unreadable (default: ${DEFAULT-VALUE}).")
    private long maxSize = ReportReader.DEFAULT_MAX_BYTES;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Report an input as unreadable when reading it takes longer (default: ${DEFAULT-VALUE}).")
    private long timeout = ReportReader.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--list-rules", description = "List the loaded rules instead of checking (JSON with --format json).")
    private boolean listRules;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Report files (any format the reader detects) or directories, walked recursively for "
                    + ".txt .html .htm .pdf .docx files.")
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
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            var rules = ComplianceChecker.create().rules();
            if (format == Format.JSON) {
                JsonWriter.writeRules(rules, out);
            } else {
                TextWriter.writeRules(rules, out);
            }
            return OK;
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no FILE given");
        }
        List<Path> inputs;
        try {
            inputs = Inputs.expand(files, err);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no report files to check");
        }
        if (maxSize < 1 || timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-size and --timeout must be positive");
        }
        ReportReader reader = ReportReader.withMaxBytes(maxSize).withTimeLimit(Duration.ofSeconds(timeout));
        CheckOptions options = new CheckOptions(regime, body, published);
        ComplianceChecker checker = ComplianceChecker.create();
        ResultWriter writer = format == Format.JSON ? JsonWriter.to(out) : TextWriter.to(out, lang);
        boolean errors = false;
        boolean unreadable = false;
        boolean failed = false;
        for (Path file : inputs) {
            CheckResult r;
            try {
                r = checker.check(reader.read(file), options);
            } catch (RuntimeException e) {
                // a rule bug must not lose the rest of the batch
                err.println(Tool.NAME + ": internal failure while checking " + file + ": " + e);
                failed = true;
                continue;
            }
            writer.add(r);
            errors |= r.count(Severity.ERROR) > 0;
            unreadable |= r.status() == CheckResult.Status.UNREADABLE;
        }
        writer.finish();
        return failed ? FAILURE : unreadable ? UNREADABLE : errors ? ERRORS : OK;
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
