package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ogichecker.model.Figure;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.text.internal.WordGroups;

/**
 * Finds "total, 其中 part, part …" in a block. A false sum warning is worse than a missed one, so a
 * group is kept only when the text plainly presents the parts as a breakdown of the total:
 * <ul>
 *   <li>the total is the figure right before 其中 (a few words such as 信息 and punctuation between),
 *       and not itself a part of an earlier 其中 in the sentence (where the outer list may go on);</li>
 *   <li>the parts run from 其中 to the end of the sentence as "label N unit" separated by 、 , 和 及;
 *       a part with no label, a label with several items ("A、B 5条"), a second 其中, or a figure of the
 *       same kind that does not fit the list means it is not a simple list;</li>
 *   <li>no part is distributive (各科室各1人, 每…, 均, 分别);</li>
 *   <li>the units count the same kind of thing (条/件/篇/项/份/则 are all items; 人/名/位 people;
 *       otherwise the same unit); a figure of another kind ends the list (", 涉及5个部门");</li>
 *   <li>at least two parts, and no shorter run of parts already adds up to the total (that is a second
 *       breakdown of the same total: 男5人、女3人、专职6人、兼职2人);</li>
 *   <li>parts that add up to less than the total are kept only when one of them is the remainder
 *       (其他/其它/其余/剩余): otherwise the list may name only some of the parts.</li>
 * </ul>
 */
final class FigureGroupFinder {

    private static final String MARK = "其中";
    private static final WordGroups OUTER_MARK = WordGroups.alternation(MARK);
    /** Words between a total and 其中 ("13条信息，其中"). */
    private static final int MAX_TOTAL_NOUN = 8;
    private static final int MAX_TOTAL_GAP = 16;
    private static final int MAX_LABEL = 24;
    /** How far back a 其中 makes the total itself a part of an outer list (its parts may continue after). */
    private static final int OUTER_LIST = 200;
    private static final int MAX_EVIDENCE = 400;
    /** With 各 right before the number ("各5条") these make a total distributive. */
    private static final WordGroups TOTAL_DISTRIBUTIVE = WordGroups.alternation("每|平均|人均|分别");
    private static final WordGroups DISTRIBUTIVE = WordGroups.alternation("各|每|均|分别|平均|人均");
    private static final WordGroups REMAINDER = WordGroups.alternation("其他|其它|其余|剩余|另有");
    private static final String SEPARATORS = "、,";
    private static final String[] WORD_SEPARATORS = {"以及", "和", "及", "与"};
    private static final String LABEL_BREAKS = ",。;:!?、";

    private FigureGroupFinder() {
    }

    /**
     * Adds the groups of a block to {@code out}.
     *
     * @param figures the figures of the hits, index for index
     */
    static void find(TextBlock block, List<FigureHit> hits, IntFunction<Figure> figures, List<FigureGroup> out) {
        if (hits.size() < 3 || !block.holds('其')) { // a total and two parts, after 其中
            return;
        }
        String s = block.text();
        int t = -1;
        for (int k = s.indexOf(MARK); k >= 0; k = s.indexOf(MARK, k + MARK.length())) {
            while (t + 1 < hits.size() && hits.get(t + 1).unitEnd() <= k) {
                t++;
            }
            if (t < 0 || !leadsTo(s, hits.get(t).unitEnd(), k)) {
                continue;
            }
            FigureGroup g = group(s, hits, t, k + MARK.length(), figures);
            if (g != null) {
                out.add(g);
            }
        }
    }

