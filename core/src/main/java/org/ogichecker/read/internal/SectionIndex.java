package org.ogichecker.read.internal;

import java.util.BitSet;
import java.util.List;
import org.ogichecker.model.Section;

/** Which section a line is in, and the headings above it. One per report. */
final class SectionIndex {

    private final List<Section> sections;
    /** The sections by their index (null where none has it; the last of a repeated index). */
    private final Section[] byIndex;
    /**
     * The innermost section of each line number up to the last section's end (null where none holds the line):
     * filled once, as figures and claims ask for many lines.
     */
    private final Section[] innermost;

    SectionIndex(List<Section> sections) {
        this.sections = sections;
        int maxIndex = -1;
        int maxLine = -1;
        for (Section s : sections) {
            maxIndex = Math.max(maxIndex, s.index());
            maxLine = Math.max(maxLine, s.endLine());
        }
        byIndex = new Section[maxIndex + 1];
        innermost = new Section[maxLine + 1];
        for (Section s : sections) {
            byIndex[s.index()] = s;
            for (int line = Math.max(s.line(), 0); line <= s.endLine(); line++) {
                Section best = innermost[line];
                if (best == null || s.line() > best.line() || (s.line() == best.line() && s.level() > best.level())) {
                    innermost[line] = s;
                }
            }
        }
    }

    /** Index of the innermost section whose [line, endLine] holds the line, -1 when none does. */
    int sectionOf(int line) {
        Section s = line >= 0 && line < innermost.length ? innermost[line] : null;
        return s == null ? -1 : s.index();
    }

    /** The lines on which a heading stands. */
    BitSet headingLines() {
        BitSet out = new BitSet();
        for (int i = 0, n = sections.size(); i < n; i++) { // indexed: an immutable list's iterator is slow
            out.set(sections.get(i).line());
        }
        return out;
    }

    /** The headings of the section and of the sections around it, joined; "" for -1. */
    String headingsOf(int section) {
        StringBuilder b = new StringBuilder();
        // a parent comes before its child, so following parents to lower indices ends (and a cycle cannot form)
        for (Section s = at(section); s != null; s = s.parent() < s.index() ? at(s.parent()) : null) {
            b.append(s.heading()).append('\n');
        }
        return b.toString();
    }

    private Section at(int index) {
        return index >= 0 && index < byIndex.length ? byIndex[index] : null;
    }
}
