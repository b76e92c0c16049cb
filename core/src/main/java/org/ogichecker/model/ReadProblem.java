package org.ogichecker.model;

/**
 * Something the reader could not do. An unreadable input has a problem of kind UNREADABLE and
 * nothing else; other kinds are notes about parts of an otherwise readable report.
 *
 * @param kind      UNREADABLE, TRUNCATED, or NOTE
 * @param message   what went wrong, in English, with the detail a user needs
 * @param messageZh the same in Chinese, with the same numbers
 * @param line      source line, 0 when not applicable
 */
public record ReadProblem(String kind, String message, String messageZh, int line) {
    public static final String UNREADABLE = "UNREADABLE";
    public static final String NOTE = "NOTE";
}
