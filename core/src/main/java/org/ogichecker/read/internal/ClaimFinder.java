package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatementKind;

/**
 * Recognises the claims a block states ({@link StatementKind}). Claims with a number are read from the
 * figures: the words leading to the number (up to the previous figure, so in "收到5件、办结4件" the 4 is
 * 办结) must name the thing in a fixed shape, and words that make it a part, a change or another matter
 * (其中, 较上年, 咨询, 维持 …) rule it out. Claims without a number are bounded patterns over the text.
 * When in doubt nothing is claimed: a rule compares claims with the tables, and a misread claim would
 * be a false finding. Every pattern has bounded gaps, so the cost is linear in the text.
 */
final class ClaimFinder {

    private static final int CLAUSE = 80;
    private static final int SENTENCE = 150;
    private static final int EVIDENCE = 60;
    private static final int OBJECT = 12;

    private static final Set<String> COUNTS = Set.of("件", "条", "次", "个", "份", "宗", "起", "例");
    private static final Set<String> ITEMS = Set.of("条", "件", "篇", "项", "份", "则", "个");
    private static final Set<String> MONEY = Set.of("元", "万元", "亿元", "千元");

    /** Words after which a number is a share, a change or a rate, not the stated total. */
    private static final String CHANGE = "其中|较上|比上|同比|上年|去年|往年|结转|增加|减少|增长|下降|平均|人均|每|率";

    // --- applications (依申请公开) ---
    private static final Pattern APP_VERB = Pattern.compile("收到|受理|新收|接到|接收|收悉|办结|答复|回复|办理完毕|处理完毕");
    /** Every verb of {@link #APP_VERB} holds one of these. */
    private static final String APP_VERB_CHARS = "收受接办答回处";
    private static final Set<String> RECEIVE = Set.of("收到", "受理", "新收", "接到", "接收", "收悉");
    private static final Pattern APPLICATION = Pattern.compile("申请(?!人)");
    private static final Words APP_TOPIC = new Words("政府信息公开申请|信息公开申请|依申请公开|公开申请");
    /** Other matters (咨询, 建议, 复议 …) and sub-counts of applications (当面, 按时, 不予公开 …). */
    private static final Words APP_EXCLUDED = new Words(CHANGE
            + "|咨询|留言|投诉|举报|信访|建议|提案|复议|诉讼|起诉|许可|审批|不予|不属于|部分|同意|予以"
            + "|按时|延期|逾期|超期|当面|网络|网上|信函|传真|邮寄|自然人|法人|企业|公民");
    /** The object after a number ends where the next predicate starts ("申请1条已按时办结"). */
    private static final Pattern OBJECT_END = Pattern.compile("已|并|均|全部|都|且|其中");

    // --- administrative reconsideration and litigation ---
    private static final String CASE_TAIL = "(?:案件|案|申请)?(?:共计|合计|共|数量为|数为|为)?\\s*$";
    private static final Pattern REVIEW = Pattern.compile("复议" + CASE_TAIL);
    private static final Pattern LITIGATION = Pattern.compile("(?:诉讼|起诉)" + CASE_TAIL);
    private static final Pattern REVIEW_OR_LITIGATION = Pattern.compile("复议|诉讼|起诉");
    private static final Words CASE_EXCLUDED = new Words(CHANGE + "|维持|纠正|纠错|撤销|驳回|审结|结果|其他|尚未|均|分别");
    private static final Pattern CASE_HEADING = Pattern.compile("复议|诉讼");

    // --- fees ---
    private static final Pattern FEE_NAMED = Pattern.compile(
            "收(?!到)(?:取)?(?:了)?[^,。;!?]{0,15}?费(?:用)?(?:共计|合计|总计|共|计)?(?:为)?\\s*$");
    private static final Pattern FEE_VERB = Pattern.compile("收取(?:了)?(?:共计|合计|总计|共|计)?\\s*$");
    private static final Pattern FEE_AFTER = Pattern.compile("[^,。;!?]{0,12}?费");
    private static final Pattern FEE_EXCLUDED = Pattern.compile("不|未|免|减|退|每|标准|没|无|应|缓|拟|可");

