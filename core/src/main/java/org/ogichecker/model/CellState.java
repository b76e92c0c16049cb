package org.ogichecker.model;

/** What a table cell holds. */
public enum CellState {
    /** A number (integer count or decimal amount). */
    NUMBER,
    /** Nothing, or a placeholder: "—", "-", "/", "无". */
    BLANK,
    /** Something that is not a number (text, a malformed number). */
    INVALID
}
