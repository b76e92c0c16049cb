package org.ogichecker.model;

/**
 * The previous-year report the caller gave for the cross-year checks ({@code CheckOptions.previous}),
 * inserted whenever one was given, usable or not, so that a rule can say why the cross-year checks
 * could not be made instead of passing them silently. Its cells are the {@link PriorCell} facts.
 *
 * @param source    where it came from
 * @param year      its year, or null when unknown
 * @param problem   why it cannot be used (it could not be read, or the caller found none), or null
 * @param problemZh the same in Chinese, or null
 */
public record PriorReport(String source, Integer year, String problem, String problemZh) {
}
