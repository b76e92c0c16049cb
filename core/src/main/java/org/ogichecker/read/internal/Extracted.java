package org.ogichecker.read.internal;

import java.util.List;
import org.ogichecker.model.ReadProblem;

/**
 * What a format reader extracted: the lines for the {@link ReportParser} and notes on what it left
 * out (e.g. pages beyond the limit).
 */
public record Extracted(List<RawLine> lines, List<ReadProblem> notes) {
    public Extracted {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }
}
