package org.ogichecker.read.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.Section;
import org.ogichecker.model.StatisticsPeriod;
import org.ogichecker.text.Texts;

/**
 * What the report says about itself: the title (also when split over two lines), the agency (the
 * title before the year), the report year and where it was read, the body type from the agency's
 * name, and the publication date from a 发布时间 line, a web page's header bar above the first heading
 * (来源：… 时间：…) or a dated signature. The regime is left to the checker.
 */
final class MetadataExtractor {

    /**
     * Lines searched for the title, and for a page's header bar, before the first heading: a web page saved as text
     * has its site's menu first (34 lines in {@code w3m -dump} of the sample page).
     */
    private static final int TITLE_SEARCH = 60;
    private static final int MAX_TITLE = 60;
    private static final int MAX_TITLE_PART = 40;
    /** A signature line: the body's name and the date, with room for spacing. */
    private static final int MAX_SIGNATURE = 80;
    private static final String YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年";
    private static final Pattern TITLE_YEAR = Pattern.compile(YEAR);
    private static final Pattern BEFORE_YEAR = Pattern.compile("^(.*?)" + YEAR);
    private static final Pattern BEFORE_SUBJECT = Pattern.compile("^(.+?)(?:政府信息公开|政务公开|信息公开)");
    /** The year a title may open with, before the agency ("2023年度上海市教育委员会政府信息公开…"). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^" + YEAR + "度?\\s*");
    /** A year the text names, not the end of a longer number. */
    private static final Pattern TEXT_YEAR = Pattern.compile("(?<![0-9])" + YEAR);
    /** The years a report can be about: the 2007 条例 took effect in 2008. */
    private static final int FIRST_YEAR = 2008;
    private static final int LAST_YEAR = 2100;
    private static final String DATE = "(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
            + "\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
    /** A signature date alone on its line, possibly after the signing body's name. */
    private static final Pattern SIGNATURE = Pattern.compile("^[^,.;:。]{0,30}?" + DATE + "$");
    private static final List<String> RELEASED_LABELS = List.of("发布时间", "发布日期", "发文日期", "成文日期", "印发日期");
    /** A date as printed in a text or as a web page prints it (2026-03-10, 2026/3/10, 2026.03.10). */
    private static final String ANY_DATE = "(?:" + DATE + "|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9A-Za-z]))";
    private static final Pattern RELEASED = Pattern.compile(
            "(?:" + String.join("|", RELEASED_LABELS) + ")\\s*[:：]?\\s*" + ANY_DATE);
    /**
     * A web page's header bar above the report ("来源：某局　时间：2026-03-10 12:56"): 时间 or 日期 as a label of its own,
     * not the end of a longer word (统计时间, 截止日期), and a single date, not the start of a range.
     */
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(?:^|[\\s|｜丨/:：\\[【(（]|来源[:：]\\S{1,40}?)(?:时间|日期)\\s*[:：]\\s*" + ANY_DATE + "(?!\\s*[至到~—–-])");
    private static final List<String> DEPARTMENT_ENDINGS = List.of(
            "委员会", "办公室", "办公厅", "中心", "局", "委", "办", "厅", "署", "院", "所", "站", "队", "部", "社", "会", "馆", "司");
    private static final List<String> REGION_ENDINGS = List.of("省", "市", "区", "县", "镇", "乡", "旗", "州", "盟");

    private MetadataExtractor() {
    }

    /**
     * @param lines    normalised non-blank paragraph lines in order
     * @param sections the sections found (the title is looked for before the first)
     * @param period   the statistics period, or null
     */
    static ReportMetadata extract(Paragraphs paragraphs, List<Section> sections, StatisticsPeriod period) {
        List<TextLine> lines = paragraphs.lines();
        int firstHeading = sections.isEmpty() ? Integer.MAX_VALUE : sections.get(0).line();
        String title = title(lines, firstHeading);
        String agency = title == null ? null : agency(title);
        LocalDate published = null;
        int publishedLine = 0;
        BitSet dated = paragraphs.holding(RELEASED_LABELS); // elsewhere the pattern would be tried at every position
        for (int i = dated.nextSetBit(0); i >= 0; i = dated.nextSetBit(i + 1)) {
            TextLine l = lines.get(i);
            Matcher m = RELEASED.matcher(l.text());
            if (m.find()) {
                published = date(m);
                if (published != null) {
                    publishedLine = l.number();
                    break;
                }
            }
        }
        if (published == null) {
            // the few lines above the first heading, where a page prints its header bar
            for (int i = 0; i < lines.size() && i < TITLE_SEARCH && lines.get(i).number() < firstHeading; i++) {
                String t = lines.get(i).text();
                Matcher m = t.contains("时间") || t.contains("日期") ? HEADER_DATE.matcher(t) : null;
                if (m != null && m.find()) {
                    published = date(m);
                    if (published != null) {
                        publishedLine = lines.get(i).number();
                        break;
                    }
                }
            }
        }
        for (int i = lines.size() - 1; i >= 0 && published == null; i--) {
            String t = lines.get(i).text();
            if (t.length() > MAX_SIGNATURE || !t.endsWith("日")) {
                continue;
            }
            Matcher m = SIGNATURE.matcher(Texts.compact(t));
            if (m.matches()) {
                published = date(m.group(1), m.group(2), m.group(3));
                publishedLine = published == null ? 0 : lines.get(i).number();
            }
        }
        Integer year = null;
        String yearEvidence = null;
        Matcher y = title == null ? null : TITLE_YEAR.matcher(title);
        if (y != null && y.find()) {
            year = Numerals.number(y.group(1));
            yearEvidence = "title";
        } else if (period != null && (period.from() != null || period.to() != null)) {
            year = (period.from() != null ? period.from() : period.to()).getYear();
            yearEvidence = "period";
        } else {
            year = textYear(paragraphs, publishedLine);
            yearEvidence = year == null ? null : "text";
        }
        return new ReportMetadata(title, agency, year, yearEvidence, bodyType(agency), published, publishedLine,
                null);
    }

    /**
     * The year the text names most often, the first named on a tie; null when it names none. A report speaks of its
     * own year throughout; the first year named may be another's (the last report studied, the year before's
     * figures), so the first "YYYY年度" took 2017 for a 2018 report whose title was lost. The publication date's line
     * is left out: a report is published the year after the one it covers.
     */
    private static Integer textYear(Paragraphs paragraphs, int publishedLine) {
        List<TextLine> lines = paragraphs.lines();
        Map<Integer, Integer> named = new LinkedHashMap<>(); // in the order first named
        BitSet withYear = paragraphs.holding(List.of("年"));
        for (int i = withYear.nextSetBit(0); i >= 0; i = withYear.nextSetBit(i + 1)) {
            if (lines.get(i).number() == publishedLine) {
                continue;
            }
            Matcher m = TEXT_YEAR.matcher(lines.get(i).text());
            while (m.find()) {
                int y = Numerals.number(m.group(1));
                if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                    named.merge(y, 1, Integer::sum);
                }
            }
        }
        Integer year = null;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : named.entrySet()) {
            if (e.getValue() > most) {
                year = e.getKey();
                most = e.getValue();
            }
        }
        return year;
    }