    // --- items published ---
    private static final String OBJ = "(?:各类|各项|相关)?(?:政府|政务)?信息";
    private static final String TAIL = "(?:共计|合计|总计|累计|共|计)?\\s*$";
    private static final String VERB = "(?:公开|发布|更新|公布|推送|上传|刊登|登载|发表|刊发|推出)(?:了)?(?:共计|共|累计)?";
    private static final String GAP = "[^,。;!?]{0,40}?";
    private static final Pattern PUBLISHED = Pattern.compile("主动公开(?:了)?(?:共计|共|累计)?(?<obj>" + OBJ + ")?" + TAIL);
    private static final Pattern OBJ_AFTER = Pattern.compile("\\s*" + OBJ);
    private static final Words ITEMS_EXCLUDED = new Words(CHANGE.replace("其中|", "") + "|解读|访谈|回应|留言|咨询");
    private static final Words ANY_CHANNEL = new Words("政府网|门户网站|微博|微信|公报|客户端|公众号");
    private static final List<Channel> CHANNELS = List.of(
            new Channel(StatementKind.ITEMS_WEBSITE, "政府网|门户网站", OBJ,
                    "微博|微信|公报|客户端|公众号|(?<!公)报刊|报纸|电视|媒体|等"),
            new Channel(StatementKind.ITEMS_WEIBO, "微博", OBJ,
                    "微信|网站|政府网|公报|客户端|公众号|(?<!公)报刊|报纸|电视|媒体|等"),
            new Channel(StatementKind.ITEMS_WECHAT, "微信", OBJ,
                    "微博|网站|政府网|公报|客户端|(?<!公)报刊|报纸|电视|媒体|等"),
            new Channel(StatementKind.ITEMS_GAZETTE, "公报", "(?:各类|各项|相关)?(?:政府|政务)?(?:信息|文件)",
                    "微博|微信|网站|政府网|客户端|公众号|(?<!公)报刊|报纸|电视|媒体|等"));

    // --- claims without a number ---
    private static final Pattern NO_APPLICATION = Pattern.compile(
            "(?<!尚)(?:未|没有)(?:收到|受理|接到|接收|发生|产生|出现|有)([^,。;!?0-9]{0,25})申请(?!人)(?:公开)?"
            + "|(?:没有|无)(?:任何)?(?:政府信息公开|信息公开|依申请公开)(?:类|的)?申请(?!人)");
    private static final Pattern NO_APPLICATION_EXCLUDED = Pattern.compile("因|复议|诉讼|许可|审批");
    /** After "未发生…申请" these words make it about reviews caused by applications, not about applications. */
    private static final Pattern NO_APPLICATION_REST = Pattern.compile("复议|诉讼|申诉|引起|提起|导致|[0-9]");
    private static final String NEGATION = "(?<!尚|有)(?:(?:未|没有)(?:发生过|发生|收到|接到|出现|有|产生|涉及|被|因|受理|接收|提起)"
            + "|无(?=因|行政|政府|信息|任何|针对|涉及|被|复议|诉讼|相关|有关))";
    private static final Pattern NO_REVIEW = Pattern.compile(
            NEGATION + "([^,。;!?0-9]{0,30}?)(?:复议([^,。;!?0-9]{0,20}?)诉讼|诉讼([^,。;!?0-9]{0,20}?)复议)"
            + "|复议[^,。;!?0-9]{0,12}?诉讼[^,。;!?0-9]{0,8}?(?:均为|都为|均是|都是|皆为|均|都)\\s*(?:0|零)(?![0-9.])");
    /** "没有被纠错的复议…" speaks of outcomes, not of there being none. */
    private static final Pattern NO_REVIEW_EXCLUDED = Pattern.compile("纠错|纠正|撤销|败诉|维持|驳回|结果");
    private static final Pattern NO_FEE = Pattern.compile(
            "(?<!尚|是否)(?:未|没有|不|无|从未)(?:再)?收(?!到)(?:取)?(?:过)?([^,。;!?0-9]{0,20}?)费");
    /** "不收取其他费用" says nothing about the fee that may have been collected. */
    private static final Pattern NO_FEE_EXCLUDED = Pattern.compile("其他|其它|以外|之外|额外");
    private static final String NO_APPLICATION_STARTS = "未没无";
    private static final String NO_REVIEW_STARTS = "未没无复";
    private static final String NO_FEE_STARTS = "未没不无从";
    private static final String TABLE_STARTS = "附统情";
    private static final Pattern TABLE = Pattern.compile(
            "(?<!无|没有|未)附表|附件[^,。;!?]{0,40}?(?:统计表|情况表|统计数据)|(?:统计表|情况表)[^,。;!?]{0,8}?(?:附后|见附件)");

