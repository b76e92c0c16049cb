package org.ogichecker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Report;
import org.ogichecker.read.internal.DocxReader;
import org.ogichecker.read.internal.Extracted;
import org.ogichecker.read.internal.FormatDetector;
import org.ogichecker.read.internal.HtmlReader;
import org.ogichecker.read.internal.PdfReader;
import org.ogichecker.read.internal.ReportParser;
import org.ogichecker.read.internal.TextDecoder;
import org.ogichecker.read.internal.UnreadableException;

/**
 * Reads a report from a file, bytes or a stream into the model. The format (PDF, Word .docx, HTML
 * page, plain text in UTF-8, GB18030 or Big5) is detected from the content; the name is only a hint.
 * Never throws: input that cannot be read gives a {@link Report} whose problems say why
 * ({@link Report#isUnreadable()}), which the checker reports as INPUT-UNREADABLE.
 */
public final class ReportReader {

    /** Inputs above this size are not read (a report is a few hundred kB; this bounds memory). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** PDF pages beyond this count are not read (a report has a few dozen; this bounds time). */
    public static final int DEFAULT_MAX_PAGES = 500;

    private final long maxBytes;
    private final int maxPages;

    private ReportReader(long maxBytes, int maxPages) {
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
    }

    public static ReportReader create() {
        return new ReportReader(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }

    /** A reader that refuses inputs larger than {@code maxBytes}. */
    public static ReportReader withMaxBytes(long maxBytes) {
        return new ReportReader(maxBytes, DEFAULT_MAX_PAGES);
    }

    /** This reader, reading at most {@code maxPages} pages of a PDF (the rest is noted as not read). */
    public ReportReader withMaxPages(int maxPages) {
        return new ReportReader(maxBytes, Math.max(1, maxPages));
    }

    public Report read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return Report.unreadable(source, tooLarge(size));
            }
            return read(Files.readAllBytes(file), source);
        } catch (IOException | RuntimeException e) {
            return Report.unreadable(source, "cannot read the file: " + e.getMessage());
        }
    }

    public Report read(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return Report.unreadable(source, tooLarge(bytes.length));
            }
            return read(bytes, source);
        } catch (IOException | RuntimeException e) {
            return Report.unreadable(source, "cannot read the stream: " + e.getMessage());
        }
    }

    /** Reads bytes whose format is detected from their content ({@code source} names them in findings). */
    public Report read(byte[] bytes, String source) {
        try {
            if (bytes.length > maxBytes) {
                return Report.unreadable(source, tooLarge(bytes.length));
            }
            if (bytes.length == 0) {
                return Report.unreadable(source, "the input is empty");
            }
            FormatDetector.Detected f = FormatDetector.detect(bytes, source);
            Extracted x = switch (f.format()) {
                case REFUSED -> throw new UnreadableException(f.refusal());
                case PDF -> PdfReader.read(bytes, maxPages);
                case DOCX -> DocxReader.read(bytes);
                case HTML -> HtmlReader.read(bytes);
                case TEXT -> text(bytes);
            };
            if (x.lines().stream().allMatch(l -> l.text().isBlank())) {
                return Report.unreadable(source, "no text was found in the " + f.format().name() + " input");
            }
            return withNotes(ReportParser.parse(source, x.lines()), x.notes());
        } catch (UnreadableException e) {
            return Report.unreadable(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Report.unreadable(source, "the reader failed: " + e);
        }
    }

    /** Reads plain text (one paragraph or table row per line; table cells separated by tabs). */
    public Report readText(String text, String source) {
        try {
            return ReportParser.parse(source, ReportParser.textLines(text));
        } catch (RuntimeException | StackOverflowError e) {
            return Report.unreadable(source, "the reader failed: " + e);
        }
    }

    private static Extracted text(byte[] bytes) throws UnreadableException {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (d.problem() != null) {
            throw new UnreadableException(d.problem());
        }
        return new Extracted(ReportParser.textLines(d.text()), List.of());
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

    private String tooLarge(long size) {
        return "the input has " + size + " bytes, more than the limit of " + maxBytes + " bytes";
    }
}
