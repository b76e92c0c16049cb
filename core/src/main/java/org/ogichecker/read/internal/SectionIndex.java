package org.ogichecker.read.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogichecker.model.Section;

/** Which section a line is in, and the headings above it. One per report. */
final class SectionIndex {

    private final List<Section> sections;
    private final Map<Integer, Section> byIndex = new HashMap<>();
    /**
     * The innermost section of each line, null when none holds it: figures and claims ask for many lines, and a
     * scan of the sections per question cost more than filling this once (lines x nesting depth).
     */
    private final Section[] innermost;

    SectionIndex(List<Section> sections) {
        this.sections = sections;
        int last = -1;
        for (Section s : sections) {
            byIndex.put(s.index(), s);
            last = Math.max(last, s.endLine());
        }
        innermost = new Section[last + 1];
        for (Section s : sections) {
            for (int line = Math.max(0, s.line()); line <= s.endLine(); line++) {
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
