package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

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

    private static final Pattern EACH_AT_END = Pattern.compile("各\\s*$");

    /** The words leading to the number, without the separator left over from a list ("、B" → "B"). */
    String before(String text) {
        String b = text.substring(localStart, numStart).strip();
        int i = 0;
        while (i < b.length() && "、:,;)]》”".indexOf(b.charAt(i)) >= 0) {
            i++;
        }
        return b.substring(i).strip();
    }

    /**
     * Whether the words leading to the number end with 各 ("各 5件"): the number is each one's count, not a
     * total. What {@code find()} of {@link #EACH_AT_END} in the words answers: a match can only start at the
     * last 各. Searched back to the words' start only: {@code lastIndexOf} would search the whole clause before
     * them, once per figure, which made a 5 MB line of figures take quadratic time.
     */
    boolean eachBefore(String text) {
        int each = numStart - 1;
        while (each >= localStart && text.charAt(each) != '各') {
            each--;
        }
        return each >= localStart && EACH_AT_END.matcher(text).region(each, numStart).lookingAt();
    }

    String after(String text) {
        return text.substring(unitEnd, afterEnd).strip();
    }
}
