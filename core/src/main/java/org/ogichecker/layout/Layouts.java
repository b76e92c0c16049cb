package org.ogichecker.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogichecker.model.Regime;

/**
 * The table layouts of the three regimes, defined once (requirements.md §2.4–2.6, §3.4–3.6, §5.3).
 * Row and column labels are verbatim from the formats; keys are stable and used by the rules.
 */
public final class Layouts {

    public static final String T2 = "T2";
    public static final String T3 = "T3";
    public static final String T4 = "T4";
    public static final String OLD = "OLD";

    /** T3 applicant columns, in order; the last is 总计. */
    public static final List<String> T3_COLUMNS = List.of(
            "natural", "business", "research", "public-interest", "legal-services", "other", "total");
    /** T4 outcome columns, in order; the last is 总计. */
    public static final List<String> T4_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    /** T4 blocks (its rows): 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉. */
    public static final List<String> T4_BLOCKS = List.of("review", "suit-direct", "suit-after-review");

    public static final TableLayout F2019_T2 = t2(false);
    public static final TableLayout F2021_T2 = t2(true);
    public static final TableLayout F2019_T3 = t3(false);
    public static final TableLayout F2021_T3 = t3(true);
    public static final TableLayout T4_LAYOUT = t4();
    public static final TableLayout OLD_TABLE = old();

    private static final List<TableLayout> ALL =
            List.of(F2019_T2, F2021_T2, F2019_T3, F2021_T3, T4_LAYOUT, OLD_TABLE);

    private Layouts() {
    }

    public static List<TableLayout> all() {
        return ALL;
    }