    private final String s;
    private final TextBlock block;
    private final SectionIndex sections;
    private final List<Found> found = new ArrayList<>();

    private record Found(int pos, Statement statement) {
    }

    /**
     * Items published on one channel: "{channel} … 发布 N 条 {object}" (object before or after the number), and
     * no other channel in the clause.
     *
     * @param names  the channel's names ({@code |}-separated); the words must hold one of them
     * @param words  what the words leading to the number must match
     * @param object what the words after the number must start with when {@code words} has no object
     * @param others other channels, one of which in the clause makes the figure not this channel's alone
     */
    private record Channel(StatementKind kind, List<String> names, Pattern words, Pattern object, Pattern others) {
        Channel(StatementKind kind, String names, String object, String others) {
            this(kind, List.of(names.split("\\|")),
                    Pattern.compile("(?:" + names + ")" + GAP + VERB + "(?<obj>" + object + ")?" + TAIL),
                    Pattern.compile("\\s*" + object), Pattern.compile(others));
        }

        boolean isNamedIn(String local) {
            for (String n : names) {
                if (local.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    private ClaimFinder(TextBlock block, SectionIndex sections) {
        this.s = block.text();
        this.block = block;
        this.sections = sections;
    }

    static List<Statement> find(TextBlock block, List<FigureHit> hits, SectionIndex sections) {
        ClaimFinder f = new ClaimFinder(block, sections);
        for (FigureHit h : hits) {
            f.fromFigure(h);
        }
        f.withoutNumber();
        if (f.found.isEmpty()) {
            return List.of();
        }
        f.found.sort(Comparator.comparingInt(Found::pos));
        List<Statement> out = new ArrayList<>(f.found.size());
        for (Found x : f.found) {
            if (!out.contains(x.statement())) { // a few claims per block: no set needed
                out.add(x.statement());
            }
        }
        return out;
    }

    private void fromFigure(FigureHit h) {
        String local = s.substring(h.localStart(), h.numStart());
        String after = h.after(s);
        if (COUNTS.contains(h.unit())) {
            applications(h, local, after);
            cases(h, local);
        }
        if (MONEY.contains(h.unit()) && !FEE_EXCLUDED.matcher(local).find()
                && (FEE_NAMED.matcher(local).find() || FEE_VERB.matcher(local).find() && FEE_AFTER.matcher(after).lookingAt())) {
            add(StatementKind.FEE_COLLECTED, h, h.numStart(), h.unitEnd());
        }
        if (ITEMS.contains(h.unit())) {
            items(h, local, after);
        }
    }

    private void items(FigureHit h, String local, String after) {
        // the cheap tests first: the words cannot lead to the number without 主动公开 or naming a channel
        boolean published = !local.contains("其中") && local.contains("主动公开");
        boolean anyChannel = false;
        for (Channel c : CHANNELS) {
            anyChannel |= c.isNamedIn(local);
        }
        if (!published && !anyChannel || ITEMS_EXCLUDED.in(local) || h.eachBefore(s)) {
            return;
        }
        if (published && names(PUBLISHED, local, after, OBJ_AFTER) && !ANY_CHANNEL.in(clause(h))) {
            add(StatementKind.ITEMS_PUBLISHED, h, h.numStart(), h.unitEnd());
        }
        for (Channel c : CHANNELS) {
            if (c.isNamedIn(local) && names(c.words(), local, after, c.object())
                    && !c.others().matcher(clause(h)).find()) {
                add(c.kind(), h, h.numStart(), h.unitEnd());
            }
        }
    }

    /** The whole clause around a figure, for what must not be anywhere in it (another channel). */
    private String clause(FigureHit h) {
        return s.substring(Clauses.clauseStart(s, h.numStart(), CLAUSE), Clauses.clauseEnd(s, h.unitEnd(), CLAUSE));
    }

    /** The words right after a number up to the next predicate: "件政府信息公开申请" but not "已按时办结". */
    private static String object(String after) {
        String o = after.length() > OBJECT ? after.substring(0, OBJECT) : after;
        Matcher m = OBJECT_END.matcher(o);
        return m.find() ? o.substring(0, m.start()) : o;
    }

    private void applications(FigureHit h, String local, String after) {
        if (!hasAny(local, APP_VERB_CHARS)) {
            return;
        }
        String verb = null;
        int verbAt = -1;
        for (Matcher m = APP_VERB.matcher(local); m.find(); ) {
            verb = m.group();
            verbAt = m.start();
        }
        if (verb == null || isNegated(local, verbAt)) {
            return;
        }
        String words = local + " " + object(after);
        if (APP_EXCLUDED.in(words) || local.strip().endsWith("各")) {
            return;
        }
        boolean named = APPLICATION.matcher(words).find() && words.contains("公开");
        if (RECEIVE.contains(verb)) {
            if (named) {
                add(StatementKind.APPLICATIONS_RECEIVED, h, h.numStart(), h.unitEnd());
            }
        } else if (named || APP_TOPIC.in(s.substring(Clauses.sentenceStart(s, h.numStart(), SENTENCE), h.numStart()))) {
            add(StatementKind.APPLICATIONS_ANSWERED, h, h.numStart(), h.unitEnd());
        }
    }

    /** Whether s holds one of the characters: a cheap test before a pattern that needs one. */
    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegated(String local, int verbAt) {
        return verbAt > 0 && "未没不无".indexOf(local.charAt(verbAt - 1)) >= 0;
    }

    private void cases(FigureHit h, String local) {
        if (local.indexOf('复') < 0 && local.indexOf('诉') < 0) { // in 复议, 诉讼 and 起诉
            return;
        }
        boolean review = REVIEW.matcher(local).find();
        boolean litigation = LITIGATION.matcher(local).find();
        if (!review && !litigation) {
            return;
        }
        // "复议、诉讼共3件" counts both: the words before the named one must not name the other
        String rest = local.substring(0, Math.max(local.lastIndexOf(review ? "复议" : "诉"), 0));
        if (REVIEW_OR_LITIGATION.matcher(rest).find() || CASE_EXCLUDED.in(local) || h.eachBefore(s)
                || !aboutDisclosure(h.numStart(), h.unitEnd())) {
            return;
        }
        add(review ? StatementKind.REVIEW_CASES : StatementKind.LITIGATION_CASES, h, h.numStart(), h.unitEnd());
    }

    /** The sentence speaks of disclosure, or the section is the one on reviews and lawsuits. */
    private boolean aboutDisclosure(int from, int to) {
        String sentence = s.substring(Clauses.sentenceStart(s, from, SENTENCE), Clauses.sentenceEnd(s, to, SENTENCE));
        return sentence.contains("公开")
                || CASE_HEADING.matcher(sections.headingsOf(sections.sectionOf(block.lineAt(from)))).find();
    }

    /** The words lead to the number in the shape of the pattern, with the object before or after the number. */
    private static boolean names(Pattern p, String local, String after, Pattern objectAfter) {
        Matcher m = p.matcher(local);
        return m.find() && (m.group("obj") != null || objectAfter.matcher(after).lookingAt());
    }

    /** Each pattern is tried only in a block that holds the words it cannot match without. */
    private void withoutNumber() {
        if (s.contains("申请")) {
            for (MatchResult m : matches(NO_APPLICATION, NO_APPLICATION_STARTS, "申请")) {
                String gap = m.group(1) == null ? "" : m.group(1);
                String rest = s.substring(m.end(), Clauses.clauseEnd(s, m.end(), EVIDENCE));
                if (m.group().contains("公开") && !NO_APPLICATION_EXCLUDED.matcher(gap).find()
                        && !NO_APPLICATION_REST.matcher(rest).find()) {
                    add(StatementKind.NO_APPLICATIONS, null, m.start(), m.end());
                }
            }
        }
        if (s.contains("复议") && s.contains("诉讼")) {
            for (MatchResult m : matches(NO_REVIEW, NO_REVIEW_STARTS, "复议", "诉讼")) {
                if (!NO_REVIEW_EXCLUDED.matcher(m.group()).find() && aboutDisclosure(m.start(), m.end())) {
                    add(StatementKind.NO_REVIEW_OR_LITIGATION, null, m.start(), m.end());
                }
            }
        }
        if (s.indexOf('费') >= 0 && s.indexOf('收') >= 0) {
            for (MatchResult m : matches(NO_FEE, NO_FEE_STARTS, "收", "费")) {
                if (!NO_FEE_EXCLUDED.matcher(m.group(1)).find()) {
                    add(StatementKind.NO_FEE_COLLECTED, null, m.start(), m.end());
                }
            }
        }
        if (s.contains("附表") || s.contains("附件") || s.contains("统计表") || s.contains("情况表")) {
            for (MatchResult m : matches(TABLE, TABLE_STARTS)) {
                add(StatementKind.TABLE_ANNOUNCED, null, m.start(), m.end());
            }
        }
    }

    /**
     * The non-overlapping matches of a pattern, tried only where one of its first characters ({@code starts})
     * stands: {@link Matcher#find()} would try every position, which costs most of the time on ordinary text,
     * while {@link String#indexOf(int, int)} finds the candidates fast. A try costs about a microsecond (the
     * gaps exclude a non-ASCII character, which the regex engine tests slowly), so a candidate is tried only
     * when the clause it starts holds the {@code needed} words: the pattern has them all, and none of its
     * parts matches a clause end.
     */
    private List<MatchResult> matches(Pattern p, String starts, String... needed) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = null; // made for the first candidate that is tried: most blocks have none
        int[] next = new int[starts.length()]; // the next position of each first character, -1 after the last
        for (int k = 0; k < next.length; k++) {
            next[k] = s.indexOf(starts.charAt(k));
        }
        int from = 0;
        while (true) {
            int at = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && next[k] < from) {
                    next[k] = s.indexOf(starts.charAt(k), from);
                }
                if (next[k] >= 0 && (at < 0 || next[k] < at)) {
                    at = next[k];
                }
            }
            if (at < 0) {
                return out;
            }
            if (clauseHolds(at, needed) && (m = matcher(m, p)).region(at, s.length()).lookingAt()) {
                out.add(m.toMatchResult());
                from = m.end();
            } else {
                from = at + 1;
            }
        }
    }

    private Matcher matcher(Matcher made, Pattern p) {
        return made != null ? made : p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Whether the clause starting at {@code at} holds every word. Only {@link #CLAUSE} characters are looked
     * at: a clause that runs on past them may hold the words further on, so it is not ruled out.
     */
    private boolean clauseHolds(int at, String... words) {
        int end = Clauses.clauseEnd(s, at, CLAUSE);
        if (end == at + CLAUSE) {
            return true;
        }
        for (String w : words) {
            if (!holds(at, end, w)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) {
            if (s.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    private void add(StatementKind kind, FigureHit h, int from, int to) {
        BigDecimal value = h == null ? null : h.value();
        String unit = h == null ? "" : h.unit();
        int line = block.lineAt(from);
        String evidence = Clauses.around(s, from, to, EVIDENCE);
        found.add(new Found(from, new Statement(kind, value, unit, evidence, sections.sectionOf(line), line)));
    }
}
