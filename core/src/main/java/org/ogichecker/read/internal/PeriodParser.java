package org.ogichecker.read.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.StatisticsPeriod;

/**
 * The statistics period (统计期限) in its many printed forms: 自2018年1月1日起至2018年12月31日止,
 * 为2018年1月1日至2018年12月31日, 从2019年1月1日到12月31日止 (the year carried over), 为2018年度.
 */
final class PeriodParser {

    /** The look-ahead for the words' first characters fails at once at almost every position. */
    private static final Pattern KEY = Pattern.compile("(?=[统所数])(?:统计期限|统计时限|统计时间|统计周期|统计区间|统计时段|所列数据|数据统计)");
    /** What every key word holds: lines without one of them are not searched. */
    private static final List<String> KEY_CORES = List.of("统计", "所列数据");
    /** The most characters of a key word before its 统计 (数据 in 数据统计). */
    private static final int BEFORE_STAT = 2;
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^\\D{0,4}(\\d{4})\\s*(?:年度|全年)");
    private static final Pattern UNTIL = Pattern.compile("(?:至|到|截至|截止)\\s*$");

    private PeriodParser() {
    }

    /** The first statement of the period, or null when the report states none. */
    static StatisticsPeriod find(Paragraphs paragraphs) {
        BitSet keyed = paragraphs.holding(KEY_CORES);
        for (int i = keyed.nextSetBit(0); i >= 0; i = keyed.nextSetBit(i + 1)) {
            TextLine l = paragraphs.lines().get(i);
            Matcher k = KEY.matcher(l.text()).region(firstKey(l.text()), l.text().length());
            while (k.find()) {
                StatisticsPeriod p = read(l, k.start(), k.end());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Where the first key word of a line holding one of {@link #KEY_CORES} can start: the pattern is tried from there. */
    private static int firstKey(String t) {
        int stat = Search.indexOf(t, "统计");
        int data = Search.indexOf(t, "所列数据");
        return Math.min(stat < 0 ? t.length() : Math.max(0, stat - BEFORE_STAT), data < 0 ? t.length() : data);
    }

    private static StatisticsPeriod read(TextLine l, int keyStart, int keyEnd) {
        String t = l.text();
        int sentenceStart = t.lastIndexOf('。', keyStart) + 1;
        int stop = t.indexOf('。', keyEnd);
        int sentenceEnd = stop < 0 ? t.length() : stop + 1;
        String evidence = t.substring(sentenceStart, sentenceEnd).strip();
        String after = t.substring(keyEnd, sentenceEnd);
        Matcher d = DATE.matcher(after);
        LocalDate from = null;
        LocalDate to = null;
        Integer year = null;
        boolean any = false;
        while (d.find() && to == null) {
            String y = d.group(1) != null ? d.group(1) : d.group(4);
            if (y != null) {
                year = Integer.valueOf(y);
            } else if (year == null) {
                continue;
            }
            int month = Integer.parseInt(d.group(2) != null ? d.group(2) : d.group(5));
            int day = Integer.parseInt(d.group(3) != null ? d.group(3) : d.group(6));
            LocalDate date = date(year, month, day);
            if (!any && UNTIL.matcher(after.substring(0, d.start())).find()) {
                to = date;
            } else if (!any) {
                from = date;
            } else {
                to = date;
            }
            any = true;
        }
        if (any) {
            return new StatisticsPeriod(from, to, evidence, l.number());
        }
        Matcher w = WHOLE_YEAR.matcher(after);
        if (w.find()) {
            int y = Integer.parseInt(w.group(1));
            return new StatisticsPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), evidence, l.number());
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
