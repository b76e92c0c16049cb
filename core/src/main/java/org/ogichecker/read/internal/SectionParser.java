package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern LEVEL1 = Pattern.compile("([一二三四五六七八九十]{1,3})\\s*[、.]\\s*");
    private static final Pattern LEVEL2 = Pattern.compile("\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*");
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
                for (Open o : new Open[] {l1, l2}) {
                    if (o != null) {
                        o.append(tl.text(), tl.number());
                    }
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
        return all.stream().map(Open::close).toList();
    }

    /**
     * The heading a line starts with, given the ordinals of the current level-1 and level-2
     * headings (0 when none), or null.
     */
    static Heading heading(String line, int lastLevel1, int lastLevel2) {
        if (line.isEmpty() || !mayStartHeading(line.charAt(0))) {
            return null;
        }
        Matcher m = LEVEL1.matcher(line);
        if (m.lookingAt() && follows(Numerals.value(m.group(1)), lastLevel1)) {
            return split(1, m.group(1), line.substring(m.end()));
        }
        m = LEVEL2.matcher(line);
        if (m.lookingAt() && follows(Numerals.value(m.group(1)), lastLevel2)) {
            return split(2, m.group(1), line.substring(m.end()));
        }
        return null;
    }

    /** The first character of a heading of either level (most lines have another: no pattern is tried). */
    private static boolean mayStartHeading(char c) {
        return c == '(' || Numerals.isHeadingNumeral(c);
    }

    private static boolean follows(int ordinal, int last) {
        return ordinal > last && ordinal <= last + MAX_STEP;
    }

    /** The heading is the first clause; what follows a sentence end or a colon is text. */
    private static Heading split(int level, String numeral, String after) {
        int ordinal = Numerals.value(numeral);
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
