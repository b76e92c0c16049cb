package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import org.ogichecker.model.Section;

/**
 * Finds the numbered headings 一、… (level 1) and （一）… (level 2) among the paragraph lines and the
 * text under each. A numeral is a heading only when it continues the numbering of its level (the
 * next number, or one further when a part is missing); a restart such as a list 一、二、 inside a
 * part stays text. When the line goes on after the heading's first clause ("（一）认识不到位。在日常
 * 工作中…") the heading is that clause and the rest is text. Tables inside a part reach this parser
 * as one placeholder line each (see {@link ReportParser}), so a part that holds only a table is not empty.
 */
final class SectionParser {

    /** The most characters of a heading's numeral (十一 … 九十九). */
    private static final int MAX_NUMERAL = 3;
    /** How far a heading's number may jump ahead of the previous one (one part missing). */
    private static final int MAX_STEP = 2;

    private SectionParser() {
    }

    private static final class Open {
        final int index;
        final int level;
        final String number;
        final int ordinal;
        final String heading;
        final int line;
        final int parent;
        /** Joined once when the section closes, into a string of the exact size (a growing builder copied it as it grew). */
        final List<String> text = new ArrayList<>();
        int endLine;

        Open(int index, int level, String number, int ordinal, String heading, int line, int parent) {
            this.index = index;
            this.level = level;
            this.number = number;
            this.ordinal = ordinal;
            this.heading = heading;
            this.line = line;
            this.parent = parent;
            this.endLine = line;
        }

        void append(String s, int number) {
            if (!s.isEmpty()) {
                text.add(s);
            }
            endLine = number;
        }

        Section close() {
            return new Section(index, level, number, ordinal, heading, String.join("\n", text), line, endLine, parent);
        }
    }

    /** A heading found at the start of a line; {@code numeral} as printed (二, 十一). */
    record Heading(int level, String numeral, int ordinal, String heading, String rest) {
    }

    /** @param lines non-blank normalised paragraph lines in order */
    static List<Section> parse(List<TextLine> lines) {
        List<Open> all = new ArrayList<>();
        Open l1 = null;
        Open l2 = null;
        for (TextLine tl : lines) {
            Heading h = heading(tl.text(), l1 == null ? 0 : l1.ordinal, l2 == null ? 0 : l2.ordinal);
            if (h == null) {
                if (l1 != null) {
                    l1.append(tl.text(), tl.number());
                }
                if (l2 != null) {
                    l2.append(tl.text(), tl.number());
                }
                continue;
            }
            String number = h.level() == 1 ? h.numeral() : "（" + h.numeral() + "）";
            Open o = new Open(all.size(), h.level(), number, h.ordinal(), h.heading(), tl.number(),
                    h.level() == 2 && l1 != null ? l1.index : -1);
            o.append(h.rest(), tl.number());
            all.add(o);
            if (h.level() == 1) {
                l1 = o;
                l2 = null;
            } else {
                if (l1 != null) {
                    l1.append(tl.text(), tl.number());
                }
                l2 = o;
            }
        }
        Section[] sections = new Section[all.size()];
        for (int i = 0; i < sections.length; i++) {
            sections[i] = all.get(i).close();
        }
        return List.of(sections); // kept by the Report without another copy
    }

    /**
     * The heading a line starts with, given the ordinals of the current level-1 and level-2
     * headings (0 when none), or null. Level 1 is {@code 一、} or {@code 一.}, level 2 {@code (一)}; a numeral has
     * one to three characters, and spaces may stand around each part.
     */
    static Heading heading(String line, int lastLevel1, int lastLevel2) {
        boolean level2 = line.startsWith("(");
        int from = level2 ? skipSpaces(line, 1) : 0;
        int end = numeralEnd(line, from);
        if (end == from) {
            return null; // most lines
        }
        int mark = skipSpaces(line, end);
        if (mark == line.length()
                || (level2 ? line.charAt(mark) != ')' : line.charAt(mark) != '、' && line.charAt(mark) != '.')) {
            return null;
        }
        String numeral = line.substring(from, end);
        int ordinal = Numerals.value(numeral);
        if (!follows(ordinal, level2 ? lastLevel2 : lastLevel1)) {
            return null;
        }
        return split(level2 ? 2 : 1, numeral, ordinal, line.substring(skipSpaces(line, mark + 1)));
    }

    /** The end of the numeral at {@code from}, or {@code from} when none stands there (or a run longer than a numeral). */
    private static int numeralEnd(String line, int from) {
        int end = from;
        while (end < line.length() && Numerals.isHeadingNumeral(line.charAt(end))) {
            end++;
        }
        return end - from <= MAX_NUMERAL ? end : from;
    }

    /** The index of the first character at or after {@code i} that is not a space (ASCII ' ' or \t … \r). */
    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) >= '\t' && line.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }

    private static boolean follows(int ordinal, int last) {
        return ordinal > last && ordinal <= last + MAX_STEP;
    }

    /** The heading is the first clause; what follows a sentence end or a colon is text. */
    private static Heading split(int level, String numeral, int ordinal, String after) {
        int end = -1;
        for (int i = 0; i < after.length() && end < 0; i++) {
            char c = after.charAt(i);
            if (c == '。' || c == ':' || c == ';' || c == '!' || c == '?') {
                end = i;
            }
        }
        if (end < 0) {
            return new Heading(level, numeral, ordinal, after.strip(), "");
        }
        return new Heading(level, numeral, ordinal, after.substring(0, end).strip(), after.substring(end + 1).strip());
    }
}
