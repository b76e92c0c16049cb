package org.ogichecker.read.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogichecker.model.Section;

/** Which section a line is in, and the headings above it. One per report (it remembers the last line asked for). */
final class SectionIndex {

    private final List<Section> sections;
    private final Map<Integer, Section> byIndex = new HashMap<>();
    /** The last line asked for and its section: figures and claims come line by line. */
    private int lastLine = -1;
    private int lastSection;

    SectionIndex(List<Section> sections) {
        this.sections = sections;
        for (Section s : sections) {
            byIndex.put(s.index(), s);
        }
    }

    /** Index of the innermost section whose [line, endLine] holds the line, -1 when none does. */
    int sectionOf(int line) {
        if (line == lastLine) {
            return lastSection;
        }
        Section best = null;
        for (Section s : sections) {
            if (s.line() <= line && line <= s.endLine()
                    && (best == null || s.line() > best.line() || (s.line() == best.line() && s.level() > best.level()))) {
                best = s;
            }
        }
        lastLine = line;
        lastSection = best == null ? -1 : best.index();
        return lastSection;
    }

    /** The lines on which a heading stands. */
    BitSet headingLines() {
        BitSet out = new BitSet();
        for (Section s : sections) {
            out.set(s.line());
        }
        return out;
    }

    /** The headings of the section and of the sections around it, joined; "" for -1. */
    String headingsOf(int section) {
        StringBuilder b = new StringBuilder();
        Set<Integer> seen = new HashSet<>();
        for (Section s = byIndex.get(section); s != null && seen.add(s.index()); s = byIndex.get(s.parent())) {
            b.append(s.heading()).append('\n');
        }
        return b.toString();
    }
}
