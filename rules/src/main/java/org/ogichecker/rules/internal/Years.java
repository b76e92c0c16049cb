package org.ogichecker.rules.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.StatisticsPeriod;
import org.ogichecker.text.Texts;

/** The years a report states about itself (title, statistics period), for the year and period rules. */
public final class Years {

    /** A year written with digits or with Chinese numerals (二〇一九), followed by 年. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})\\s*年");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private Years() {
    }

    /** The first year named in the title, or null. */
    public static Integer titleYear(String title) {
        Matcher m = YEAR.matcher(Texts.normalize(title));
        if (!m.find()) {
            return null;
        }
        String y = m.group(1).replace('零', '〇').replace('○', '〇');
        StringBuilder digits = new StringBuilder(4);
        for (char c : y.toCharArray()) {
            int d = CHINESE_DIGITS.indexOf(c);
            digits.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return Integer.valueOf(digits.toString());
    }

    /** The years of the known dates of the period (empty when it gives no date). */
    public static Set<Integer> periodYears(StatisticsPeriod p) {
        Set<Integer> years = new TreeSet<>();
        if (p.from() != null) {
            years.add(p.from().getYear());
        }
        if (p.to() != null) {
            years.add(p.to().getYear());
        }
        return years;
    }

    /** True when the title names a year and the period names dates, none of them in that year. */
    public static boolean disagree(String title, StatisticsPeriod p) {
        Integer t = titleYear(title);
        Set<Integer> years = periodYears(p);
        return t != null && !years.isEmpty() && !years.contains(t);
    }

    /** True when the period runs from 1 January to 31 December of one year. */
    public static boolean isCalendarYear(StatisticsPeriod p) {
        return p.from() != null && p.to() != null && p.from().getYear() == p.to().getYear()
                && p.from().equals(LocalDate.of(p.from().getYear(), 1, 1))
                && p.to().equals(LocalDate.of(p.from().getYear(), 12, 31));
    }

    /**
     * True when both dates are known and the period is not 1 January – 31 December of the report
     * year. A whole calendar year that contradicts the title is left to the year-consistency rule:
     * which of the two is wrong cannot be told, so it is reported once, as a disagreement.
     */
    public static boolean offReportYear(int reportYear, String title, StatisticsPeriod p) {
        if (p.from() == null || p.to() == null) {
            return false;
        }
        if (isCalendarYear(p)) {
            return p.from().getYear() != reportYear && !disagree(title, p);
        }
        return true;
    }

    /** "2019-01-01至2019-12-31", with "?" for a date the report does not give. */
    public static String periodText(StatisticsPeriod p) {
        return (p.from() == null ? "?" : p.from().toString()) + "至" + (p.to() == null ? "?" : p.to().toString());
    }
}
