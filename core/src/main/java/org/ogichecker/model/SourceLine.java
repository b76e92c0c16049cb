package org.ogichecker.model;

/**
 * A line of the source as read, kept so that findings can quote the original text.
 *
 * @param number 1-based line number in the source (for PDF: in the extracted text)
 * @param text   the text exactly as read (cells joined by tabs)
 */
public record SourceLine(int number, String text) {
}
