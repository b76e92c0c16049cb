package org.ogichecker.layout;

/** What a cell of a column must hold. */
public enum ValueKind {
    /** A non-negative integer. */
    COUNT,
    /** An integer that may be negative (本年增/减). */
    SIGNED,
    /** A non-negative decimal amount of money (万元 or 元; the unit may be printed in the cell). */
    AMOUNT
}
