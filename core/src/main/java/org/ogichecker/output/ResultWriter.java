package org.ogichecker.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.ogichecker.engine.CheckResult;

/**
 * Writes check results as they come, so that a batch of any size needs memory for one report at
 * a time: {@link #add} each result, then {@link #finish} once to write the summary. The target
 * writer is flushed but never closed: it belongs to the caller.
 */
public interface ResultWriter {

    void add(CheckResult result) throws IOException;

    /** Writes the summary of everything added. */
    void finish() throws IOException;

    /** Writes all results and the summary with the writer {@code open} makes, and returns the text. */
    static String render(List<CheckResult> results, Function<Writer, ResultWriter> open) {
        StringWriter s = new StringWriter();
        try {
            ResultWriter w = open.apply(s);
            for (CheckResult r : results) {
                w.add(r);
            }
            w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }
}