    /** True when only a few words ("信息") and punctuation stand between a total and 其中. */
    private static boolean leadsTo(String s, int from, int mark) {
        if (mark - from > MAX_TOTAL_GAP) {
            return false;
        }
        int i = from;
        while (i < mark && i - from < MAX_TOTAL_NOUN && isWordChar(s.charAt(i))) {
            i++;
        }
        for (; i < mark; i++) {
            if (" ,。:".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return !Character.isDigit(c) && c != ' ' && LABEL_BREAKS.indexOf(c) < 0;
    }

    private static FigureGroup group(String s, List<FigureHit> hits, int t, int listStart, IntFunction<Figure> figures) {
        FigureHit total = hits.get(t);
        if (TOTAL_DISTRIBUTIVE.in(s, total.localStart(), total.numStart()) || total.eachBefore(s)
                || OUTER_MARK.in(s, Clauses.sentenceStart(s, total.numStart(), OUTER_LIST), total.numStart())) {
            return null;
        }
        int p = listStart;
        while (p < s.length() && " :,".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        int end = listEnd(s, p);
        if (end < 0) {
            return null;
        }
        String kind = kind(total.unit());
        List<FigureHit> parts = new ArrayList<>();
        List<Figure> partFigures = new ArrayList<>();
        int segStart = p;
        int j = t + 1;
        for (; j < hits.size() && hits.get(j).numStart() < end; j++) {
            FigureHit h = hits.get(j);
            String label = label(s.substring(segStart, h.numStart()), parts.isEmpty());
            if (label != null && isDistributive(label)) {
                return null;
            }
            if (!kind.equals(kind(h.unit()))) {
                break;
            }
            if (label == null) {
                return null;
            }
            parts.add(h);
            partFigures.add(figures.apply(j));
            segStart = h.unitEnd();
        }
        for (; j < hits.size() && hits.get(j).numStart() < end; j++) {
            if (kind.equals(kind(hits.get(j).unit()))) {
                return null;
            }
        }
        if (parts.size() < 2 || !isBreakdown(s, total.value(), parts)) {
            return null;
        }
        int evEnd = Math.min(parts.get(parts.size() - 1).unitEnd(), total.localStart() + MAX_EVIDENCE);
        String evidence = s.substring(total.localStart(), evEnd).strip();
        Figure totalFigure = figures.apply(t);
        return new FigureGroup(totalFigure, partFigures, evidence, totalFigure.line());
    }

    /** End of the sentence that holds the list, or -1 when a second 其中 comes first (a nested breakdown). */
    private static int listEnd(String s, int p) {
        int n = s.length();
        for (int i = p; i < n; i++) {
            char c = s.charAt(i);
            if (Clauses.endsSentence(c)) {
                return i;
            }
            if (s.startsWith(MARK, i)) {
                return -1;
            }
        }
        return n;
    }

    /** The label of a part from the text before its number, or null when that text is not "[separator] label". */
    private static String label(String gap, boolean first) {
        String g = gap.strip();
        if (!first) {
            String rest = null;
            if (!g.isEmpty() && SEPARATORS.indexOf(g.charAt(0)) >= 0) {
                rest = g.substring(1);
            } else {
                for (String w : WORD_SEPARATORS) {
                    if (g.startsWith(w)) {
                        rest = g.substring(w.length());
                        break;
                    }
                }
            }
            if (rest == null) {
                return null;
            }
            g = rest.strip();
        }
        if (g.isEmpty() || g.length() > MAX_LABEL) {
            return null;
        }
        for (int i = 0; i < g.length(); i++) {
            if (LABEL_BREAKS.indexOf(g.charAt(i)) >= 0) {
                return null;
            }
        }
        return g;
    }

    private static boolean isBreakdown(String s, BigDecimal total, List<FigureHit> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean remainder = false;
        for (int i = 0; i < parts.size(); i++) {
            FigureHit h = parts.get(i);
            sum = sum.add(h.value());
            if (i < parts.size() - 1 && sum.compareTo(total) == 0) {
                return false;
            }
            remainder |= REMAINDER.in(s, h.localStart(), h.numStart());
        }
        return sum.compareTo(total) >= 0 || remainder;
    }

    private static boolean isDistributive(String words) {
        return DISTRIBUTIVE.in(words);
    }


    /** What a unit counts: units of the same kind can be added up. */
    private static String kind(String unit) {
        return switch (unit) {
            case "条", "件", "篇", "项", "份", "则" -> "items";
            case "人", "名", "位" -> "people";
            default -> unit;
        };
    }
}
