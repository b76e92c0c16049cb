package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ogichecker.layout.Labels;
import org.ogichecker.model.Report;
import org.ogichecker.model.Section;
import org.ogichecker.model.TableInfo;

/**
 * The six parts of a report under the 2019 trial format and the 2021 format (requirements.md §2.3,
 * §3.2), identified by the content of their headings rather than by their numerals, so that a
 * misnumbered or reordered part is still found (and reported by FMT-ORDER, not as missing).
 */
public final class Parts {

    /**
     * A prescribed part.
     *
     * @param number   1…6
     * @param numeral  一…六
     * @param heading  the prescribed heading
     * @param variants headings accepted without a finding (requirements.md §0.3)
     * @param loose    recognises a deviating heading of this part (normalised key)
     */
    private record Spec(int number, String numeral, String heading, Set<String> keys, Predicate<String> loose) {
        Spec(int number, String numeral, String heading, List<String> variants, Predicate<String> loose) {
            this(number, numeral, heading, Stream.concat(Stream.of(heading), variants.stream()).map(Labels::key)
                    .collect(Collectors.toUnmodifiableSet()), loose);
        }

        /** True for the normalised key of the prescribed heading or an accepted variant. */
        boolean exact(String key) {
            return keys.contains(key);
        }
    }

    private static final List<Spec> SPECS = List.of(
            new Spec(1, "一", "总体情况", List.of(),
                    k -> k.contains("总体") || k.contains("概述") || k.contains("概况")),
            new Spec(2, "二", "主动公开政府信息情况", List.of(),
                    k -> k.contains("主动公开")),
            new Spec(3, "三", "收到和处理政府信息公开申请情况", List.of(),
                    k -> k.contains("申请") && !k.contains("复议") && !k.contains("诉讼")),
            new Spec(4, "四", "政府信息公开行政复议、行政诉讼情况",
                    List.of("因政府信息公开工作被申请行政复议和提起行政诉讼情况"),
                    k -> k.contains("复议") || k.contains("诉讼")),
            new Spec(5, "五", "存在的主要问题及改进情况",
                    List.of("政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及改进举措"),
                    k -> k.contains("问题") || k.contains("不足") || k.contains("改进") || k.contains("整改")),
            new Spec(6, "六", "其他需要报告的事项", List.of(),
                    k -> k.contains("其他") || k.contains("其它")));

    /**
     * What the report has for one prescribed part.
     *
     * @param number       1…6
     * @param numeral      一…六
     * @param prescribed   the prescribed heading
     * @param section      the section taken for the part, or null when the report has none
     * @param exactHeading true when the heading is the prescribed one or an accepted variant
     * @param empty        true when there is neither text nor a table under the heading
     */
    public record PartStatus(int number, String numeral, String prescribed, Section section, boolean exactHeading,
            boolean empty) {

        public boolean absent() {
            return section == null;
        }

        /** Missing or empty: the item it stands for counts as not reported. */
        public boolean notReported() {
            return section == null || empty;
        }

        /** "三、收到和处理政府信息公开申请情况". */
        public String label() {
            return numeral + "、" + prescribed;
        }

        /** The heading as printed, e.g. "四、存在的问题". */
        public String printed() {
            return section == null ? "" : section.number() + "、" + section.heading();
        }
    }

    /** The six parts of a report, computed together: a dozen rules ask about them. */
    private static final PerReport<List<PartStatus>> STATUSES = new PerReport<>(r -> {
        List<Section> tops = topLevel(r);
        Map<Section, String> keys = new IdentityHashMap<>();
        tops.forEach(s -> keys.put(s, key(s)));
        List<PartStatus> statuses = new ArrayList<>(SPECS.size());
        for (Spec spec : SPECS) {
            statuses.add(status(r, spec, tops, keys));
        }
        return List.copyOf(statuses);
    });

    private Parts() {
    }

    /** The status of part {@code number} (1…6). */
    public static PartStatus status(Report r, int number) {
        return STATUSES.of(r).get(number - 1);
    }

