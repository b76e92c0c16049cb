package org.ogichecker.read.internal;

import java.math.BigDecimal;

/**
 * A figure found in a {@link TextBlock}, with its positions.
 *
 * @param numStart   first character of the number
 * @param numEnd     end (exclusive) of the number
 * @param unitEnd    end (exclusive) of the measure word
 * @param value      the number
 * @param unit       the measure word
 * @param localStart start of the words that lead to the number: the clause, but not before the
 *                   previous figure ("A 5条、B 3条": B's words are "B")
 * @param afterEnd   end of the words after the unit: the clause, but not past the next figure
 */
record FigureHit(int numStart, int numEnd, int unitEnd, BigDecimal value, String unit, int localStart, int afterEnd) {

    /** The words leading to the number, without the separator left over from a list ("、B" → "B"). */
    String before(String text) {
        String b = text.substring(localStart, numStart).strip();
        int i = 0;
        while (i < b.length() && "、:,;)]》”".indexOf(b.charAt(i)) >= 0) {
            i++;
        }
        return b.substring(i).strip();
    }

    String after(String text) {
        return text.substring(unitEnd, afterEnd).strip();
    }
}
