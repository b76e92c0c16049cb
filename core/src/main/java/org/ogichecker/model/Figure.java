package org.ogichecker.model;

import java.math.BigDecimal;

/**
 * A number stated in the narrative, with its unit and the words around it.
 *
 * @param value    the number
 * @param unit     the measure word after it (条, 件, 次, 人, 万元 …), or "" when none
 * @param before   up to a clause of text before the number (normalised)
 * @param after    up to a clause of text after the unit (normalised)
 * @param section  index of the section the figure is in, -1 before the first heading
 * @param line     source line
 */
public record Figure(BigDecimal value, String unit, String before, String after, int section, int line) {
}
