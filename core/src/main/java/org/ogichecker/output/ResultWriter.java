package org.ogichecker.output;

import java.io.IOException;
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
}