    private static PartStatus status(Report r, Spec spec, List<Section> tops, Map<Section, String> keys) {
        int number = spec.number();
        for (Section s : tops) {
            if (spec.exact(keys.get(s))) {
                return new PartStatus(number, spec.numeral(), spec.heading(), s, true, empty(r, s, tops));
            }
        }
        // of the loosely matching sections, the first (by line) with the part's numeral, else the first of them
        Section loose = null;
        for (Section s : tops) {
            String key = keys.get(s);
            if (spec.loose().test(key) && !exactForSome(key) && (loose == null || before(s, loose, number))) {
                loose = s;
            }
        }
        return loose != null
                ? new PartStatus(number, spec.numeral(), spec.heading(), loose, false, empty(r, loose, tops))
                : new PartStatus(number, spec.numeral(), spec.heading(), null, false, true);
    }

    /** True when {@code s} is preferred to {@code t} for part {@code number}: its numeral, then the earlier line. */
    private static boolean before(Section s, Section t, int number) {
        boolean sNumbered = s.ordinal() == number;
        boolean tNumbered = t.ordinal() == number;
        return sNumbered != tNumbered ? sNumbered : s.line() < t.line();
    }

    /** True when {@code key} is the exact heading of some part. */
    private static boolean exactForSome(String key) {
        for (Spec o : SPECS) {
            if (o.exact(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when some part is not reported. The rule of each part starts with {@code Report(Parts.someNotReported(this))}:
     * for a report that has every part, Drools then stops there instead of linking, queueing and evaluating the rest
     * of each rule, a fixed cost per rule and report.
     */
    public static boolean someNotReported(Report r) {
        for (PartStatus p : STATUSES.of(r)) {
            if (p.notReported()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a part the report has departs from the format in its heading, numeral or place: the guard of the
     * FMT-ORDER rules (see {@link #someNotReported}), true whenever one of them has a finding.
     */
    public static boolean someOutOfFormat(Report r) {
        int lastLine = Integer.MIN_VALUE;
        for (PartStatus p : STATUSES.of(r)) {
            if (p.absent()) {
                continue;
            }
            int line = p.section().line();
            if (!p.exactHeading() || p.section().ordinal() != p.number() || line < lastLine) {
                return true;
            }
            lastLine = Math.max(lastLine, line);
        }
        return false;
    }

    /** The parts the report has, in prescribed order. */
    public static List<PartStatus> found(Report r) {
        List<PartStatus> found = new ArrayList<>();
        for (PartStatus p : STATUSES.of(r)) {
            if (!p.absent()) {
                found.add(p);
            }
        }
        return found;
    }

    /**
     * The first part with a smaller number that comes after {@code p} in the document, as a list of
     * at most one (p is then out of order).
     */
    public static List<PartStatus> placedBefore(Report r, PartStatus p) {
        for (PartStatus q : found(r)) {
            if (q.number() < p.number() && q.section().line() > p.section().line()) {
                return List.of(q);
            }
        }
        return List.of();
    }

    /** True when section {@code index} (a statement's or figure's section) lies in one of the given parts. */
    public static boolean within(Report r, int index, int... parts) {
        if (index < 0 || index >= r.sections().size()) {
            return false;
        }
        Section s = r.sections().get(index);
        while (s.parent() >= 0 && s.parent() < r.sections().size() && s.level() > 1) {
            s = r.sections().get(s.parent());
        }
        for (int n : parts) {
            Section part = status(r, n).section();
            if (part != null && part.index() == s.index()) {
                return true;
            }
        }
        return false;
    }

    /** Level-1 sections that are real headings: a table row label such as 四、结转下年度继续办理 is not. */
    private static List<Section> topLevel(Report r) {
        List<Section> tops = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.level() == 1 && !inTable(r, s.line())) {
                tops.add(s);
            }
        }
        return tops;
    }

    private static boolean inTable(Report r, int line) {
        for (TableInfo t : r.tables()) {
            if (line >= t.line() && line <= t.endLine()) {
                return true;
            }
        }
        return false;
    }

    /** No text and no table between the heading and the next top-level heading. */
    private static boolean empty(Report r, Section s, List<Section> tops) {
        if (!s.isEmpty()) {
            return false;
        }
        int next = Integer.MAX_VALUE;
        for (Section t : tops) {
            if (t.line() > s.line()) {
                next = Math.min(next, t.line());
            }
        }
        for (TableInfo t : r.tables()) {
            if (t.line() > s.line() && t.line() < next) {
                return false;
            }
        }
        return true;
    }

    private static String key(Section s) {
        String k = Labels.key(s.heading());
        while (k.endsWith("。") || k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
