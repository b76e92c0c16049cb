package org.ogichecker.engine;

import java.util.Comparator;
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

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.location().table(), NULLS_FIRST)
            .thenComparing(f -> f.location().row(), NULLS_FIRST)
            .thenComparing(f -> f.location().column(), NULLS_FIRST)
            .thenComparing(f -> f.location().section(), NULLS_FIRST)
            .thenComparing(Finding::message, NULLS_FIRST)
            .thenComparing(Finding::evidence, NULLS_FIRST);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(severity, "severity");
        location = location == null ? Location.NONE : location;
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
