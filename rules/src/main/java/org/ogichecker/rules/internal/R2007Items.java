package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.layout.Layouts;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;
import org.ogichecker.model.Section;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatementKind;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.WordGroups;

/**
 * Decides whether a report of the 2007 regime covers each of the six items of Art. 32. Reports of
 * that era have no fixed outline, so an item is recognised by the wording of a heading of any level,
 * by a clearly labelled paragraph ("收费及减免情况：…"), by a claim the reader recognised in the
 * narrative, or — for items (一)–(四) — by the figures of the statistics table alone.
 *
 * <p>A heading of the item with nothing under it means the item was left unreported, whatever is said
 * elsewhere: the report made a place for it and left it empty.
 */
public final class R2007Items {

    static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六");
    static final List<String> NAMES_ZH = List.of(
            "行政机关主动公开政府信息的情况",
            "行政机关依申请公开政府信息和不予公开政府信息的情况",
            "政府信息公开的收费及减免情况",
            "因政府信息公开申请行政复议、提起行政诉讼的情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "其他需要报告的事项");
    static final List<String> NAMES_EN = List.of(
            "proactive disclosure",
            "disclosure on request and refusals to disclose",
            "fees charged and waived",
            "administrative reconsideration and lawsuits over disclosure requests",
            "main problems of the work and how they are being remedied",
            "other matters to report");

    /**
     * Words that name each item in a heading, matched on the compacted heading (no spaces). Word lists rather
     * than regular expressions: every heading and labelled line is tested against them, and {@link WordGroups}
     * finds them all in one pass.
     */
    private static final List<List<String>> HEADINGS = List.of(
            List.of("主动公开"),
            List.of("依申请", "不予公开", "公开申请", "申请公开", "申请办理", "申请的办理", "申请答复", "申请的答复"),
            List.of("收费", "减免", "费用"),
            List.of("复议", "诉讼"),
            // item (五): headings about problems and also those about next year's work, which may
            // or may not state problems
            List.of("问题", "不足", "差距", "短板", "改进", "整改", "工作思路", "下一步", "明年", "来年", "今后", "工作重点",
                    "工作计划", "计划安排", "工作打算", "努力方向", "工作展望", "工作设想"),
            // "需要报告的其他事项" contains "其他事项"
            List.of("其他需报告", "其它需报告", "其他需要报告", "其它需要报告", "其他事项", "其它事项"));
    /** The {@link #HEADINGS} words, group {@code item - 1} for each item. */
    private static final WordGroups HEADING_WORDS = new WordGroups(HEADINGS);

    /** A heading or label that itself names problems. */
    private static final List<String> NAMES_PROBLEMS = List.of("问题", "不足", "差距", "短板");
    /** Wording that states a problem, besides "问题" ({@link #statesProblems}). */
    private static final List<String> STATES_PROBLEMS = List.of("不足", "差距", "薄弱", "短板", "欠缺", "有待", "不够",
            "不到位", "缺乏", "滞后", "不完善", "不规范", "不平衡", "不充分", "不全面", "不及时", "还需", "仍需", "尚需",
            "亟待", "仍有");
    /** What makes "问题" something the public asks about rather than a problem ("热点问题"). */
    private static final List<String> NOT_PROBLEMS = List.of("热点", "焦点", "关心的", "关注的");
    /** What follows the first full stop or colon of a heading line. */
    private static final Pattern INLINE_CONTENT = Pattern.compile("[。：:](.+)$");
    /**
     * Where the label of a {@link #labelled} line ends at the latest: after a numbering of up to five characters and
     * a label of up to twenty (neither can hold the colon or full stop that ends the label).
     */
    private static final int MAX_LABEL_END = 25;
    /** {@link #labelEnd} of a line that has no label. */
    static final int NO_LABEL = -1;
    /** The numerals of a label's numbering. */
    private static final String NUMERALS_OF_NUMBERING = "一二三四五六七八九十0123456789";
    /** The characters that "." of a regular expression does not match: the rest of a labelled line has none. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    private static final List<Set<StatementKind>> STATEMENTS = List.of(
            Set.of(StatementKind.ITEMS_PUBLISHED, StatementKind.ITEMS_WEBSITE, StatementKind.ITEMS_WEIBO,
                    StatementKind.ITEMS_WECHAT, StatementKind.ITEMS_GAZETTE),
            Set.of(StatementKind.APPLICATIONS_RECEIVED, StatementKind.NO_APPLICATIONS,
                    StatementKind.APPLICATIONS_ANSWERED),
            Set.of(StatementKind.FEE_COLLECTED, StatementKind.NO_FEE_COLLECTED),
            Set.of(StatementKind.NO_REVIEW_OR_LITIGATION, StatementKind.REVIEW_CASES, StatementKind.LITIGATION_CASES),
            Set.of(),
            Set.of());
    /** Rows of the old statistics table that report items (一)–(四) when they hold numbers. */
    private static final List<List<String>> TABLE_ROWS = List.of(
            List.of("1.1"), List.of("3.1"), List.of("7"), List.of("4", "5"), List.of(), List.of());

    /** The label of a heading or a paragraph, and the items (bit {@code 1 << item - 1}) its words name. */
    private record Label(String text, int items) {
        static Label of(String text) {
            return new Label(text, HEADING_WORDS.found(text));
        }

        boolean hasWordsOf(int item) {
            return (items & 1 << item - 1) != 0;
        }
    }

    /** A paragraph line that opens with a label, with the label and what follows it (compacted). */
    record Labelled(String line, Label label, String rest) {
    }

    /** The six items of a report, computed together: ten rules ask about them. */
    private static final PerReport<List<ItemCoverage>> ITEMS = new PerReport<>(r -> {
        List<Labelled> labelled = labelledLines(r);
        List<Label> labels = new ArrayList<>(r.sections().size());
        for (Section s : r.sections()) {
            labels.add(Label.of(label(s)));
        }
        List<ItemCoverage> items = new ArrayList<>(NUMERALS.size());
        for (int item = 1; item <= NUMERALS.size(); item++) {
            items.add(assess(r, item, labels, labelled));
        }
        return List.copyOf(items);
    });

    private R2007Items() {
    }

    /** How the report covers item {@code item} (1…6) of Art. 32; the rules take only what they report (below). */
    private static ItemCoverage assess(Report r, int item) {
        return ITEMS.of(r).get(item - 1);
    }

    /**
     * Item {@code item} (1…6) if it is not reported, else nothing: what the item's rule takes {@code from}. Drools gives
     * every object a rule takes {@code from} a helper a fact handle and a tuple, so the items that are reported are
     * left out here rather than by the rule's own constraint.
     */
    public static List<ItemCoverage> notReported(Report r, int item) {
        ItemCoverage c = assess(r, item);
        return c.notReported() ? List.of(c) : List.of();
    }

    /** Item {@code item} (1…4) if only the table covers it, else nothing; as {@link #notReported(Report, int)}. */
    public static List<ItemCoverage> tableOnly(Report r, int item) {
        ItemCoverage c = assess(r, item);
        return c.tableOnly() ? List.of(c) : List.of();
    }

    /**
     * True when some item is not reported. The rule of each item starts with {@code Report(R2007Items.someNotReported(this))}:
     * for a report that covers every item, Drools then stops there instead of linking, queueing and evaluating the
     * rest of each rule, a fixed cost per rule and report.
     */
    public static boolean someNotReported(Report r) {
        for (ItemCoverage c : ITEMS.of(r)) {
            if (c.notReported()) {
                return true;
            }
        }
        return false;
    }

    /** True when some item is covered by the table alone: the gate of the rules about such items, as above. */
    public static boolean someTableOnly(Report r) {
        for (ItemCoverage c : ITEMS.of(r)) {
            if (c.tableOnly()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param labels   the {@link #label} of each section of the report
     * @param labelled the labelled paragraph lines of the report
     */
    private static ItemCoverage assess(Report r, int item, List<Label> labels, List<Labelled> labelled) {
        int i = item - 1;
        List<Section> sections = r.sections();
        Section firstHeaded = null;
        Section plans = null;
        for (int k = 0; k < labels.size(); k++) {
            if (!names(item, labels.get(k))) {
                continue;
            }
            Section s = sections.get(k);
            if (firstHeaded == null) {
                firstHeaded = s;
            }
            if (hasContent(s)) {
                if (reports(item, s, labels.get(k).text())) {
                    return new ItemCoverage(item, ItemCoverage.Status.REPORTED, s, s.heading());
                }
                if (plans == null) {
                    plans = s;
                }
            }
        }
        Optional<String> label = labelledParagraph(labelled, item);
        if (label.isPresent()) {
            return new ItemCoverage(item, ItemCoverage.Status.REPORTED, null, label.get());
        }
        // only item (五) can have a heading with content that does not report it
        if (plans != null) {
            return new ItemCoverage(item, ItemCoverage.Status.PLANS_ONLY, plans, excerpt(plans.text()));
        }
        if (firstHeaded != null) {
            return new ItemCoverage(item, ItemCoverage.Status.EMPTY_HEADING, firstHeaded, firstHeaded.heading());
        }
        for (Statement s : r.statements()) {
            if (STATEMENTS.get(i).contains(s.kind())) {
                return new ItemCoverage(item, ItemCoverage.Status.REPORTED, null, s.evidence());
            }
        }
        List<String> rows = TABLE_ROWS.get(i);
        if (rows.isEmpty()) {
            return new ItemCoverage(item, ItemCoverage.Status.MISSING, null, null);
        }
        List<Cell> cells = new ArrayList<>(rows.size());
        for (String k : rows) {
            Optional<Cell> c = CellIndex.cell(r, Layouts.OLD, k, "value");
            if (c.isEmpty() || !c.get().isNumber()) {
                return new ItemCoverage(item, ItemCoverage.Status.MISSING, null, null);
            }
            cells.add(c.get());
        }
        return new ItemCoverage(item, ItemCoverage.Status.TABLE_ONLY, null, tableEvidence(cells));
    }

    /** The heading without the first paragraph that a heading line may carry ("收费情况。本机关…"). */
    private static String label(Section s) {
        String c = Texts.compact(s.heading());
        // most headings have no colon or full stop, hence no inline content: saves the regex
        return firstLabelEnd(c) < 0 ? c : INLINE_CONTENT.split(c, 2)[0];
    }

    /** True when a heading or label names item {@code item}. */
    private static boolean names(int item, Label label) {
        if (!label.hasWordsOf(item)) {
            return false;
        }
        // "因政府信息公开申请行政复议" names item (四), not (二)
        return item != 2 || label.text().contains("依申请") || !label.hasWordsOf(4);
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Content under the heading, or on the heading's own line after its first sentence
     * ("（三）收费及减免情况。本机关未收取任何费用。").
     */
    private static boolean hasContent(Section s) {
        if (!s.isEmpty()) {
            return true;
        }
        String c = Texts.compact(s.heading());
        if (firstLabelEnd(c) < 0) {
            return false; // INLINE_CONTENT starts at a colon or full stop
        }
        Matcher m = INLINE_CONTENT.matcher(c);
        return m.find() && m.group(1).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * A non-empty section under the item's heading reports it; for item (五) only if it states problems. The reader
     * normalises section texts: removing their spaces compacts them (headings are compacted in full, being short).
     */
    private static boolean reports(int item, Section s, String label) {
        return item != 5 || containsAny(label, NAMES_PROBLEMS)
                || statesProblems(Texts.compact(s.heading()) + Texts.removeSpaces(s.text()));
    }

    private static boolean statesProblems(String text) {
        if (containsAny(text, STATES_PROBLEMS)) {
            return true;
        }
        for (int i = text.indexOf("问题"); i >= 0; i = text.indexOf("问题", i + 1)) {
            int at = i;
            if (NOT_PROBLEMS.stream().noneMatch(w -> text.startsWith(w, at - w.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> labelledParagraph(List<Labelled> labelled, int item) {
        for (Labelled l : labelled) {
            // a label for item (五) must name the problems, not just next year's work
            if ((item == 5 ? containsAny(l.label().text(), NAMES_PROBLEMS) : names(item, l.label()))
                    && l.rest().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return Optional.of(l.line().strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The labelled paragraph lines of each section's text that may name an item, in order. A section's text
     * includes its subsections', so most lines occur more than once: each distinct line is matched once. Most
     * lines are ruled out by {@link #labelEnd} and the words before it, without compacting the whole line. Section
     * texts are normalised by the reader, so removing their spaces compacts them.
     */
    private static List<Labelled> labelledLines(Report r) {
        List<Labelled> out = new ArrayList<>();
        Map<String, Optional<Labelled>> seen = new HashMap<>();
        for (Section s : r.sections()) {
            String text = s.text();
            int firstEnd = text.indexOf('\n');
            // a subsection's lines after its first (the rest of its heading line) are usually lines of its parent's
            // text, matched before: then only the first line can be new
            boolean restInParent = firstEnd >= 0 && s.parent() >= 0
                    && holdsLines(r.sections().get(s.parent()).text(), text, firstEnd + 1);
            int until = restInParent ? firstEnd : text.length();
            for (int start = 0; start < until; ) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                int labelEnd = labelEnd(text, start, end);
                // the label is part of what precedes its end: without an item's word there, it names no item
                if (labelEnd != NO_LABEL && HEADING_WORDS.found(Texts.removeSpaces(text.substring(start, labelEnd))) != 0) {
                    seen.computeIfAbsent(text.substring(start, end), R2007Items::labelled).ifPresent(out::add);
                }
                start = end + 1;
            }
        }
        return out;
    }

    /** True when {@code text} from {@code from} on occurs in {@code whole} as whole lines. */
    private static boolean holdsLines(String whole, String text, int from) {
        int n = text.length() - from;
        for (int at = 0; at >= 0 && at + n <= whole.length(); ) {
            if (whole.regionMatches(at, text, from, n) && (at + n == whole.length() || whole.charAt(at + n) == '\n')) {
                return true;
            }
            int end = whole.indexOf('\n', at);
            at = end < 0 ? -1 : end + 1;
        }
        return false;
    }

    /**
     * Where the label of the normalised line {@code text[from, to)} ends: {@link #NO_LABEL} when the compacted line
     * (without its spaces) has no label end at index 2…{@link #MAX_LABEL_END}, so {@link #labelled} finds none;
     * else the index of the label end, before which the compacted line is the text up to there without its spaces.
     * Found without compacting the line: most lines have no label.
     */
    static int labelEnd(String text, int from, int to) {
        int kept = 0; // characters of the compacted line before position i
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isLabelEnd(c)) {
                return kept >= 2 && kept <= MAX_LABEL_END ? i : NO_LABEL;
            }
            if (isSpace(c)) {
                continue;
            }
            if (++kept > MAX_LABEL_END) {
                return NO_LABEL;
            }
        }
        return NO_LABEL;
    }

    /** The characters {@link Texts#removeSpaces} removes, all at or below the ideographic space. */
    private static final BitSet SPACES = new BitSet('\u3000' + 1);

    static {
        for (char c = 0; c <= '\u3000'; c++) {
            SPACES.set(c, Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    static boolean isSpace(char c) {
        return c <= '\u3000' && SPACES.get(c);
    }

    /** The label of a normalised line, if it opens with one. */
    static Optional<Labelled> labelled(String line) {
        String c = Texts.removeSpaces(line);
        int end = firstLabelEnd(c);
        int start = end < 2 || end > MAX_LABEL_END ? NO_LABEL : labelStart(c, end);
        if (start == NO_LABEL || !isOneLine(c, end + 1)) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(line, Label.of(c.substring(start, end)), c.substring(end + 1)));
    }

    /**
     * Where the label of the compacted line {@code c} starts, after its numbering, given the index {@code end} of
     * its first colon or full stop; {@link #NO_LABEL} when the line does not open with a label. A scan for what
     * {@code ^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?)?([^：:。]{2,20})[：:。]} matches ("（三）收费及减免情况：…",
     * "收费及减免情况。…"), trying the numberings in the order the regular expression backtracks: longest first. The
     * label cannot hold the colon or full stop that ends it, so it always ends at the first of them.
     */
    static int labelStart(String c, int end) {
        int open = c.charAt(0) == '(' || c.charAt(0) == '（' ? 1 : 0;
        int numerals = 0;
        while (numerals < 3 && open + numerals < end && NUMERALS_OF_NUMBERING.indexOf(c.charAt(open + numerals)) >= 0) {
            numerals++;
        }
        for (int n = numerals; n >= 1; n--) {
            int after = open + n;
            if (after < end && ")）、.．".indexOf(c.charAt(after)) >= 0 && isLabel(c, after + 1, end)) {
                return after + 1;
            }
            if (isLabel(c, after, end)) {
                return after;
            }
        }
        return isLabel(c, 0, end) ? 0 : NO_LABEL;
    }

    /** True when {@code c[from, end)} has the length of a label, in code points as a regular expression counts. */
    private static boolean isLabel(String c, int from, int end) {
        int n = c.codePointCount(from, end);
        return n >= 2 && n <= 20;
    }

    private static boolean isOneLine(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '\u2029' && LINE_TERMINATORS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first colon or full stop (a {@link #labelled} label end, an {@link #INLINE_CONTENT} start), or -1. */
    private static int firstLabelEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLabelEnd(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLabelEnd(char c) {
        return c == '：' || c == ':' || c == '。';
    }

    private static String tableEvidence(List<Cell> cells) {
        List<String> parts = new ArrayList<>();
        for (Cell c : cells) {
            parts.add(c.rowLabel() + " = " + c.raw());
        }
        return String.join("; ", parts);
    }

    private static String excerpt(String text) {
        String t = text.strip().replace('\n', ' ');
        return t.length() <= 120 ? t : t.substring(0, 120) + "…";
    }
}
