package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;

/** Collects the lines a format reader emits and numbers them in order. */
final class LineCollector {

    /**
     * How deep the Word readers open layout tables (tables that frame content): deeper ones are read as data, since a
     * document can nest tables without end.
     */
    static final int MAX_LAYOUT_DEPTH = 16;

    private final List<RawLine> lines = new ArrayList<>();

    /** Adds a paragraph; blank ones are dropped. */
    void paragraph(String text) {
        String t = clean(text);
        if (!t.isEmpty()) {
            lines.add(new RawLine(lines.size() + 1, t, null));
        }
    }

    /** Adds a table row; rows with no text at all are dropped. */
    void row(List<String> cells) {
        RawLine row = row(lines.size() + 1, cells);
        if (row != null) {
            lines.add(row);
        }
    }

    /** The row of {@code cells}, each {@link #clean}ed, as line {@code number}; null when no cell has text. */
    static RawLine row(int number, List<String> cells) {
        List<String> cs = new ArrayList<>(cells.size());
        boolean any = false;
        for (String c : cells) {
            String t = clean(c);
            any |= !t.isEmpty();
            cs.add(t);
        }
        return any ? new RawLine(number, String.join("\t", cs), cs) : null;
    }

    List<RawLine> lines() {
        return lines;
    }

    /** Whitespace of every kind (tabs, no-break and ideographic spaces) collapsed to one space, trimmed. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Appends a piece of text the way a wrapped line or a piece of markup continues: Chinese text runs
     * on without a space; between two Latin letters or digits a space is kept.
     */
    static void append(StringBuilder b, String piece) {
        String p = clean(piece);
        if (p.isEmpty()) {
            return;
        }
        if (b.length() > 0 && !isWide(b.charAt(b.length() - 1)) && !isWide(p.charAt(0))
                && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
        }
        b.append(p);
    }

    /** CJK ideographs, kana, full-width forms and CJK punctuation. */
    static boolean isWide(char c) {
        return c >= '\u2e80' && !(c >= '\ud800' && c <= '\udfff');
    }
}
