package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
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
        /** The index of the heading's line, and where the text on it starts (its length when none does). */
        final int first;
        final int restStart;
        /** The index of the last line under the heading (the heading's own line while none). */
        int last;
        int endLine;

        Open(int index, int level, String number, Heading h, int line, int parent, int first) {
            this.index = index;
            this.level = level;
            this.number = number;
            this.ordinal = h.ordinal();
            this.heading = h.heading();
            this.line = line;
            this.parent = parent;
            this.first = first;
            this.restStart = h.restStart();
            this.last = first;
            this.endLine = line;
        }

        void append(int i, int number) {
            last = i;
            endLine = number;
        }

        /** The text: the rest of the heading's line and the lines up to the last, joined once into a string of its size. */
        Section close(List<TextLine> lines) {
            String headingLine = lines.get(first).text();
            boolean rest = restStart < headingLine.length();
            String[] parts = new String[last - first + (rest ? 1 : 0)];
            int k = 0;
            if (rest) {
                parts[k++] = headingLine.substring(restStart);
            }
            for (int i = first + 1; i <= last; i++) {
                String t = lines.get(i).text();
                if (!t.isEmpty()) { // a line that normalises to nothing adds no line end
                    parts[k++] = t;
                }
            }
            String text = String.join("\n", k == parts.length ? parts : Arrays.copyOf(parts, k));
            return new Section(index, level, number, ordinal, heading, text, line, endLine, parent);
        }
    }

    /**
     * A heading found at the start of a line; {@code numeral} as printed (二, 十一); the rest of the line from
     * {@code restStart} on is text (none when it is the line's length).
     */
    record Heading(int level, String numeral, int ordinal, String heading, int restStart) {
    }

    /** @param lines non-blank normalised paragraph lines in order */
    static List<Section> parse(List<TextLine> lines) {
        List<Open> all = new ArrayList<>();
        Open l1 = null;
        Open l2 = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine tl = lines.get(i);
            Heading h = heading(tl.text(), l1 == null ? 0 : l1.ordinal, l2 == null ? 0 : l2.ordinal);
            if (h == null) {
                if (l1 != null) {
                    l1.append(i, tl.number());
                }
                if (l2 != null) {
                    l2.append(i, tl.number());
                }
                continue;
            }
            String number = h.level() == 1 ? h.numeral() : "（" + h.numeral() + "）";
            Open o = new Open(all.size(), h.level(), number, h, tl.number(), h.level() == 2 && l1 != null ? l1.index : -1, i);
            all.add(o);
            if (h.level() == 1) {
                l1 = o;
                l2 = null;
            } else {
                if (l1 != null) {
                    l1.append(i, tl.number());
                }
                l2 = o;
            }
        }
        Section[] sections = new Section[all.size()];
        for (int i = 0; i < sections.length; i++) {
            sections[i] = all.get(i).close(lines);
        }
        return List.of(sections); // kept by the Report without another copy
    }

    /**
     * The heading a line starts with, given the ordinals of the current level-1 and level-2
     * headings (0 when none), or null. Level 1 is {@code 一、} or {@code 一.}, level 2 {@code (一)}; a numeral has
     * one to three characters, and spaces may stand around each part.
     *
     * @param line a stripped line
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
        // a row label of a table left as text ("四、结转下年度继续办理" of a table not read) heads no part
        if (!follows(ordinal, level2 ? lastLevel2 : lastLevel1) || isRowLabel(line)) {
            return null;
        }
        return split(level2 ? 2 : 1, numeral, ordinal, line, skipSpaces(line, mark + 1));
    }

    /** True when the line is a row label of a table; no label has a full stop, as most numbered paragraphs do. */
    private static boolean isRowLabel(String line) {
        return line.indexOf('。') < 0 && TableExtractor.isRowLabelText(line);
    }

    /**
     * True when {@code line} opens with a heading's numbering right after a line ending a sentence: a heading, even
     * where the line before fills the measure, as a paragraph's last line may (and a text without indents shows a
     * heading no other way).
     */
    static boolean headsAfterSentence(String before, String line) {
        return before.endsWith("。") && opensWithNumbering(line);
    }

    /**
     * True when the line (as printed, not normalised) opens with a heading's numbering of either level, whatever its
     * number: {@code 六、}, {@code 六．}, {@code （三）}, {@code (三)}.
     */
    static boolean opensWithNumbering(String line) {
        int from = skipSpaces(line, 0);
        boolean level2 = from < line.length() && (line.charAt(from) == '(' || line.charAt(from) == '（');
        int start = level2 ? from + 1 : from;
        int end = numeralEnd(line, start);
        if (end == start || end == line.length()) {
            return false;
        }
        char mark = line.charAt(end);
        return level2 ? mark == ')' || mark == '）' : mark == '、' || mark == '.' || mark == '．';
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

    /** The heading is the first clause of the line from {@code start} on; what follows a sentence end or a colon is text. */
    private static Heading split(int level, String numeral, int ordinal, String line, int start) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ':' || c == ';' || c == '!' || c == '?') {
                return new Heading(level, numeral, ordinal, line.substring(start, i).strip(), restStart(line, i + 1));
            }
        }
        return new Heading(level, numeral, ordinal, line.substring(start).strip(), line.length());
    }

    /** The first index at or after {@code i} that {@link String#strip} keeps. */
    private static int restStart(String line, int i) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
