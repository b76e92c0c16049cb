package org.ogichecker.model;

/**
 * A cell of the same agency's previous-year report, inserted only when the caller passes that
 * report ({@code CheckOptions.previous}), for cross-year checks such as 上年结转 (Y) = 结转下年度 (Y−1).
 *
 * @param cell the cell as read from the previous report
 * @param year the previous report's year, or null when it could not be determined
 */
public record PriorCell(Cell cell, Integer year) {
}
