package org.ogichecker.read.internal;

import org.ogichecker.model.Section;

/**
 * Markdown markup in plain text is not text: reports converted to Markdown (pandoc, MarkItDown, the PDF converters
 * that feed language models) mark headings with {@code #} and bold labels with {@code **}, which would hide a
 * heading's numbering ({@code ## 一、总体情况}, {@code **（一）主动公开情况**}) and a table label from the reader. A
 * line keeps its text without: ATX heading markers, block-quote markers, emphasis runs of two or more {@code *} or
 * {@code _}, the link syntax around a link's text, backslash escapes (not {@code \|}, which a pipe table's cell
 * keeps), {@code <br>} (joined as the HTML reader joins lines); a line of only {@code =}, {@code -}, {@code *} or
 * {@code _} (a heading underline or a thematic break) is blank, and a line that is only an image is the image line
 * {@link Section#IMAGE}. Single {@code *} and {@code _} stay: in reports they are footnote marks and blanks to fill.
 */
final class Markdown {

    private Markdown() {
    }

    /**
     * Whether {@code text} may hold markup {@link #plain} removes: searches of the whole text for a character that all
     * markup but a {@code ---} break starts or ends with (the fast searches, for a single character), not a look at
     * each line. Most reports hold none of them.
     */
    static boolean mayHold(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('#') >= 0 || text.indexOf(']') >= 0 || text.indexOf('<') >= 0
                || text.indexOf('\\') >= 0 || text.indexOf('>') >= 0 || text.indexOf('_') >= 0
                || text.indexOf('=') >= 0;
    }

    /** The line without its Markdown markup (the line itself when it has none). */
    static String plain(String line) {
        String s = line;
        int start = 0;
        while (start < s.length() && start < 3 && s.charAt(start) == ' ') {
            start++;
        }
        if (start < s.length() && (s.charAt(start) == '#' || s.charAt(start) == '>')) {
            s = withoutMarkers(s, start);
        }
        if (isBreak(s)) {
            return "";
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = withoutEmphasis(s);
        }
        if (s.indexOf("](") >= 0) {
            String image = s.strip();
            if (image.startsWith("![") && image.endsWith(")") && linkEnd(image, 1) == image.length()) {
                return Section.IMAGE;
            }
            s = withoutLinks(s);
        }
        if (s.indexOf("<br") >= 0 || s.indexOf("<BR") >= 0) {
            s = withoutBreaks(s);
        }
        if (s.indexOf('\\') >= 0) {
            s = unescaped(s);
        }
        return s;
    }

    /** The line without its heading marker ({@code ## … ##}) or block-quote markers ({@code > > …}) at {@code start}. */
    private static String withoutMarkers(String s, int start) {
        if (s.charAt(start) == '>') {
            int i = start;
            while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == ' ')) {
                i++;
            }
            return s.substring(i);
        }
        int end = start;
        while (end < s.length() && s.charAt(end) == '#') {
            end++;
        }
        if (end - start > 6 || end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '\t') {
            return s; // "#1", "####### …": not a heading
        }
        String heading = s.substring(end).strip();
        int close = heading.length();
        while (close > 0 && heading.charAt(close - 1) == '#') {
            close--;
        }
        return close == 0 || heading.charAt(close - 1) == ' ' ? heading.substring(0, close).strip() : heading;
    }

    /** A line of three or more of one of {@code = - * _} and spaces only: an underline or a thematic break. */
    private static boolean isBreak(String s) {
        char mark = 0;
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c != '=' && c != '-' && c != '*' && c != '_' || mark != 0 && c != mark) {
                return false;
            }
            mark = c;
            count++;
        }
        return count >= 3;
    }

    /** Without the runs of two or more {@code *} or {@code _} (bold, bold italic). */
    private static String withoutEmphasis(String s) {
        StringBuilder b = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int run = i;
            while ((c == '*' || c == '_') && run < s.length() && s.charAt(run) == c) {
                run++;
            }
            if (run - i >= 2) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                i = run;
                continue;
            }
            if (b != null) {
                b.append(c);
            }
            i++;
        }
        return b == null ? s : b.toString();
    }

    /**
     * The index after the link that starts with {@code [} at {@code open} ({@code [text](target)}), or -1: the text
     * ends at the next {@code ]}, the target at the next {@code )}.
     */
    private static int linkEnd(String s, int open) {
        int close = s.indexOf(']', open + 1);
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
            return -1;
        }
        int end = s.indexOf(')', close + 2);
        return end < 0 ? -1 : end + 1;
    }

    /**
     * Links as their text; images inside a line are dropped. Linear however many brackets a line holds: the next
     * {@code ]} and {@code )} are found once for all the brackets before them.
     */
    private static String withoutLinks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int close = -1; // the next ']' at or after i (s.length() when none)
        int end = -1; // the next ')' after close
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean image = c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '[';
            if (c != '[' && !image) {
                b.append(c);
                i++;
                continue;
            }
            int open = image ? i + 1 : i;
            if (close <= open) {
                close = s.indexOf(']', open + 1);
                close = close < 0 ? s.length() : close;
            }
            if (close + 1 < s.length() && s.charAt(close + 1) == '(' && end <= close) {
                end = s.indexOf(')', close + 2);
                end = end < 0 ? s.length() : end;
            }
            if (close + 1 >= s.length() || s.charAt(close + 1) != '(' || end >= s.length()) {
                b.append(c);
                i++;
                continue;
            }
            if (!image) {
                b.append(s, open + 1, close);
            }
            i = end + 1;
        }
        return b.toString();
    }

    /** {@code <br>}, {@code <br/>} and {@code <br />} (a line break in a pipe table's cell) joined as the HTML reader joins lines. */
    private static String withoutBreaks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int gt = -1; // the next '>' after i (s.length() when none)
        int i = 0;
        while (i < s.length()) {
            if (!s.regionMatches(true, i, "<br", 0, 3)) {
                b.append(s.charAt(i++));
                continue;
            }
            if (gt < i) {
                gt = s.indexOf('>', i);
                gt = gt < 0 ? s.length() : gt;
            }
            if (gt - i > 5 || !s.substring(i + 3, gt).replace("/", "").isBlank()) { // at most "<br />"
                b.append(s.charAt(i++));
                continue;
            }
            char before = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
            char after = gt + 1 < s.length() ? s.charAt(gt + 1) : ' ';
            if (!LineCollector.isWide(before) && !LineCollector.isWide(after) && before != ' ' && after != ' ') {
                b.append(' ');
            }
            i = gt + 1;
        }
        return b.toString();
    }

    /** Backslash escapes of ASCII punctuation undone, but {@code \|}: a pipe table splits its cells at the others. */
    private static String unescaped(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '\\' && next != '|' && next > ' ' && next < 0x7f && !Character.isLetterOrDigit(next)) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
