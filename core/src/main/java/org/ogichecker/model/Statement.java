package org.ogichecker.model;

import java.math.BigDecimal;

/**
 * A claim the reader recognised in the narrative, such as "17 applications were received"
 * ({@link StatementKind#APPLICATIONS_RECEIVED}, value 17) or "no application was received"
 * ({@link StatementKind#NO_APPLICATIONS}). The reader records only what a sentence clearly says;
 * rules compare these claims with the tables.
 *
 * @param kind     what is claimed
 * @param value    the number claimed, or null for a claim without a number
 * @param unit     the unit of the number (件, 条, 元, 万元 …), or ""
 * @param evidence the clause that states it (normalised)
 * @param section  index of the section it is in, -1 before the first heading
 * @param line     source line
 */
public record Statement(StatementKind kind, BigDecimal value, String unit, String evidence, int section, int line) {
}
