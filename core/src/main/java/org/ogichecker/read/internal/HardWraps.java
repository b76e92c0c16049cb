package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs of a text wrapped at the width of a page (as {@code pdftotext -layout} writes them) joined back, so that
 * a contact, a period or a claim that runs over a line end reads as one. A text is taken as wrapped when most of its
 * paragraph lines end near one column, the right margin: at least {@link #MIN_SHARE} of at least {@link #MIN_LINES}
 * lines within {@link #SLACK} columns of the widest fifth's narrowest, at most {@link #MAX_WIDTH} columns (CJK
 * characters two columns each). Texts with a paragraph per line have lines of every length and are left as they are.
 * A line is joined to the one before it when that one reaches the margin, they stand one right after the other in
 * the file, and the line is not indented (a new paragraph or a heading is) and is no numbered heading after a full
 * stop. A wrapped text is also justified, with a space set between characters to fill a line ("邮 编 ： 223100"): in
 * its lines a single space is kept only between two Latin letters or digits.
 */
final class HardWraps {

    private static final int MIN_LINES = 10;
    private static final double MIN_SHARE = 0.4;
    private static final int SLACK = 6;
    /** The widest margin taken for a page's: a page of A4 holds about 30 CJK characters a line, 60 columns. */
    private static final int MAX_WIDTH = 200;

    private HardWraps() {
    }

    /**
     * {@code text} joined where the text is wrapped, else {@code text} itself.
     *
     * @param paragraphs the paragraph lines {@code text} was made of, blank ones included (they are skipped)
     * @param text       the non-blank ones, normalised, in order
     */
    static List<TextLine> join(List<RawLine> paragraphs, List<TextLine> text) {
        // most texts end here: a line longer than a page is wide holds a whole paragraph
        for (RawLine l : paragraphs) {
            if (l.text().length() > MAX_WIDTH) {
                return text;
            }
        }
        if (text.size() < MIN_LINES) {
            return text;
        }
        int[] widths = new int[text.size()];
        boolean[] indented = new boolean[text.size()];
        int k = 0;
        for (RawLine l : paragraphs) {
            if (!l.text().isBlank()) {
                widths[k] = width(l.text());
                indented[k] = Character.isWhitespace(l.text().charAt(0)); // the ideographic space too
                k++;
            }
        }
        int[] sorted = widths.clone();
        Arrays.sort(sorted);
        int margin = sorted[sorted.length * 4 / 5];
        int near = 0;
        for (int w : widths) {
            if (Math.abs(w - margin) <= SLACK) {
                near++;
            }
        }
        if (near < MIN_SHARE * widths.length) {
            return text;
        }
        List<TextLine> out = new ArrayList<>(text.size());
        StringBuilder para = new StringBuilder();
        int number = 0;
        for (int i = 0; i < text.size(); i++) {
            TextLine l = text.get(i);
            boolean continues = i > 0 && widths[i - 1] >= margin - SLACK && !indented[i]
                    && l.number() == text.get(i - 1).number() + 1
                    && !SectionParser.headsAfterSentence(text.get(i - 1).text(), l.text());
            if (!continues && para.length() > 0) {
                out.add(new TextLine(number, para.toString()));
                para.setLength(0);
            }
            if (para.length() == 0) {
                number = l.number();
            }
            LineCollector.append(para, unjustified(l.text()));
        }
        if (para.length() > 0) {
            out.add(new TextLine(number, para.toString()));
        }
        return out;
    }

    /** The columns a line takes: two for a CJK character, one for others. */
    private static int width(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int w = 0;
        for (int i = 0; i < end; i++) {
            w += LineCollector.isWide(line.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    /** The line without the spaces justification set: a single space stays only between Latin letters or digits. */
    static String unjustified(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < line.length() && line.charAt(i + 1) != ' ' && line.charAt(i - 1) != ' '
                    && !(isLatin(line.charAt(i - 1)) && isLatin(line.charAt(i + 1)))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
