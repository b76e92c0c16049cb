package org.ogichecker.model;

import java.time.LocalDate;

/**
 * The statistics period (统计期限) stated in the report.
 *
 * @param from      first day, or null if the sentence gives none
 * @param to        last day, or null if the sentence gives none
 * @param evidence  the sentence that states it (normalised)
 * @param line      source line
 */
public record StatisticsPeriod(LocalDate from, LocalDate to, String evidence, int line) {
}
