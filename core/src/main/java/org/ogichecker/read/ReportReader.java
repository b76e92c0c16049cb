package org.ogichecker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Report;
import org.ogichecker.read.internal.DocReader;
import org.ogichecker.read.internal.DocxReader;
import org.ogichecker.read.internal.Extracted;
import org.ogichecker.read.internal.FormatDetector;
import org.ogichecker.read.internal.HtmlReader;
import org.ogichecker.read.internal.Limits;
import org.ogichecker.read.internal.MhtReader;
import org.ogichecker.read.internal.PdfReader;
import org.ogichecker.read.internal.RawLine;
import org.ogichecker.read.internal.ReadFailures;
import org.ogichecker.read.internal.Reason;
import org.ogichecker.read.internal.ReportParser;
import org.ogichecker.read.internal.TextDecoder;
import org.ogichecker.read.internal.UnreadableException;

/**
 * Reads a report from a file, bytes or a stream into the model. The format (PDF, Word .docx, HTML
 * page, plain text in UTF-8, GB18030 or Big5) is detected from the content; the name is only a hint.
 * Never throws: input that cannot be read gives a {@link Report} whose problems say why
 * ({@link Report#isUnreadable()}), which the checker reports as INPUT-UNREADABLE. Every limit
 * exceeded (size, characters, HTML tags, unpacked Word size, time) is such a reason, with the numbers.
 * A reader is immutable: one instance may be shared by any number of threads.
 */
public final class ReportReader {

    /** Inputs above this size are not read (a report is a few hundred kB; this bounds memory). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** PDF pages beyond this count are not read (a report has a few dozen; this bounds time). */
    public static final int DEFAULT_MAX_PAGES = 500;
    /** Text beyond this many characters is refused (a report has tens of thousands). */
    public static final long DEFAULT_MAX_CHARS = 5_000_000;
    /**
     * Text of more lines than this is refused (a report has a few thousand; each line costs memory whatever its
     * length: five million line breaks filled a 256 MB heap).
     */
    public static final int DEFAULT_MAX_LINES = 100_000;
    /** A Word document whose parts unpack to more than this is refused (zip bombs). */
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 128L * 1024 * 1024;
    /** An HTML page with more tags than this is refused (a report page has a few thousand). */
    public static final int DEFAULT_MAX_ELEMENTS = 200_000;
    /** Reading one input (a slow PDF) stops after this long. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private final Limits limits;

    private ReportReader(Limits limits) {
        this.limits = limits;
    }

    public static ReportReader create() {
        return new ReportReader(new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_CHARS,
                DEFAULT_MAX_LINES, DEFAULT_MAX_UNPACKED_BYTES, DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_LIMIT));
    }

    /** A reader that refuses inputs larger than {@code maxBytes}. */
    public static ReportReader withMaxBytes(long maxBytes) {
        return create().withLimits(l -> new Limits(maxBytes, l.maxPages(), l.maxChars(), l.maxLines(),
                l.maxUnpackedBytes(), l.maxElements(), l.timeLimit()));
    }

    /** This reader, reading at most {@code maxPages} pages of a PDF (the rest is noted as not read). */
    public ReportReader withMaxPages(int maxPages) {
        return withLimits(l -> new Limits(l.maxBytes(), Math.max(1, maxPages), l.maxChars(), l.maxLines(),
                l.maxUnpackedBytes(), l.maxElements(), l.timeLimit()));
    }

    /** This reader, refusing text (of any format) longer than {@code maxChars} characters. */
    public ReportReader withMaxChars(long maxChars) {
        return withLimits(l -> new Limits(l.maxBytes(), l.maxPages(), maxChars, l.maxLines(),
                l.maxUnpackedBytes(), l.maxElements(), l.timeLimit()));
    }

    /** This reader, refusing text (of any format) of more than {@code maxLines} lines. */
    public ReportReader withMaxLines(int maxLines) {
        return withLimits(l -> new Limits(l.maxBytes(), l.maxPages(), l.maxChars(), maxLines, l.maxUnpackedBytes(),
                l.maxElements(), l.timeLimit()));
    }

    /** This reader, refusing Word documents whose parts unpack to more than {@code maxUnpackedBytes}. */
    public ReportReader withMaxUnpackedBytes(long maxUnpackedBytes) {
        return withLimits(l -> new Limits(l.maxBytes(), l.maxPages(), l.maxChars(), l.maxLines(),
                maxUnpackedBytes, l.maxElements(), l.timeLimit()));
    }

    /** This reader, refusing HTML pages with more than {@code maxElements} tags. */
    public ReportReader withMaxElements(int maxElements) {
        return withLimits(l -> new Limits(l.maxBytes(), l.maxPages(), l.maxChars(), l.maxLines(),
                l.maxUnpackedBytes(), maxElements, l.timeLimit()));
    }

    /** This reader, giving up on an input whose reading takes longer than {@code limit}. */
    public ReportReader withTimeLimit(Duration limit) {
        return withLimits(l -> new Limits(l.maxBytes(), l.maxPages(), l.maxChars(), l.maxLines(),
                l.maxUnpackedBytes(), l.maxElements(), limit));
    }

    private ReportReader withLimits(UnaryOperator<Limits> change) {
        return new ReportReader(change.apply(limits));
    }

