package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.ogichecker.layout.Layouts;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;
import org.ogichecker.model.Section;
import org.ogichecker.model.StatementKind;
import org.ogichecker.text.Texts;

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

    private static final Pattern REVIEW_OR_SUIT = Pattern.compile("复议|诉讼");
    /** Headings of each item, matched on the compacted heading (no spaces). */
    private static final List<Pattern> HEADINGS = List.of(
            Pattern.compile("主动公开"),
            Pattern.compile("依申请|不予公开|公开申请|申请公开|申请的?办理|申请的?答复"),
            Pattern.compile("收费|减免|费用"),
            REVIEW_OR_SUIT,
            // item (五): headings about problems and also those about next year's work, which may
            // or may not state problems
            Pattern.compile("问题|不足|差距|短板|改进|整改|工作思路|下一步|明年|来年|今后|工作重点|工作计划|计划安排"
                    + "|工作打算|努力方向|工作展望|工作设想"),
            Pattern.compile("其[他它]需要?报告|需要报告的其[他它]事项|其[他它]事项"));
    /** A heading or label that itself names problems. */
    private static final Pattern NAMES_PROBLEMS = Pattern.compile("问题|不足|差距|短板");
    /** Wording that states a problem (a "热点问题" is something the public asks about, not a problem). */
    private static final Pattern STATES_PROBLEMS = Pattern.compile(
            "(?<!热点)(?<!焦点)(?<!关心的)(?<!关注的)问题|不足|差距|薄弱|短板|欠缺|有待|不够|不到位|缺乏|滞后"
                    + "|不完善|不规范|不平衡|不充分|不全面|不及时|还需|仍需|尚需|亟待|仍有");
    /** What follows the first full stop or colon of a heading line. */
    private static final Pattern INLINE_CONTENT = Pattern.compile("[。：:](.+)$");
    /**
     * Where the label of {@link #LABELLED} ends at the latest: after a numbering of up to five characters and
     * a label of up to twenty (neither can hold the colon or full stop that ends the label).
     */
    private static final int MAX_LABEL_END = 25;
    /** A paragraph that opens with a label: "（三）收费及减免情况：…" or "收费及减免情况。…". */
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]?)?([^：:。]{2,20})[：:。](.*)$");

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

    /** A paragraph line that opens with a label, with the label and what follows it (compacted). */
    private record Labelled(String line, String label, String rest) {
    }

    /** The six items of a report, computed together: ten rules ask about them. */
    private static final PerReport<List<ItemCoverage>> ITEMS = new PerReport<>(r -> {
        List<Labelled> labelled = labelledLines(r);
        List<String> labels = r.sections().stream().map(R2007Items::label).toList();
        return IntStream.rangeClosed(1, NUMERALS.size()).mapToObj(item -> assess(r, item, labels, labelled)).toList();
    });

    private R2007Items() {
    }

    /** How the report covers item {@code item} (1…6) of Art. 32. */
    public static ItemCoverage assess(Report r, int item) {
        return ITEMS.of(r).get(item - 1);
    }

    /**
     * @param labels   the {@link #label} of each section of the report
     * @param labelled the labelled paragraph lines of the report
     */
    private static ItemCoverage assess(Report r, int item, List<String> labels, List<Labelled> labelled) {
        int i = item - 1;
        List<Integer> headedAt = IntStream.range(0, labels.size()).filter(k -> names(item, labels.get(k))).boxed()
                .toList();
        List<Section> headed = headedAt.stream().map(r.sections()::get).toList();
        Optional<Section> full = headedAt.stream()
                .filter(k -> hasContent(r.sections().get(k)) && reports(item, r.sections().get(k), labels.get(k)))
                .map(r.sections()::get).findFirst();
        if (full.isPresent()) {
            return new ItemCoverage(item, ItemCoverage.Status.REPORTED, full.get(), full.get().heading());
        }
        Optional<String> label = labelledParagraph(labelled, item);
        if (label.isPresent()) {
            return new ItemCoverage(item, ItemCoverage.Status.REPORTED, null, label.get());
        }
        // only item (五) can have a heading with content that does not report it
        Optional<Section> plans = headed.stream().filter(R2007Items::hasContent).findFirst();
        if (plans.isPresent()) {
            return new ItemCoverage(item, ItemCoverage.Status.PLANS_ONLY, plans.get(), excerpt(plans.get().text()));
        }
        if (!headed.isEmpty()) {
            return new ItemCoverage(item, ItemCoverage.Status.EMPTY_HEADING, headed.get(0), headed.get(0).heading());
        }
        var claim = r.statements().stream().filter(s -> STATEMENTS.get(i).contains(s.kind())).findFirst();
        if (claim.isPresent()) {
            return new ItemCoverage(item, ItemCoverage.Status.REPORTED, null, claim.get().evidence());
        }
        List<String> rows = TABLE_ROWS.get(i);
        List<Cell> cells = rows.stream().map(k -> CellIndex.cell(r, Layouts.OLD, k, "value")).flatMap(Optional::stream)
                .filter(Cell::isNumber).toList();
        if (!rows.isEmpty() && cells.size() == rows.size()) {
            return new ItemCoverage(item, ItemCoverage.Status.TABLE_ONLY, null, tableEvidence(cells));
        }
        return new ItemCoverage(item, ItemCoverage.Status.MISSING, null, null);
    }

    /** The heading without the first paragraph that a heading line may carry ("收费情况。本机关…"). */
    private static String label(Section s) {
        return INLINE_CONTENT.split(Texts.compact(s.heading()), 2)[0];
    }

    /** True when a heading or label names item {@code item}. */
    private static boolean names(int item, String label) {
        if (!HEADINGS.get(item - 1).matcher(label).find()) {
            return false;
        }
        // "因政府信息公开申请行政复议" names item (四), not (二)
        return item != 2 || label.contains("依申请") || !REVIEW_OR_SUIT.matcher(label).find();
    }

    /**
     * Content under the heading, or on the heading's own line after its first sentence
     * ("（三）收费及减免情况。本机关未收取任何费用。").
     */
    private static boolean hasContent(Section s) {
        if (!s.isEmpty()) {
            return true;
        }
        Matcher m = INLINE_CONTENT.matcher(Texts.compact(s.heading()));
        return m.find() && m.group(1).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A non-empty section under the item's heading reports it; for item (五) only if it states problems. */
    private static boolean reports(int item, Section s, String label) {
        return item != 5 || NAMES_PROBLEMS.matcher(label).find()
                || STATES_PROBLEMS.matcher(Texts.compact(s.heading() + s.text())).find();
    }

    private static Optional<String> labelledParagraph(List<Labelled> labelled, int item) {
        for (Labelled l : labelled) {
            // a label for item (五) must name the problems, not just next year's work
            if ((item == 5 ? NAMES_PROBLEMS.matcher(l.label()).find() : names(item, l.label()))
                    && l.rest().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return Optional.of(l.line().strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The labelled paragraph lines of each section's text, in order. A section's text includes its
     * subsections', so most lines occur more than once: each distinct line is matched once.
     */
    private static List<Labelled> labelledLines(Report r) {
        List<Labelled> out = new ArrayList<>();
        Map<String, Optional<Labelled>> seen = new HashMap<>();
        for (Section s : r.sections()) {
            for (String line : s.text().split("\n")) {
                seen.computeIfAbsent(line, R2007Items::labelled).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Labelled> labelled(String line) {
        String c = Texts.compact(line);
        int end = firstLabelEnd(c);
        if (end < 2 || end > MAX_LABEL_END) {
            return Optional.empty(); // cannot match LABELLED: saves running it over every line
        }
        Matcher m = LABELLED.matcher(c);
        return m.matches() ? Optional.of(new Labelled(line, m.group(1), m.group(2))) : Optional.empty();
    }

    /** The index of the first character that can end a {@link #LABELLED} label, or -1. */
    private static int firstLabelEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '：' || c == ':' || c == '。') {
                return i;
            }
        }
        return -1;
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
