package org.ogichecker.rules.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.StatisticsPeriod;

/** The years a report states about itself (title, statistics period), for the year and period rules. */
public final class Years {

    private Years() {
    }

    /** The year the title names (the reader takes the report year from the title first), or null. */
    public static Integer titleYear(ReportMetadata m) {
        return "title".equals(m.yearEvidence()) ? m.year() : null;
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
    public static boolean disagree(ReportMetadata m, StatisticsPeriod p) {
        Integer t = titleYear(m);
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
    public static boolean offReportYear(ReportMetadata m, StatisticsPeriod p) {
        int reportYear = m.year();
        if (p.from() == null || p.to() == null) {
            return false;
        }
        if (isCalendarYear(p)) {
            return p.from().getYear() != reportYear && !disagree(m, p);
        }
        return true;
    }

    /** "2019-01-01至2019-12-31", with "?" for a date the report does not give. */
    public static String periodText(StatisticsPeriod p) {
        return (p.from() == null ? "?" : p.from().toString()) + "至" + (p.to() == null ? "?" : p.to().toString());
    }
}
