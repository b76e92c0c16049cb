package org.ogichecker.read.internal;

import java.util.List;
import org.ogichecker.model.ReadProblem;

/**
 * What a format reader extracted: the lines for the {@link ReportParser}, notes on what it left out (e.g. pages beyond
 * the limit), and, when the input may hold its report elsewhere (a web page that links it as an attachment), why it
 * cannot be read should no report be found in the lines, else null.
 */
public record Extracted(List<RawLine> lines, List<ReadProblem> notes, Reason ifNoReport) {
    public Extracted {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    public Extracted(List<RawLine> lines, List<ReadProblem> notes) {
        this(lines, notes, null);
    }
}
