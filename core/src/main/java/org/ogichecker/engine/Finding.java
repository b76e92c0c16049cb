package org.ogichecker.engine;

import java.util.Objects;

/**
 * One thing the checker reports. Immutable; ordered by severity, source line, rule, location and
 * message so that output is deterministic.
 *
 * @param rule        the firing rule's stable id (e.g. "T3-C1-BALANCE")
 * @param requirement the requirement id of the catalogue (e.g. "T3-C1")
 * @param severity    ERROR, WARNING or INFO
 * @param basis       the legal or format reference in words
 * @param title       the rule's title
 * @param message     the message in Chinese, with the numbers
 * @param messageEn   the message in English, with the numbers
 * @param location    part, table, row, column, line
 * @param evidence    the source text or the cell values the rule looked at
 * @param expected    the value the rule expected, or null
 * @param actual      the value found, or null
 */
public record Finding(
        String rule,
        String requirement,
        Severity severity,
        String basis,
        String title,
        String message,
        String messageEn,
        Location location,
        String evidence,
        String expected,
        String actual) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(severity, "severity");
        location = location == null ? Location.NONE : location;
    }

    /**
     * Severity, line, rule, then table, row, column, section, message and evidence (absent ones first). Plain
     * comparisons rather than a {@code Comparator} chain: every check sorts its findings, and each link of a chain
     * is a call through an interface that the JIT cannot inline.
     */
    @Override
    public int compareTo(Finding o) {
        Location a = location;
        Location b = o.location;
        int c = severity.compareTo(o.severity);
        if (c == 0) {
            c = Integer.compare(a.line(), b.line());
        }
        if (c == 0) {
            c = rule.compareTo(o.rule);
        }
        if (c == 0) {
            c = nullsFirst(a.table(), b.table());
        }
        if (c == 0) {
            c = nullsFirst(a.row(), b.row());
        }
        if (c == 0) {
            c = nullsFirst(a.column(), b.column());
        }
        if (c == 0) {
            c = nullsFirst(a.section(), b.section());
        }
        if (c == 0) {
            c = nullsFirst(message, o.message);
        }
        return c != 0 ? c : nullsFirst(evidence, o.evidence);
    }

    private static int nullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
