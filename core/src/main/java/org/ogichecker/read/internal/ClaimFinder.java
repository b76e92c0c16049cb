package org.ogichecker.read.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatementKind;
import org.ogichecker.text.internal.Chars;
import org.ogichecker.text.internal.WordGroups;

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
    private static final String[] APP_VERBS = {"收到", "受理", "新收", "接到", "接收", "收悉", "办结", "答复", "回复", "办理完毕", "处理完毕"};
    /** The first characters of {@link #APP_VERBS}. */
    private static final String APP_VERB_FIRSTS = "收受新接办答回处";
    private static final Set<String> RECEIVE = Set.of("收到", "受理", "新收", "接到", "接收", "收悉");
    private static final Pattern APPLICATION = Pattern.compile("申请(?!人)");
    private static final WordGroups APP_TOPIC = WordGroups.alternation("政府信息公开申请|信息公开申请|依申请公开|公开申请");
    /** Other matters (咨询, 建议, 复议 …) and sub-counts of applications (当面, 按时, 不予公开 …). */
    private static final WordGroups APP_EXCLUDED = WordGroups.alternation(CHANGE
            + "|咨询|留言|投诉|举报|信访|建议|提案|复议|诉讼|起诉|许可|审批|不予|不属于|部分|同意|予以"
            + "|按时|延期|逾期|超期|当面|网络|网上|信函|传真|邮寄|自然人|法人|企业|公民");
    /** The object after a number ends where the next predicate starts ("申请1条已按时办结"). */
    private static final Pattern OBJECT_END = Pattern.compile("已|并|均|全部|都|且|其中");

    // --- administrative reconsideration and litigation ---
    private static final String CASE_TAIL = "(?:案件|案|申请)?(?:共计|合计|共|数量为|数为|为)?\\s*$";
    private static final Pattern REVIEW = Pattern.compile("复议" + CASE_TAIL);
    private static final Pattern LITIGATION = Pattern.compile("(?:诉讼|起诉)" + CASE_TAIL);
    private static final Pattern REVIEW_OR_LITIGATION = Pattern.compile("复议|诉讼|起诉");
    private static final WordGroups CASE_EXCLUDED = WordGroups.alternation(CHANGE + "|维持|纠正|纠错|撤销|驳回|审结|结果|其他|尚未|均|分别");
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
    private static final WordGroups ITEMS_EXCLUDED = WordGroups.alternation(CHANGE.replace("其中|", "") + "|解读|访谈|回应|留言|咨询");
    private static final WordGroups ANY_CHANNEL = WordGroups.alternation("政府网|门户网站|微博|微信|公报|客户端|公众号");
    /** The channels; each also has 报刊 as another channel (see {@link Channel#othersIn}). */
    static final List<Channel> CHANNELS = List.of(
            new Channel(StatementKind.ITEMS_WEBSITE, "政府网|门户网站", OBJ,
                    "微博|微信|公报|客户端|公众号|报纸|电视|媒体|等"),
            new Channel(StatementKind.ITEMS_WEIBO, "微博", OBJ,
                    "微信|网站|政府网|公报|客户端|公众号|报纸|电视|媒体|等"),
            new Channel(StatementKind.ITEMS_WECHAT, "微信", OBJ,
                    "微博|网站|政府网|公报|客户端|报纸|电视|媒体|等"),
            new Channel(StatementKind.ITEMS_GAZETTE, "公报", "(?:各类|各项|相关)?(?:政府|政务)?(?:信息|文件)",
                    "微博|微信|网站|政府网|客户端|公众号|报纸|电视|媒体|等"));

    // --- claims without a number (each found by a scan below) ---
    private static final WordGroups NO_APPLICATION_EXCLUDED = WordGroups.alternation("因|复议|诉讼|许可|审批");
    /** "未收到…公开申请": a claim about disclosure applications names 公开. */
    private static final WordGroups DISCLOSURE = WordGroups.alternation("公开");
    /** After "未发生…申请" these words make it about reviews caused by applications, not about applications. */
    private static final Pattern NO_APPLICATION_REST = Pattern.compile("复议|诉讼|申诉|引起|提起|导致|[0-9]");
    /** "没有被纠错的复议…" speaks of outcomes, not of there being none. */
    private static final WordGroups NO_REVIEW_EXCLUDED = WordGroups.alternation("纠错|纠正|撤销|败诉|维持|驳回|结果");
    /** "不收取其他费用" says nothing about the fee that may have been collected. */
    private static final WordGroups NO_FEE_EXCLUDED = WordGroups.alternation("其他|其它|以外|之外|额外");
    private static final String NO_APPLICATION_STARTS = "未没无";
    private static final String NO_REVIEW_STARTS = "未没无复";
    private static final String NO_FEE_STARTS = "未没不无从";
    private static final String TABLE_STARTS = "附统情";

    private final String s;
    private final TextBlock block;
    private final SectionIndex sections;
    private final List<Found> found = new ArrayList<>();

    private record Found(int pos, Statement statement) {
        static final Comparator<Found> BY_POS = Comparator.comparingInt(Found::pos);
    }

    /**
     * Items published on one channel: "{channel} … 发布 N 条 {object}" (object before or after the number), and
     * no other channel in the clause.
     *
     * @param names  the channel's names ({@code |}-separated); the words must hold one of them
     * @param words  what the words leading to the number must match
     * @param object what the words after the number must start with when {@code words} has no object
     * @param others other channels (but 报刊), one of which in the clause makes the figure not this channel's alone
     */
    record Channel(StatementKind kind, String[] names, Pattern words, Pattern object, WordGroups others) {
        Channel(StatementKind kind, String names, String object, String others) {
            this(kind, names.split("\\|"),
                    Pattern.compile("(?:" + names + ")" + GAP + VERB + "(?<obj>" + object + ")?" + TAIL),
                    Pattern.compile("\\s*" + object), WordGroups.alternation(others));
        }

        /** Where the first of the channel's names stands in the words, -1 when none does (no match of words starts before). */
        int nameAt(String local) {
            int at = -1;
            for (String n : names) {
                int i = Search.indexOf(local, n);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
            return at;
        }

        /**
         * Whether the clause names another channel: what {@code find()} of the alternation of {@code others} and
         * {@code (?<!公)报刊} answers, as word look-ups (the regex has no literal start and was tried at every position).
         */
        boolean othersIn(String clause) {
            if (others.in(clause)) {
                return true;
            }
            for (int i = Search.indexOf(clause, "报刊"); i >= 0; i = Search.indexOf(clause, "报刊", i + 1)) {
                if (i == 0 || clause.charAt(i - 1) != '公') { // 公报刊 is 公报 (a gazette) and 刊
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

    /** Adds the claims of a block to {@code out}, in the order they stand, each once. */
    static void find(TextBlock block, List<FigureHit> hits, SectionIndex sections, List<Statement> out) {
        ClaimFinder f = new ClaimFinder(block, sections);
        for (FigureHit h : hits) {
            f.fromFigure(h);
        }
        f.withoutNumber();
        if (f.found.isEmpty()) {
            return;
        }
        f.found.sort(Found.BY_POS);
        Set<Statement> blockClaims = new LinkedHashSet<>(); // a block may be a whole report's lines
        for (Found x : f.found) {
            blockClaims.add(x.statement());
        }
        out.addAll(blockClaims);
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
        int[] nameAt = new int[CHANNELS.size()];
        boolean anyChannel = false;
        for (int k = 0; k < nameAt.length; k++) {
            nameAt[k] = CHANNELS.get(k).nameAt(local);
            anyChannel |= nameAt[k] >= 0;
        }
        if (!published && !anyChannel || ITEMS_EXCLUDED.in(local) || h.eachBefore(s)) {
            return;
        }
        if (published && names(PUBLISHED, local, 0, after, OBJ_AFTER) && !ANY_CHANNEL.in(clause(h))) {
            add(StatementKind.ITEMS_PUBLISHED, h, h.numStart(), h.unitEnd());
        }
        for (int k = 0; k < nameAt.length; k++) {
            Channel c = CHANNELS.get(k);
            if (nameAt[k] >= 0 && names(c.words(), local, nameAt[k], after, c.object()) && !c.othersIn(clause(h))) {
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
        if (!Chars.holdsAny(local, APP_VERB_FIRSTS)) {
            return;
        }
        // the last verb as a left-to-right search meets them: in 新收到 it is 新收, and 到 is left over
        String verb = null;
        int verbAt = -1;
        for (int i = 0; i < local.length(); i++) {
            String v = APP_VERB_FIRSTS.indexOf(local.charAt(i)) >= 0 ? verbAt(local, i) : null;
            if (v != null) {
                verb = v;
                verbAt = i;
                i += v.length() - 1;
            }
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

    /** The first of {@link #APP_VERBS} that stands at {@code i}, null if none does. */
    private static String verbAt(String local, int i) {
        for (String v : APP_VERBS) {
            if (local.startsWith(v, i)) {
                return v;
            }
        }
        return null;
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

    /**
     * The words lead to the number in the shape of the pattern, with the object before or after the number; no match
     * starts before {@code from}.
     */
    private static boolean names(Pattern p, String local, int from, String after, Pattern objectAfter) {
        Matcher m = p.matcher(local);
        return m.find(from) && (m.group("obj") != null || objectAfter.matcher(after).lookingAt());
    }

    /** Each scan is tried only in a block that holds the words it cannot match without. */
    private void withoutNumber() {
        if (block.holds('申') && s.contains("申请")) {
            for (Span m : matches(ClaimFinder::noApplication, NO_APPLICATION_STARTS)) {
                String rest = s.substring(m.end(), Clauses.clauseEnd(s, m.end(), EVIDENCE));
                if (DISCLOSURE.in(s, m.start(), m.end()) && !NO_APPLICATION_EXCLUDED.in(s, m.gapStart(), m.gapEnd())
                        && !NO_APPLICATION_REST.matcher(rest).find()) {
                    add(StatementKind.NO_APPLICATIONS, null, m.start(), m.end());
                }
            }
        }
        if (block.holds('复') && block.holds('诉') && s.contains("复议") && s.contains("诉讼")) {
            for (Span m : matches(ClaimFinder::noReview, NO_REVIEW_STARTS)) {
                if (!NO_REVIEW_EXCLUDED.in(s, m.start(), m.end()) && aboutDisclosure(m.start(), m.end())) {
                    add(StatementKind.NO_REVIEW_OR_LITIGATION, null, m.start(), m.end());
                }
            }
        }
        if (block.holds('费') && block.holds('收')) {
            for (Span m : matches(ClaimFinder::noFee, NO_FEE_STARTS)) {
                if (!NO_FEE_EXCLUDED.in(s, m.gapStart(), m.gapEnd())) {
                    add(StatementKind.NO_FEE_COLLECTED, null, m.start(), m.end());
                }
            }
        }
        if (block.holds('附') || block.holds('表')) { // each shape holds 附件 or 表
            for (Span m : matches(ClaimFinder::table, TABLE_STARTS)) {
                add(StatementKind.TABLE_ANNOUNCED, null, m.start(), m.end());
            }
        }
    }

    /**
     * The non-overlapping matches of a scan, tried only where one of its first characters ({@code starts})
     * stands: {@link String#indexOf(int, int)} finds the candidates fast.
     */
    private List<Span> matches(Scan scan, String starts) {
        List<Span> out = new ArrayList<>();
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
            Span m = scan.at(s, at);
            if (m != null) {
                out.add(m);
                from = m.end();
            } else {
                from = at + 1;
            }
        }
    }

    // --- the scans for claims without a number ---
    // Each reads one claim's fixed shape at a position: the words in order, and gaps of at most n characters
    // that are no clause end and (most) no digit. It finds what the regex in its comment finds with find()
    // from that position (lazy ?-gaps take the first fit, greedy ones the last); a regex would test the gap
    // characters several times slower, and these are tried at every candidate in every block.

    /** Where a scan found a claim, and the words in its gap (empty at {@code end} when it has none). */
    record Span(int start, int end, int gapStart, int gapEnd) {
        Span(int start, int end) {
            this(start, end, end, end);
        }
    }

    /** A scan at a position: the claim starting there, or null. */
    interface Scan {
        Span at(String s, int at);
    }

    /**
     * {@code (?<!尚)(?:未|没有)(?:收到|受理|接到|接收|发生|产生|出现|有)([^,。;!?0-9]{0,25})申请(?!人)(?:公开)?
     * |(?:没有|无)(?:任何)?(?:政府信息公开|信息公开|依申请公开)(?:类|的)?申请(?!人)}.
     */
    static Span noApplication(String s, int at) {
        int n = prefix(s, at, "未", "没有");
        int verb = n > 0 && !before(s, at, "尚") ? prefix(s, at + n, "收到", "受理", "接到", "接收", "发生", "产生", "出现", "有") : 0;
        if (verb > 0) {
            int gap = at + n + verb;
            for (int q = gapEnd(s, gap, 25, true); q >= gap; q--) {
                if (isApplication(s, q)) {
                    return new Span(at, q + 2 + (s.startsWith("公开", q + 2) ? 2 : 0), gap, q);
                }
            }
        }
        int p = at + prefix(s, at, "没有", "无");
        if (p == at) {
            return null;
        }
        p += s.startsWith("任何", p) ? 2 : 0;
        int topic = prefix(s, p, "政府信息公开", "信息公开", "依申请公开");
        if (topic == 0) {
            return null;
        }
        p += topic + prefix(s, p + topic, "类", "的");
        return isApplication(s, p) ? new Span(at, p + 2) : null;
    }

    /** 申请 not as in 申请人. */
    private static boolean isApplication(String s, int at) {
        return s.startsWith("申请", at) && !s.startsWith("人", at + 2);
    }

    /**
     * {@code NEGATION([^,。;!?0-9]{0,30}?)(?:复议([^,。;!?0-9]{0,20}?)诉讼|诉讼([^,。;!?0-9]{0,20}?)复议)
     * |复议[^,。;!?0-9]{0,12}?诉讼[^,。;!?0-9]{0,8}?(?:均为|都为|均是|都是|皆为|均|都)\s*(?:0|零)(?![0-9.])}.
     */
    static Span noReview(String s, int at) {
        if (s.startsWith("复议", at)) { // "复议、诉讼均为0"
            for (int q = at + 2, last = gapEnd(s, q, 12, true); q <= last; q++) {
                if (s.startsWith("诉讼", q)) {
                    for (int r = q + 2, lastR = gapEnd(s, r, 8, true); r <= lastR; r++) {
                        int end = allZero(s, r);
                        if (end > 0) {
                            return new Span(at, end);
                        }
                    }
                }
            }
            return null;
        }
        int gap = negationEnd(s, at);
        if (gap < 0) {
            return null;
        }
        for (int q = gap, last = gapEnd(s, gap, 30, true); q <= last; q++) {
            int end = Math.max(pairEnd(s, q, "复议", "诉讼"), pairEnd(s, q, "诉讼", "复议"));
            if (end > 0) {
                return new Span(at, end, gap, q);
            }
        }
        return null;
    }

    /**
     * The end of {@code (?<!尚|有)(?:(?:未|没有)(?:发生过|发生|收到|接到|出现|有|产生|涉及|被|因|受理|接收|提起)
     * |无(?=因|行政|政府|信息|任何|针对|涉及|被|复议|诉讼|相关|有关))} at a position, -1 if it is not there.
     * (Backing off 发生过 to 发生 finds nothing more: the gap may hold 过, but 复议 and 诉讼 cannot start at it.)
     */
    private static int negationEnd(String s, int at) {
        if (before(s, at, "尚") || before(s, at, "有")) {
            return -1;
        }
        int n = prefix(s, at, "未", "没有");
        if (n > 0) {
            int verb = prefix(s, at + n, "发生过", "发生", "收到", "接到", "出现", "有", "产生", "涉及", "被", "因", "受理", "接收", "提起");
            return verb > 0 ? at + n + verb : -1;
        }
        return s.startsWith("无", at) && prefix(s, at + 1, "因", "行政", "政府", "信息", "任何", "针对", "涉及", "被",
                "复议", "诉讼", "相关", "有关") > 0 ? at + 1 : -1;
    }

    /** The end of {@code first[^,。;!?0-9]{0,20}?second} at a position, -1 if it is not there. */
    private static int pairEnd(String s, int at, String first, String second) {
        if (s.startsWith(first, at)) {
            for (int q = at + first.length(), last = gapEnd(s, q, 20, true); q <= last; q++) {
                if (s.startsWith(second, q)) {
                    return q + second.length();
                }
            }
        }
        return -1;
    }

    /** The end of {@code (?:均为|都为|均是|都是|皆为|均|都)\s*(?:0|零)(?![0-9.])} at a position, -1 if it is not there. */
    private static int allZero(String s, int at) {
        for (String w : new String[] {"均为", "都为", "均是", "都是", "皆为", "均", "都"}) {
            if (s.startsWith(w, at)) {
                int q = at + w.length();
                while (q < s.length() && Chars.isRegexSpace(s.charAt(q))) {
                    q++;
                }
                if (q < s.length() && (s.charAt(q) == '0' || s.charAt(q) == '零')
                        && (q + 1 == s.length() || !Chars.isDigit(s.charAt(q + 1)) && s.charAt(q + 1) != '.')) {
                    return q + 1;
                }
            }
        }
        return -1;
    }

    /**
     * {@code (?<!尚|是否)(?:未|没有|不|无|从未)(?:再)?收(?!到)(?:取)?(?:过)?([^,。;!?0-9]{0,20}?)费}. (Backing off 取
     * or 过 finds nothing more: the gap would then start at it, and the same positions were tried.)
     */
    static Span noFee(String s, int at) {
        int p = at + prefix(s, at, "未", "没有", "不", "无", "从未");
        if (p == at || before(s, at, "尚") || before(s, at, "是否")) {
            return null;
        }
        p += prefix(s, p, "再");
        if (!s.startsWith("收", p) || s.startsWith("到", p + 1)) {
            return null;
        }
        p += 1 + prefix(s, p + 1, "取");
        p += prefix(s, p, "过");
        for (int q = p, last = gapEnd(s, p, 20, true); q <= last; q++) {
            if (s.startsWith("费", q)) {
                return new Span(at, q + 1, p, q);
            }
        }
        return null;
    }

    /**
     * {@code (?<!无|没有|未)附表|附件[^,。;!?]{0,40}?(?:统计表|情况表|统计数据)
     * |(?:统计表|情况表)[^,。;!?]{0,8}?(?:附后|见附件)}.
     */
    static Span table(String s, int at) {
        if (s.startsWith("附表", at) && !before(s, at, "无") && !before(s, at, "没有") && !before(s, at, "未")) {
            return new Span(at, at + 2);
        }
        int p = at + prefix(s, at, "附件");
        String[] ends = {"统计表", "情况表", "统计数据"};
        int limit = 40;
        if (p == at) {
            p = at + prefix(s, at, "统计表", "情况表");
            ends = new String[] {"附后", "见附件"};
            limit = 8;
        }
        if (p == at) {
            return null;
        }
        for (int q = p, last = gapEnd(s, p, limit, false); q <= last; q++) {
            int n = prefix(s, q, ends);
            if (n > 0) {
                return new Span(at, q + n);
            }
        }
        return null;
    }

    /** The length of the first word that stands at {@code at}, 0 if none does. */
    private static int prefix(String s, int at, String... words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return w.length();
            }
        }
        return 0;
    }

    /** Whether the word stands right before {@code at}. */
    private static boolean before(String s, int at, String word) {
        return at >= word.length() && s.startsWith(word, at - word.length());
    }

    /** The end of a gap from {@code from}: at most {@code max} characters that end no clause (and are no digit). */
    private static int gapEnd(String s, int from, int max, boolean noDigit) {
        int end = Math.min(s.length(), from + max);
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (Clauses.endsClause(c) || noDigit && Chars.isDigit(c)) {
                return i;
            }
        }
        return end;
    }


    private void add(StatementKind kind, FigureHit h, int from, int to) {
        BigDecimal value = h == null ? null : h.value();
        String unit = h == null ? "" : h.unit();
        int line = block.lineAt(from);
        String evidence = Clauses.around(s, from, to, EVIDENCE);
        found.add(new Found(from, new Statement(kind, value, unit, evidence, sections.sectionOf(line), line)));
    }
}