    /**
     * The first short line before the first heading that names a report and a year (年); the line before it is
     * joined when the title starts with the year (agency on its own line) or has no year (split title). A title
     * names the subject, 公开 (政府信息公开, 政务公开): a site's menu above a page's report ("政府工作报告",
     * "2024年政府工作报告") does not.
     */
    static String title(List<TextLine> lines, int firstHeading) {
        for (int i = 0; i < lines.size() && i < TITLE_SEARCH && lines.get(i).number() < firstHeading; i++) {
            String c = Texts.compact(lines.get(i).text());
            if (!c.contains("报告") || c.indexOf('年') < 0 || c.length() > MAX_TITLE || c.contains("。")) {
                continue;
            }
            Matcher y = TITLE_YEAR.matcher(c);
            boolean joinPrevious = !y.find() || y.start() == 0;
            String title = c;
            if (joinPrevious && i > 0) {
                String prev = Texts.compact(lines.get(i - 1).text());
                if (prev.length() <= MAX_TITLE_PART && prev.indexOf('。') < 0 && prev.indexOf(',') < 0) {
                    title = prev + c;
                }
            }
            if (title.contains("公开")) {
                return title;
            }
        }
        return null;
    }

    static String agency(String title) {
        Matcher m = BEFORE_YEAR.matcher(title);
        String a = m.find() ? m.group(1) : null;
        if (a == null || a.isEmpty()) {
            Matcher s = BEFORE_SUBJECT.matcher(title);
            a = s.find() ? LEADING_YEAR.matcher(s.group(1)).replaceFirst("") : null;
        }
        if (a == null) {
            return null;
        }
        if (a.endsWith("关于")) {
            a = a.substring(0, a.length() - 2);
        }
        return a.isEmpty() ? null : a;
    }

    /** 人民政府 or a bare region name: a government; a bureau, commission, office…: a department. */
    static BodyType bodyType(String agency) {
        if (agency == null || agency.isEmpty()) {
            return BodyType.UNKNOWN;
        }
        if (agency.endsWith("政府")) {
            return BodyType.GOVERNMENT;
        }
        if (agency.endsWith("办事处") || agency.endsWith("公司")) {
            return BodyType.UNKNOWN;
        }
        if (endsWithAny(agency, DEPARTMENT_ENDINGS)) {
            return BodyType.DEPARTMENT;
        }
        return endsWithAny(agency, REGION_ENDINGS) ? BodyType.GOVERNMENT : BodyType.UNKNOWN;
    }

    /** A loop, not a stream: this runs once per report, and a stream pipeline costs more than the few tests. */
    private static boolean endsWithAny(String s, List<String> endings) {
        for (int i = 0; i < endings.size(); i++) {
            if (s.endsWith(endings.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date {@link #ANY_DATE} matched, in either form (its groups are the only groups of the patterns that use it);
     * null when it is no date (2 月 30 日).
     */
    private static LocalDate date(Matcher m) {
        return m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Numerals.number(y), Numerals.number(m), Numerals.number(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