    public static Optional<TableLayout> byId(String id) {
        for (TableLayout l : ALL) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The layout a table must have under a regime (R2007 has only the old table). */
    public static Optional<TableLayout> required(Regime regime, String table) {
        return switch (regime) {
            case R2007 -> OLD.equals(table) ? Optional.of(OLD_TABLE) : Optional.empty();
            case F2019 -> switch (table) {
                case T2 -> Optional.of(F2019_T2);
                case T3 -> Optional.of(F2019_T3);
                case T4 -> Optional.of(T4_LAYOUT);
                default -> Optional.empty();
            };
            case F2021 -> switch (table) {
                case T2 -> Optional.of(F2021_T2);
                case T3 -> Optional.of(F2021_T3);
                case T4 -> Optional.of(T4_LAYOUT);
                default -> Optional.empty();
            };
        };
    }

    // ---------------------------------------------------------------- table 二

    private static TableLayout t2(boolean f2021) {
        List<ColumnDef> cols = new ArrayList<>();
        List<RowDef> rows = new ArrayList<>();
        if (f2021) {
            cols.add(col("issued", "本年制发件数", ValueKind.COUNT));
            cols.add(col("repealed", "本年废止件数", ValueKind.COUNT));
            cols.add(col("in-force", "现行有效件数", ValueKind.COUNT, "现行有效件数(历史累计)"));
            cols.add(col("decisions", "本年处理决定数量", ValueKind.COUNT));
            cols.add(col("fee-amount", "本年收费金额（单位：万元）", ValueKind.AMOUNT, "本年收费金额(万元)", "本年收费金额"));
            List<String> doc = List.of("issued", "repealed", "in-force");
            rows.add(group("art20-1", "第二十条第（一）项"));
            rows.add(row("art20-1/regulations", "规章", "art20-1", doc));
            rows.add(row("art20-1/normative-documents", "行政规范性文件", "art20-1", doc, "规范性文件"));
            rows.add(group("art20-5", "第二十条第（五）项"));
            rows.add(row("art20-5/licensing", "行政许可", "art20-5", List.of("decisions")));
            rows.add(group("art20-6", "第二十条第（六）项"));
            rows.add(row("art20-6/penalty", "行政处罚", "art20-6", List.of("decisions")));
            rows.add(row("art20-6/coercion", "行政强制", "art20-6", List.of("decisions")));
            rows.add(group("art20-8", "第二十条第（八）项"));
            rows.add(row("art20-8/fees", "行政事业性收费", "art20-8", List.of("fee-amount")));
            return new TableLayout("F2021-T2", T2, "主动公开政府信息情况", rows, cols);
        }
        cols.add(col("new-made", "本年新制作数量", ValueKind.COUNT));
        cols.add(col("new-published", "本年新公开数量", ValueKind.COUNT));
        cols.add(col("total-published", "对外公开总数量", ValueKind.COUNT));
        cols.add(col("prev-items", "上一年项目数量", ValueKind.COUNT));
        cols.add(col("change", "本年增/减", ValueKind.SIGNED, "本年增减"));
        cols.add(col("decisions", "处理决定数量", ValueKind.COUNT));
        cols.add(col("proc-items", "采购项目数量", ValueKind.COUNT));
        cols.add(col("proc-amount", "采购总金额", ValueKind.AMOUNT));
        List<String> doc = List.of("new-made", "new-published", "total-published");
        List<String> items = List.of("prev-items", "change", "decisions");
        rows.add(group("art20-1", "第二十条第（一）项"));
        rows.add(row("art20-1/regulations", "规章", "art20-1", doc));
        rows.add(row("art20-1/normative-documents", "规范性文件", "art20-1", doc, "行政规范性文件"));
        rows.add(group("art20-5", "第二十条第（五）项"));
        rows.add(row("art20-5/licensing", "行政许可", "art20-5", items));
        rows.add(row("art20-5/other-services", "其他对外管理服务事项", "art20-5", items));
        rows.add(group("art20-6", "第二十条第（六）项"));
        rows.add(row("art20-6/penalty", "行政处罚", "art20-6", items));
        rows.add(row("art20-6/coercion", "行政强制", "art20-6", items));
        rows.add(group("art20-8", "第二十条第（八）项"));
        rows.add(row("art20-8/fees", "行政事业性收费", "art20-8", List.of("prev-items", "change")));
        rows.add(group("art20-9", "第二十条第（九）项"));
        rows.add(row("art20-9/procurement", "政府集中采购", "art20-9", List.of("proc-items", "proc-amount")));
        return new TableLayout("F2019-T2", T2, "主动公开政府信息情况", rows, cols);
    }

    // ---------------------------------------------------------------- table 三

    private static TableLayout t3(boolean f2021) {
        List<ColumnDef> cols = List.of(
                col("natural", "自然人", ValueKind.COUNT),
                col("business", "商业企业", ValueKind.COUNT),
                col("research", "科研机构", ValueKind.COUNT),
                col("public-interest", "社会公益组织", ValueKind.COUNT),
                col("legal-services", "法律服务机构", ValueKind.COUNT),
                col("other", "其他", ValueKind.COUNT),
                col("total", "总计", ValueKind.COUNT));
        List<String> c = T3_COLUMNS;
        List<RowDef> rows = new ArrayList<>();
        rows.add(row("1", "一、本年新收政府信息公开申请数量", null, c));
        rows.add(row("2", "二、上年结转政府信息公开申请数量", null, c));
        rows.add(group("3", "三、本年度办理结果"));
        rows.add(row("3.1", "（一）予以公开", "3", c));
        rows.add(row("3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3", c,
                "（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "（二）部分公开"));
        rows.add(group("3.3", "（三）不予公开", "3"));
        rows.add(row("3.3.1", "1.属于国家秘密", "3.3", c));
        rows.add(row("3.3.2", "2.其他法律行政法规禁止公开", "3.3", c));
        rows.add(row("3.3.3", "3.危及“三安全一稳定”", "3.3", c));
        rows.add(row("3.3.4", "4.保护第三方合法权益", "3.3", c));
        rows.add(row("3.3.5", "5.属于三类内部事务信息", "3.3", c, "5.属于三类内容事务信息"));
        rows.add(row("3.3.6", "6.属于四类过程性信息", "3.3", c));
        rows.add(row("3.3.7", "7.属于行政执法案卷", "3.3", c));
        rows.add(row("3.3.8", "8.属于行政查询事项", "3.3", c));
        rows.add(group("3.4", "（四）无法提供", "3"));
        rows.add(row("3.4.1", "1.本机关不掌握相关政府信息", "3.4", c));
        rows.add(row("3.4.2", "2.没有现成信息需要另行制作", "3.4", c));
        rows.add(row("3.4.3", "3.补正后申请内容仍不明确", "3.4", c));
        rows.add(group("3.5", "（五）不予处理", "3"));
        rows.add(row("3.5.1", "1.信访举报投诉类申请", "3.5", c));
        rows.add(row("3.5.2", "2.重复申请", "3.5", c));
        rows.add(row("3.5.3", "3.要求提供公开出版物", "3.5", c));
        rows.add(row("3.5.4", "4.无正当理由大量反复申请", "3.5", c));
        rows.add(row("3.5.5", "5.要求行政机关确认或重新出具已获取信息", "3.5", c));
        if (f2021) {
            rows.add(group("3.6", "（六）其他处理", "3"));
            rows.add(row("3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.6", c));
            rows.add(row("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.6", c));
            rows.add(row("3.6.3", "3.其他", "3.6", c));
        } else {
            rows.add(row("3.6", "（六）其他处理", "3", c));
        }
        rows.add(row("3.7", "（七）总计", "3", c));
        rows.add(row("4", "四、结转下年度继续办理", null, c));
        return new TableLayout(f2021 ? "F2021-T3" : "F2019-T3", T3, "收到和处理政府信息公开申请情况", rows, cols);
    }

    // ---------------------------------------------------------------- table 四

    private static TableLayout t4() {
        List<ColumnDef> cols = List.of(
                col("upheld", "结果维持", ValueKind.COUNT),
                col("corrected", "结果纠正", ValueKind.COUNT),
                col("other", "其他结果", ValueKind.COUNT),
                col("pending", "尚未审结", ValueKind.COUNT),
                col("total", "总计", ValueKind.COUNT));
        List<RowDef> rows = List.of(
                row("review", "行政复议", null, T4_COLUMNS),
                group("suit", "行政诉讼"),
                row("suit-direct", "未经复议直接起诉", "suit", T4_COLUMNS),
                row("suit-after-review", "复议后起诉", "suit", T4_COLUMNS));
        return new TableLayout("T4", T4, "政府信息公开行政复议、行政诉讼情况", rows, cols);
    }

    // ---------------------------------------------------------------- the old national statistics table

    private static TableLayout old() {
        List<ColumnDef> cols = List.of(col("value", "统计数", ValueKind.AMOUNT));
        List<RowDef> r = new ArrayList<>();
        r.add(group("1", "一、主动公开情况"));
        r.add(old("1.1", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "1", "条"));
        r.add(old("1.1.a", "其中：主动公开规范性文件数", "1.1", "条"));
        r.add(old("1.1.b", "制发规范性文件总数", "1.1", "件"));
        r.add(group("1.2", "（二）通过不同渠道和方式公开政府信息的情况", "1"));
        r.add(old("1.2.1", "1.政府公报公开政府信息数", "1.2", "条"));
        r.add(old("1.2.2", "2.政府网站公开政府信息数", "1.2", "条"));
        r.add(old("1.2.3", "3.政务微博公开政府信息数", "1.2", "条"));
        r.add(old("1.2.4", "4.政务微信公开政府信息数", "1.2", "条"));
        r.add(old("1.2.5", "5.其他方式公开政府信息数", "1.2", "条"));
        r.add(group("2", "二、回应解读情况"));
        r.add(old("2.1", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "2", "次"));
        r.add(group("2.2", "（二）通过不同渠道和方式回应解读的情况", "2"));
        r.add(old("2.2.1", "1.参加或举办新闻发布会总次数", "2.2", "次"));
        r.add(old("2.2.1.a", "其中：主要负责同志参加新闻发布会次数", "2.2.1", "次"));
        r.add(old("2.2.2", "2.政府网站在线访谈次数", "2.2", "次"));
        r.add(old("2.2.2.a", "其中：主要负责同志参加政府网站在线访谈次数", "2.2.2", "次"));
        r.add(old("2.2.3", "3.政策解读稿件发布数", "2.2", "篇"));
        r.add(old("2.2.4", "4.微博微信回应事件数", "2.2", "次"));
        r.add(old("2.2.5", "5.其他方式回应事件数", "2.2", "次"));
        r.add(group("3", "三、依申请公开情况"));
        r.add(old("3.1", "（一）收到申请数", "3", "件"));
        r.add(old("3.1.1", "1.当面申请数", "3.1", "件"));
        r.add(old("3.1.2", "2.传真申请数", "3.1", "件"));
        r.add(old("3.1.3", "3.网络申请数", "3.1", "件"));
        r.add(old("3.1.4", "4.信函申请数", "3.1", "件"));
        r.add(optional(old("3.1.5", "5.其他形式", "3.1", "件", "5.其他形式申请数")));
        r.add(old("3.2", "（二）申请办结数", "3", "件"));
        r.add(old("3.2.1", "1.按时办结数", "3.2", "件"));
        r.add(old("3.2.2", "2.延期办结数", "3.2", "件"));
        r.add(old("3.3", "（三）申请答复数", "3", "件"));
        r.add(old("3.3.1", "1.属于已主动公开范围数", "3.3", "件"));
        r.add(old("3.3.2", "2.同意公开答复数", "3.3", "件"));
        r.add(old("3.3.3", "3.同意部分公开答复数", "3.3", "件"));
        r.add(old("3.3.4", "4.不同意公开答复数", "3.3", "件"));
        r.add(old("3.3.4.a", "其中：涉及国家秘密", "3.3.4", "件"));
        r.add(old("3.3.4.b", "涉及商业秘密", "3.3.4", "件"));
        r.add(old("3.3.4.c", "涉及个人隐私", "3.3.4", "件"));
        r.add(old("3.3.4.d", "危及国家安全、公共安全、经济安全和社会稳定", "3.3.4", "件"));
        r.add(old("3.3.4.e", "不是《条例》所指政府信息", "3.3.4", "件"));
        r.add(old("3.3.4.f", "法律法规规定的其他情形", "3.3.4", "件"));
        r.add(old("3.3.5", "5.不属于本行政机关公开数", "3.3", "件"));
        r.add(old("3.3.6", "6.申请信息不存在数", "3.3", "件"));
        r.add(old("3.3.7", "7.告知作出更改补充数", "3.3", "件"));
        r.add(old("3.3.8", "8.告知通过其他途径办理数", "3.3", "件"));
        r.add(old("4", "四、行政复议数量", null, "件"));
        r.add(old("4.1", "（一）维持具体行政行为数", "4", "件"));
        r.add(old("4.2", "（二）被依法纠错数", "4", "件"));
        r.add(old("4.3", "（三）其他情形数", "4", "件"));
        r.add(old("5", "五、行政诉讼数量", null, "件"));
        r.add(old("5.1", "（一）维持具体行政行为或者驳回原告诉讼请求数", "5", "件"));
        r.add(old("5.2", "（二）被依法纠错数", "5", "件"));
        r.add(old("5.3", "（三）其他情形数", "5", "件"));
        r.add(old("6", "六、举报投诉数量", null, "件", "六、被举报投诉数量"));
        r.add(optional(old("6.1", "（一）维持具体行政行为数", "6", "件")));
        r.add(optional(old("6.2", "（二）被纠错数", "6", "件")));
        r.add(optional(old("6.3", "（三）其他情形数", "6", "件")));
        r.add(optional(old("7", "七、依申请公开信息收取的费用", null, "万元")));
        r.add(optional(old("7b", "七、向图书馆、档案馆等查阅场所报送信息数", null, "条")));
        r.add(optional(old("7b.1", "（一）纸质文件数", "7b", "条")));
        r.add(optional(old("7b.2", "（二）电子文件数", "7b", "条")));
        r.add(group("8", "八、机构建设和保障经费情况"));
        r.add(old("8.1", "（一）政府信息公开工作专门机构数", "8", "个"));
        r.add(old("8.2", "（二）设置政府信息公开查阅点数", "8", "个"));
        r.add(old("8.3", "（三）从事政府信息公开工作人员数", "8", "人"));
        r.add(old("8.3.1", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "8.3", "人"));
        r.add(old("8.3.2", "2.兼职人员数", "8.3", "人"));
        r.add(old("8.4", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "8", "万元",
                "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面经费）"));
        r.add(group("9", "九、政府信息公开会议和培训情况"));
        r.add(old("9.1", "（一）召开政府信息公开工作会议或专题会议数", "9", "次"));
        r.add(old("9.2", "（二）举办各类培训班数", "9", "次"));
        r.add(old("9.3", "（三）接受培训人员数", "9", "人次"));
        return new TableLayout("OLD", OLD, "政府信息公开情况统计表", r, cols);
    }

    // ---------------------------------------------------------------- builders

    private static ColumnDef col(String key, String label, ValueKind kind, String... variants) {
        return new ColumnDef(key, label, List.of(variants), kind);
    }

    private static RowDef group(String key, String label) {
        return group(key, label, null);
    }

    private static RowDef group(String key, String label, String parent) {
        return new RowDef(key, label, List.of(), parent, true, false, null, List.of());
    }

    private static RowDef row(String key, String label, String parent, List<String> columns, String... variants) {
        return new RowDef(key, label, List.of(variants), parent, false, false, null, columns);
    }

    private static RowDef old(String key, String label, String parent, String unit, String... variants) {
        return new RowDef(key, label, List.of(variants), parent, false, false, unit, List.of("value"));
    }

    private static RowDef optional(RowDef r) {
        return new RowDef(r.key(), r.label(), r.variants(), r.parent(), r.group(), true, r.unit(), r.columns());
    }
}
