package org.ogichecker.model;

/**
 * A numbered heading of the report and the text under it.
 *
 * @param index    position in document order (0-based)
 * @param level    1 for 一、…十二、, 2 for （一）…, 3 for 1. / 1、
 * @param number   the numeral as printed, e.g. "一", "（三）", "2"
 * @param ordinal  the numeral's value (一 = 1, （三） = 3)
 * @param heading  the heading text after the numeral (normalised, simplified)
 * @param text     everything under the heading up to the next heading of the same or a higher level,
 *                 subsections included (normalised); empty when nothing is there. A table the reader read is a line
 *                 {@code [表格:<title>]}, an image (which has no text to read) a line {@link #IMAGE}
 * @param line     the source line of the heading (1-based)
 * @param endLine  the last source line belonging to the section
 * @param parent   index of the enclosing section, -1 for a top-level one
 */
public record Section(
        int index,
        int level,
        String number,
        int ordinal,
        String heading,
        String text,
        int line,
        int endLine,
        int parent) {

    /** The line of a section's text that stands for an image of the report: a picture, a scan, a table as an image. */
    public static final String IMAGE = "[图片]";

    /** True when a line of the text stands for an image ({@link #IMAGE}). */
    public boolean hasImage() {
        for (int i = text.indexOf(IMAGE); i >= 0; i = text.indexOf(IMAGE, i + 1)) {
            if ((i == 0 || text.charAt(i - 1) == '\n')
                    && (i + IMAGE.length() == text.length() || text.charAt(i + IMAGE.length()) == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** True when there is no content under the heading (whitespace and punctuation do not count). */
    public boolean isEmpty() {
        // a loop, not codePoints(): rules ask this of every section of every report
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
