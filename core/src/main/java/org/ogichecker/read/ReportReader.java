package org.ogichecker.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogichecker.model.Report;
import org.ogichecker.read.internal.ReportParser;
import org.ogichecker.read.internal.TextDecoder;

/**
 * Reads a report from a file, bytes or a stream into the model. Never throws: input that cannot be
 * read gives a {@link Report} whose problems say why ({@link Report#isUnreadable()}), which the
 * checker reports as INPUT-UNREADABLE.
 */
public final class ReportReader {

    /** Inputs above this size are not read (a report is a few hundred kB; this bounds memory). */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    private ReportReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static ReportReader create() {
        return new ReportReader(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses inputs larger than {@code maxBytes}. */
    public static ReportReader withMaxBytes(long maxBytes) {
        return new ReportReader(maxBytes);
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

    /** Reads bytes whose format is detected from their content. */
    public Report read(byte[] bytes, String source) {
        try {
            if (bytes.length > maxBytes) {
                return Report.unreadable(source, tooLarge(bytes.length));
            }
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            if (d.problem() != null) {
                return Report.unreadable(source, d.problem());
            }
            return readText(d.text(), source);
        } catch (RuntimeException | StackOverflowError e) {
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

    private String tooLarge(long size) {
        return "the input has " + size + " bytes, more than the limit of " + maxBytes + " bytes";
    }
}
