package org.ogichecker.rules.internal;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.ogichecker.model.Report;
import org.ogichecker.model.SourceLine;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatementKind;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.WordGroups;

/** Keyword evidence in the narrative for the content rules of the 2019/2021 formats. */
public final class Keywords {

    /**
     * A topic the text must cover and the words that show it does. Compacting leaves each word as it is, so a
     * text that contains a word as written still contains it once compacted.
     */
    private record Topic(String name, List<String> words) {
        Topic {
            for (String w : words) {
                if (!Texts.compact(w).equals(w)) {
                    throw new IllegalArgumentException("not a compacted word: " + w);
                }
            }
        }
    }

    /** Topics and their words, searched together: an overview is long, and a topic it lacks is searched for each word. */
    private record Topics(List<Topic> list, WordGroups words) {
        Topics(List<Topic> list) {
            this(list, new WordGroups(list.stream().map(Topic::words).toList()));
        }

        /** The names of the topics the text does not cover, in order, joined by 、 ("" when none). */
        String missingIn(String text) {
            int covered = words.found(text);
            StringJoiner missing = new StringJoiner("、");
            for (int i = 0; i < list.size(); i++) {
                if ((covered & 1 << i) == 0) {
                    missing.add(list.get(i).name());
                }
            }
            return missing.toString();
        }
    }

    /** The five areas of 总体情况 (F2021-C1). */
    private static final Topics OVERVIEW_AREAS = new Topics(List.of(
            new Topic("主动公开", List.of("主动公开")),
            new Topic("依申请公开", List.of("依申请", "公开申请")),
            new Topic("政府信息管理", List.of("信息管理")),
            new Topic("政府信息公开平台建设", List.of("平台")),
            new Topic("监督保障", List.of("监督保障", "监督和保障", "监督与保障", "保障监督", "监督检查", "监督考核",
                    "考核", "社会评议", "责任追究"))));

    /** Art. 50(四): 工作考核、社会评议和责任追究结果情况. */
    private static final Topics ACCOUNTABILITY = new Topics(List.of(
            new Topic("工作考核", List.of("考核")),
            new Topic("社会评议", List.of("评议")),
            new Topic("责任追究", List.of("责任追究", "追责", "问责"))));

    private static final Pattern CLAUSE_END = Pattern.compile("[。;；\n]");
    private static final Pattern NUMBER_OR_NONE = Pattern.compile("\\d|[零〇]|未|不|无|没有");

    private Keywords() {
    }

    /**
     * The 总体情况 areas the normalised text (a section's) does not mention, in the format's order, joined by 、 (""
     * when none).
     */
    public static String missingOverviewAreas(String overviewText) {
        String missing = OVERVIEW_AREAS.missingIn(overviewText);
        // most overviews name every area as written; else a word may be broken by spaces, which compacting the
        // normalised text removes
        if (missing.isEmpty()) {
            return "";
        }
        String compact = Texts.removeSpaces(overviewText);
        return compact.length() == overviewText.length() ? missing : OVERVIEW_AREAS.missingIn(compact);
    }

    /** The Art. 50(四) items (考核, 评议, 责任追究) mentioned nowhere in the report, joined by 、 ("" when none). */
    public static String missingAccountability(Report r) {
        String all = Texts.compact(String.join("", r.lines().stream().map(SourceLine::text).toList()));
        return ACCOUNTABILITY.missingIn(all);
    }

    /**
     * True when the text says what 信息处理费 was collected: a clause naming 信息处理费 with an
     * amount or a negative (未收取, 不收取, 无, 0 元).
     */
    public static boolean statesInformationFee(String text) {
        for (String clause : CLAUSE_END.split(Texts.compact(text))) {
            if (clause.contains("信息处理费") && NUMBER_OR_NONE.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when the report has a fee statement (collected or not) in one of the given parts. */
    public static boolean feeStatementIn(Report r, int... parts) {
        for (Statement s : r.statements()) {
            if ((s.kind() == StatementKind.FEE_COLLECTED || s.kind() == StatementKind.NO_FEE_COLLECTED)
                    && Parts.within(r, s.section(), parts)) {
                return true;
            }
        }
        return false;
    }
}