    public Report read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return unreadable(source, tooLarge(size));
            }
            return read(Files.readAllBytes(file), source);
        } catch (IOException | RuntimeException e) {
            return Report.unreadable(source, "cannot read the file: " + e.getMessage(),
                    "无法读取文件：" + e.getMessage());
        } catch (OutOfMemoryError e) {
            return unreadable(source, ReadFailures.outOfMemory(e));
        }
    }

    public Report read(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                return unreadable(source, tooLarge(bytes.length));
            }
            return read(bytes, source);
        } catch (IOException | RuntimeException e) {
            return Report.unreadable(source, "cannot read the stream: " + e.getMessage(),
                    "无法读取输入流：" + e.getMessage());
        } catch (OutOfMemoryError e) {
            return unreadable(source, ReadFailures.outOfMemory(e));
        }
    }

    /** Reads bytes whose format is detected from their content ({@code source} names them in findings). */
    public Report read(byte[] bytes, String source) {
        try {
            if (bytes.length > limits.maxBytes()) {
                return unreadable(source, tooLarge(bytes.length));
            }
            if (bytes.length == 0) {
                return Report.unreadable(source, "the input is empty", "输入为空");
            }
            long deadline = limits.deadline();
            FormatDetector.Detected f = FormatDetector.detect(bytes, source);
            Extracted x = switch (f.format()) {
                case REFUSED -> throw new UnreadableException(f.refusal());
                case PDF -> PdfReader.read(bytes, limits, deadline);
                case DOCX -> {
                    limits.checkUnpacked(bytes);
                    DocxReader.checkText(bytes, limits);
                    yield DocxReader.read(bytes);
                }
                case DOC -> DocReader.read(bytes, limits, deadline);
                case HTML -> {
                    limits.checkElements(bytes);
                    yield HtmlReader.read(bytes);
                }
                case MHT -> {
                    byte[] page = MhtReader.page(bytes);
                    limits.checkElements(page);
                    yield HtmlReader.read(page);
                }
                case TEXT -> text(bytes, limits);
            };
            if (f.format() != FormatDetector.Format.TEXT) { // text() measured the decoded text as a whole
                checkLines(x.lines(), f.format());
            }
            limits.checkTime(deadline, "the " + f.format().name() + " input was extracted but not parsed",
                    f.format().name() + " 输入的文字已提取，但未及解析");
            Report report = ReportParser.parse(source, x.lines());
            if (x.ifNoReport() != null && report.sections().isEmpty() && report.tables().isEmpty()) {
                // no part and no table of a report: checking the page would report every part missing
                throw new UnreadableException(x.ifNoReport());
            }
            return withNotes(report, x.notes());
        } catch (UnreadableException e) {
            return unreadable(source, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(source, ReadFailures.internal(e));
        } catch (OutOfMemoryError e) {
            return unreadable(source, ReadFailures.outOfMemory(e));
        }
    }

    /**
     * True when the report is unreadable because reading it ran out of memory. The heap is shared: where other threads
     * hold large inputs at the time, reading it again when they are done may succeed.
     */
    public static boolean ranOutOfMemory(Report report) {
        return report.problems().stream().anyMatch(p -> ReadProblem.UNREADABLE.equals(p.kind())
                && p.message().startsWith(ReadFailures.OUT_OF_MEMORY));
    }

    /** Reads plain text (one paragraph or table row per line; table cells separated by tabs or aligned with spaces). */
    public Report readText(String text, String source) {
        try {
            return ReportParser.parse(source, ReportParser.textLines(text));
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(source, ReadFailures.internal(e));
        }
    }

    private static Extracted text(byte[] bytes, Limits limits) throws UnreadableException {
        if (bytes.length / 4 > limits.maxChars()) { // no supported encoding takes more than 4 bytes a character
            throw new UnreadableException(Limits.tooLong(bytes.length / 4, bytes.length, limits.maxChars()));
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (d.problem() != null) {
            throw new UnreadableException(d.problem());
        }
        limits.checkChars(d.text().length());
        limits.checkLines(lineCount(d.text(), limits.maxLines()));
        if (d.text().isBlank()) { // as every line is: line ends are spaces too
            throw new UnreadableException(noText(FormatDetector.Format.TEXT));
        }
        return new Extracted(ReportParser.textLines(d.text()), List.of());
    }

    /** Refuses lines with more characters than the limit in all, or with spaces only. */
    private void checkLines(List<RawLine> lines, FormatDetector.Format format) throws UnreadableException {
        long chars = 0;
        boolean blank = true;
        for (RawLine l : lines) {
            chars += l.text().length();
            blank = blank && l.text().isBlank();
        }
        limits.checkChars(chars);
        limits.checkLines(lines.size());
        if (blank) {
            throw new UnreadableException(noText(format));
        }
    }

    /**
     * The lines of a text before it is split, or an upper bound when it is too short to have more than {@code max}:
     * lines end at \n or \r\n, or at \r in a text without \n.
     */
    private static long lineCount(String text, int max) {
        if (text.length() < max) {
            return text.length() + 1L;
        }
        char end = text.indexOf('\n') >= 0 ? '\n' : '\r';
        long n = 1;
        for (int i = text.indexOf(end); i >= 0; i = text.indexOf(end, i + 1)) {
            n++;
        }
        return n;
    }

    private static Reason noText(FormatDetector.Format format) {
        return new Reason("no text was found in the " + format.name() + " input", "在 " + format.name() + " 输入中没有找到文字");
    }

    private static Report withNotes(Report r, List<ReadProblem> notes) {
        if (notes.isEmpty()) {
            return r;
        }
        List<ReadProblem> all = new ArrayList<>(r.problems());
        all.addAll(notes);
        return new Report(r.source(), r.metadata(), r.sections(), r.period(), r.contact(), r.tables(), r.cells(),
                r.figures(), r.groups(), r.statements(), r.lines(), all);
    }

    private static Report unreadable(String source, Reason reason) {
        return Report.unreadable(source, reason.en(), reason.zh());
    }

    private Reason tooLarge(long size) {
        return Limits.tooLarge(size, limits.maxBytes());
    }
}
