package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.SourceLine;

/** Builds the model from the lines a format reader delivers. */
public final class ReportParser {

    private ReportParser() {
    }

    /** Plain text to lines: a line with a tab is a table row, others are paragraphs. */
    public static List<RawLine> textLines(String text) {
        String[] ls = text.split("\r\n|\r|\n", -1);
        List<RawLine> out = new ArrayList<>(ls.length);
        for (int i = 0; i < ls.length; i++) {
            String l = ls[i];
            out.add(new RawLine(i + 1, l, l.indexOf('\t') >= 0 ? Arrays.asList(l.split("\t", -1)) : null));
        }
        return out;
    }

    public static Report parse(String source, List<RawLine> lines) {
        List<SourceLine> src = lines.stream().map(l -> new SourceLine(l.number(), l.text())).toList();
        ReportMetadata meta = new ReportMetadata(null, null, null, null, BodyType.UNKNOWN, null, 0, null);
        return new Report(source, meta, List.of(), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), src, List.of());
    }
}
