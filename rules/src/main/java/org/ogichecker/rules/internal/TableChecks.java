package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ogichecker.engine.Findings;
import org.ogichecker.layout.Labels;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.model.Cell;
import org.ogichecker.model.PriorCell;
import org.ogichecker.model.PriorReport;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.TableInfo;

/**
 * Conditions and messages of the table rules of the 2019/2021 formats (requirements.md §2.4–2.7,
 * §3.4–3.6, §4). Each check uses the layout the table actually has, so that a report in the wrong
 * format is still checked for its arithmetic (FMT-VERSION reports the format itself).
 */
public final class TableChecks {

    /** At least this many of a table's row labels alone on lines of its part are a table there but not read. */
    private static final int MIN_UNREAD_LABELS = 2;
    /** A longer line is no label alone. */
    private static final int MAX_LABEL_CHARS = 80;
    /** The keys of the row labels, and of their variants, of each table type's layouts. */
    private static final Map<String, Set<String>> ROW_KEYS = rowKeys();

    private static Map<String, Set<String>> rowKeys() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (TableLayout layout : Layouts.all()) {
            Set<String> of = keys.computeIfAbsent(layout.table(), t -> new HashSet<>());
            layout.rowLabels().forEach(label -> of.add(Labels.normalised(label).key()));
        }
        return Map.copyOf(keys);
    }

    /**
     * The row labels of table {@code table} (a {@link Layouts} table type) that stand alone on lines of the part's
     * text, "、"-joined, when at least {@link #MIN_UNREAD_LABELS} do; else "". A table the reader recognises is read
     * into cells and leaves a line {@code [表格:…]} in its part: its labels left as lines of text are a table it could
     * not read (its cells a line each and its labels away from their values, as {@code pdftotext} writes a table
     * without {@code -layout}).
     */
    public static String unreadLabels(Parts.PartStatus p, String table) {
        if (p.section() == null) {
            return "";
        }
        Set<String> keys = ROW_KEYS.getOrDefault(table, Set.of());
        Set<String> found = new LinkedHashSet<>();
        for (String line : p.section().text().split("\n")) {
            if (line.length() <= MAX_LABEL_CHARS && keys.contains(Labels.normalised(line).key())) {
                found.add(line.strip());
            }
        }
        return found.size() >= MIN_UNREAD_LABELS ? String.join("、", found) : "";
    }

    /** The three （六） sub-rows that only the 2021 T3 has. */
    private static final List<String> T3_2021_ONLY = List.of("3.6.1", "3.6.2", "3.6.3");
    private static final List<String> T3_APPLICANTS = Layouts.T3_COLUMNS.subList(0, 6);
    private static final List<String> T4_OUTCOMES = Layouts.T4_COLUMNS.subList(0, 4);
    /** The 规章 and 行政规范性文件 rows of table 二 (both layouts). */
    private static final List<String> T2_DOCUMENT_ROWS = List.of("art20-1/regulations", "art20-1/normative-documents");

    /**
     * A table whose layout is not the one its report year requires.
     *
     * @param table    the table found
     * @param used     the layout it uses
     * @param required the layout the regime requires
     */
    public record Mismatch(TableInfo table, String used, String required) {
    }

    /**
     * The relations already evaluated on the report being checked, by check and layout, those that do not hold
     * ({@link SumCheck#notHolding}): each is asked twice, by the rule of its violation and by that of its being skipped.
     */
    private static final PerReport<Map<Evaluated, List<?>>> EVALUATED = new PerReport<>(r -> new HashMap<>());

    /** A check of {@link #EVALUATED}: its name and the layout of the table it was evaluated on ("" for one layout). */
    private record Evaluated(String check, String layout) {
    }

    private TableChecks() {
    }

    /** The checks of {@code evaluate} that do not hold, evaluated once per report, check and layout. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> once(Report r, String check, String layout, Supplier<List<T>> evaluate,
            Function<T, SumCheck.Outcome> outcome) {
        return (List<T>) EVALUATED.of(r).computeIfAbsent(new Evaluated(check, layout),
                k -> SumCheck.notHolding(evaluate.get(), outcome));
    }

    /**
     * The layout a table uses. A T3 matched to the 2021 layout but lacking all three （六） sub-rows
     * has the single （六）其他处理 row of the trial format (requirements.md §3.5 F2021-T3-C7).
     */
    public static String layoutUsed(TableInfo t) {
        if (t.layout().equals(Layouts.F2021_T3.id()) && t.missingRows().containsAll(T3_2021_ONLY)) {
            return Layouts.F2019_T3.id();
        }
        return t.layout();
    }

    /** True when some T2 or T3 table's layout differs from the one {@code regime} requires: the FMT-VERSION guard. */
    public static boolean hasVersionMismatch(Report r, Regime regime) {
        return !versionMismatches(r, regime).isEmpty();
    }

    /** T2 and T3 tables whose layout differs from the one {@code regime} requires. */
    public static List<Mismatch> versionMismatches(Report r, Regime regime) {
        List<Mismatch> out = new ArrayList<>();
        for (TableInfo t : r.tables()) {
            if (t.table().equals(Layouts.T2) || t.table().equals(Layouts.T3)) {
                Layouts.required(regime, t.table())
                        .filter(req -> !req.id().equals(layoutUsed(t)))
                        .ifPresent(req -> out.add(new Mismatch(t, layoutUsed(t), req.id())));
            }
        }
        return out;
    }

    /** "F2019-T3" → "2019年试行格式", for messages. */
    public static String formatName(String layoutId) {
        if (layoutId.startsWith("F2019")) {
            return "2019年试行格式（国办公开办函〔2019〕60号）";
        }
        if (layoutId.startsWith("F2021")) {
            return "2021年格式（国办公开办函〔2021〕30号）";
        }
        return "2008–2018年统计表";
    }

    /** The T4 cells that are not in the report, "行政复议/结果维持、…" ("" when all 15 are there). */
    public static String missingT4Cells(Report r) {
        TableLayout l = Layouts.T4_LAYOUT;
        List<String> out = new ArrayList<>();
        for (String block : Layouts.T4_BLOCKS) {
            for (String col : Layouts.T4_COLUMNS) {
                if (CellIndex.cell(r, Layouts.T4, block, col).isEmpty()) {
                    out.add(l.row(block).orElseThrow().label() + "/" + l.column(col).orElseThrow().label());
                }
            }
        }
        return String.join("、", out);
    }

    /** Row and column keys of a TableInfo's gaps, with the layout's labels: "3.6.1 1.申请人…". */
    public static String describeGaps(TableInfo t) {
        Optional<TableLayout> l = Layouts.byId(t.layout());
        List<String> parts = new ArrayList<>();
        for (String row : t.missingRows()) {
            parts.add("行 " + l.flatMap(x -> x.row(row)).map(RowDef::label).orElse(row));
        }
        for (String col : t.missingColumns()) {
            parts.add("列 " + l.flatMap(x -> x.column(col)).map(c -> c.label()).orElse(col));
        }
        return String.join("；", parts);
    }

    // ------------------------------------------------------------------ table 三

    /** T3-C1 per column: 一 + 二 = （七）总计 + 四; the columns where it does not hold. */
    public static List<Balance> t3Balance(Report r) {
        return once(r, "t3Balance", "", () -> evaluateT3Balance(r), Balance::outcome);
    }

    private static List<Balance> evaluateT3Balance(Report r) {
        List<Balance> out = new ArrayList<>();
        for (String col : Layouts.T3_COLUMNS) {
            Optional<Cell> a = CellIndex.cell(r, Layouts.T3, "1", col);
            Optional<Cell> b = CellIndex.cell(r, Layouts.T3, "2", col);
            Optional<Cell> total = CellIndex.cell(r, Layouts.T3, "3.7", col);
            Optional<Cell> next = CellIndex.cell(r, Layouts.T3, "4", col);
            if (a.isPresent() && b.isPresent() && total.isPresent() && next.isPresent()) {
                out.add(Balance.of(Balance.Relation.EQUAL, List.of(a.get(), b.get()), List.of(total.get(), next.get())));
            }
        }
        return out;
    }

    /** T3-C2 per column: （七）总计 = the outcome rows of the layout the table uses; the columns where it does not hold. */
    public static List<SumCheck> t3Outcomes(Report r, TableInfo t) {
        return once(r, "t3Outcomes", t.layout(), () -> evaluateT3Outcomes(r, t), SumCheck::outcome);
    }

    private static List<SumCheck> evaluateT3Outcomes(Report r, TableInfo t) {
        List<String> rows = new ArrayList<>();
        for (RowDef row : Layouts.byId(t.layout()).orElseThrow().dataRows()) {
            if (row.key().startsWith("3.") && !row.key().equals("3.7")) {
                rows.add(row.key());
            }
        }
        List<SumCheck> out = new ArrayList<>();
        for (String col : Layouts.T3_COLUMNS) {
            out.addAll(Relations.columnSum(r, Layouts.T3, "3.7", rows, col));
        }
        return out;
    }

    /** T3-C3 per data row: 总计 = the six applicant columns; the rows where it does not hold. */
    public static List<SumCheck> t3Applicants(Report r, TableInfo t) {
        return once(r, "t3Applicants", t.layout(), () -> evaluateT3Applicants(r, t), SumCheck::outcome);
    }

    private static List<SumCheck> evaluateT3Applicants(Report r, TableInfo t) {
        List<SumCheck> out = new ArrayList<>();
        for (RowDef row : Layouts.byId(t.layout()).orElseThrow().dataRows()) {
            out.addAll(Relations.rowSum(r, Layouts.T3, row.key(), "total", T3_APPLICANTS));
        }
        return out;
    }

    // ------------------------------------------------------------------ table 四

    /** T4-C1 per block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结; the blocks where it does not hold. */
    public static List<SumCheck> t4Blocks(Report r) {
        return once(r, "t4Blocks", "", () -> evaluateT4Blocks(r), SumCheck::outcome);
    }

    private static List<SumCheck> evaluateT4Blocks(Report r) {
        List<SumCheck> out = new ArrayList<>();
        for (String block : Layouts.T4_BLOCKS) {
            out.addAll(Relations.rowSum(r, Layouts.T4, block, "total", T4_OUTCOMES));
        }
        return out;
    }

    /** The T4 block totals above zero, "行政复议 3、复议后起诉 1", or "" when there are none. */
    public static String t4Cases(Report r) {
        return CellIndex.column(r, Layouts.T4, "total").stream()
                .filter(c -> c.isNumber() && c.value().signum() > 0)
                .map(c -> c.rowLabel() + " " + Findings.num(c.value()))
                .collect(Collectors.joining("、"));
    }

    // ------------------------------------------------------------------ table 二

    /**
     * T2-C1 for 规章 and 规范性文件: 2021 layout 本年制发件数 ≤ 现行有效件数 + 本年废止件数; trial layout
     * 本年新公开数量 ≤ 对外公开总数量; the rows where it does not hold.
     */
    public static List<Balance> t2Stock(Report r, TableInfo t) {
        return once(r, "t2Stock", t.layout(), () -> evaluateT2Stock(r, t), Balance::outcome);
    }

    private static List<Balance> evaluateT2Stock(Report r, TableInfo t) {
        boolean f2021 = t.layout().equals(Layouts.F2021_T2.id());
        String part = f2021 ? "issued" : "new-published";
        List<String> whole = f2021 ? List.of("in-force", "repealed") : List.of("total-published");
        List<Balance> out = new ArrayList<>();
        for (String row : T2_DOCUMENT_ROWS) {
            Optional<Cell> p = CellIndex.cell(r, Layouts.T2, row, part);
            List<Cell> w = new ArrayList<>(whole.size());
            for (String column : whole) {
                CellIndex.cell(r, Layouts.T2, row, column).ifPresent(w::add);
            }
            if (p.isPresent() && w.size() == whole.size()) {
                out.add(Balance.of(Balance.Relation.AT_MOST, List.of(p.get()), w));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ across years

    /**
     * T2-C2 for one row of the 2021 table 二: 现行有效件数 (Y) + 本年废止件数 (Y) = 现行有效件数 (Y−1) +
     * 本年制发件数 (Y), i.e. this year's stock is last year's stock plus what was issued less what was repealed.
     *
     * @param inForce   this year's 现行有效件数
     * @param prior     last year's 现行有效件数, or null when the previous report has none (no table 二, or the
     *                  trial layout, which has no such column)
     * @param priorYear the previous report's year, or null when unknown
     * @param balance   the relation with {@link Balance}'s blank semantics, or null without {@code prior}
     */
    public record Continuity(Cell inForce, Cell prior, Integer priorYear, Balance balance) {

        public SumCheck.Outcome outcome() {
            return balance == null ? SumCheck.Outcome.NOT_ASSESSABLE : balance.outcome();
        }

        /** 现行有效件数 (Y−1) + 本年制发件数 (Y) − 本年废止件数 (Y), or null when a cell is blank. */
        public BigDecimal expected() {
            return balance == null || !balance.unknown().isEmpty() ? null
                    : balance.rightKnown().subtract(balance.left().get(1).value());
        }

        String prev() {
            return priorYear == null ? "上年" : priorYear + "年";
        }

        String prevEn() {
            return priorYear == null ? "the previous year's" : "the " + priorYear;
        }
    }

    /**
     * T2-C2 for the 规章 and 行政规范性文件 rows of a 2021 table 二, given the previous report's cells (already
     * those of the year before); a row without its three current cells is left to T2-STRUCT.
     */
    public static List<Continuity> t2Continuity(Report r, List<PriorCell> previous) {
        List<Continuity> out = new ArrayList<>();
        for (String row : T2_DOCUMENT_ROWS) {
            Optional<Cell> inForce = CellIndex.cell(r, Layouts.T2, row, "in-force");
            Optional<Cell> issued = CellIndex.cell(r, Layouts.T2, row, "issued");
            Optional<Cell> repealed = CellIndex.cell(r, Layouts.T2, row, "repealed");
            if (inForce.isEmpty() || issued.isEmpty() || repealed.isEmpty()) {
                continue;
            }
            Optional<PriorCell> prior = previous.stream().filter(p -> p.cell().table().equals(Layouts.T2)
                    && p.cell().rowKey().equals(row) && p.cell().columnKey().equals("in-force")).findFirst();
            Integer year = previous.isEmpty() ? null : previous.get(0).year();
            out.add(new Continuity(inForce.get(), prior.map(PriorCell::cell).orElse(null), year, prior
                    .map(p -> Balance.of(Balance.Relation.EQUAL, List.of(inForce.get(), repealed.get()),
                            List.of(p.cell(), issued.get())))
                    .orElse(null)));
        }
        return out;
    }

    /** T2-C2: "规章：现行有效件数为 9，而 2022年现行有效件数 5 + 本年制发件数 3 − 本年废止件数 1 = 7，相差 2". */
    public static String t2ContinuityZh(Continuity c) {
        Balance b = c.balance();
        Cell issued = b.right().get(1);
        Cell repealed = b.left().get(1);
        BigDecimal e = c.expected();
        return c.inForce().rowLabel() + "：" + c.inForce().columnLabel() + "为 " + value(c.inForce()) + "，而"
                + c.prev() + c.prior().columnLabel() + " " + value(c.prior()) + " + " + issued.columnLabel() + " "
                + value(issued) + " − " + repealed.columnLabel() + " " + value(repealed)
                + (e == null ? "，无论空白单元格为何值都不相符" : " = " + Findings.num(e) + "，相差 "
                        + Findings.num(c.inForce().value().subtract(e)));
    }

    public static String t2ContinuityEn(Continuity c) {
        Balance b = c.balance();
        Cell issued = b.right().get(1);
        Cell repealed = b.left().get(1);
        BigDecimal e = c.expected();
        return c.inForce().rowLabel() + ": " + c.inForce().columnLabel() + " is " + value(c.inForce()) + ", but "
                + c.prevEn() + " " + c.prior().columnLabel() + " " + value(c.prior()) + " + " + issued.columnLabel()
                + " " + value(issued) + " − " + repealed.columnLabel() + " " + value(repealed)
                + (e == null ? " cannot match it whatever the blank cells hold" : " = " + Findings.num(e)
                        + ", a difference of " + Findings.num(c.inForce().value().subtract(e)));
    }

    /** Why T2-C2 could not be checked for a row. */
    public static String t2ContinuitySkippedZh(Continuity c) {
        return "未能核对表二" + c.inForce().rowLabel() + "的现行有效件数与" + c.prev() + "报告的衔接："
                + (c.prior() == null ? c.prev() + "报告没有表二的现行有效件数"
                        : "以下单元格为空或无效：" + unknownZh(c));
    }

    public static String t2ContinuitySkippedEn(Continuity c) {
        return "Could not check table 二 " + c.inForce().rowLabel() + " 现行有效件数 against " + c.prevEn() + " report: "
                + (c.prior() == null ? "that report has no 现行有效件数 in its table 二"
                        : "these cells are blank or invalid: " + unknownZh(c));
    }

    /** Why the previous report the caller gave cannot serve {@code check}: unusable, another year, or no such table. */
    public static String noPreviousZh(PriorReport p, ReportMetadata m, String check, String tableZh) {
        String why;
        if (p.problem() != null) {
            why = "上年报告不可用：" + p.problemZh();
        } else if (p.year() != null && m.year() != null && p.year() != m.year() - 1) {
            why = "给出的上年报告（" + p.source() + "）是 " + p.year() + " 年的，本报告是 " + m.year() + " 年的，应为 "
                    + (m.year() - 1) + " 年的报告";
        } else {
            why = "给出的上年报告（" + p.source() + "）中没有" + tableZh;
        }
        return "未能进行跨年度核对（" + check + "）：" + why;
    }

    public static String noPreviousEn(PriorReport p, ReportMetadata m, String check, String tableZh) {
        String why;
        if (p.problem() != null) {
            why = "the previous year's report cannot be used: " + p.problem();
        } else if (p.year() != null && m.year() != null && p.year() != m.year() - 1) {
            why = "the previous report given (" + p.source() + ") is for " + p.year() + ", this report is for "
                    + m.year() + ", so it should be the " + (m.year() - 1) + " report";
        } else {
            why = "the previous report given (" + p.source() + ") has no " + tableZh;
        }
        return "The cross-year check (" + check + ") was not made: " + why;
    }

    /** The blank cells, last year's marked as such. */
    private static String unknownZh(Continuity c) {
        return c.balance().unknown().stream()
                .map(x -> (x == c.prior() ? c.prev() + "报告 " : "") + x.rowLabel() + "/" + x.columnLabel())
                .collect(Collectors.joining("、"));
    }

    private static String value(Cell c) {
        return c.isNumber() ? Findings.num(c.value()) : "空";
    }

    /** Every cell T2-C2 looked at, last year's marked. */
    public static String t2ContinuityEvidence(Continuity c) {
        return c.balance() == null ? raw(c.inForce()) + "; " + c.prev() + "报告：无现行有效件数"
                : Stream.of(c.inForce(), c.balance().right().get(1), c.balance().left().get(1)).map(TableChecks::raw)
                        .collect(Collectors.joining("; ")) + "; " + c.prev() + "报告 " + raw(c.prior());
    }

    private static String raw(Cell c) {
        return c.rowLabel() + "/" + c.columnLabel() + "=" + (c.raw().isEmpty() ? "(空)" : c.raw());
    }

    /** True when a prior cell is from the year before the report (either year unknown: assumed). */
    public static boolean isPreviousYear(PriorCell p, ReportMetadata m) {
        return p.year() == null || m.year() == null || p.year() == m.year() - 1;
    }

    // ------------------------------------------------------------------ messages

    /** Message of a skipped sum check: which check and which cells are blank. */
    public static String skippedZh(String check, SumCheck s) {
        return "未能核对" + check + "（" + s.totalName() + "）：以下单元格为空或无效："
                + s.unknownText();
    }

    public static String skippedEn(String check, SumCheck s) {
        return "Could not check " + check + " (" + s.totalName()
                + "): these cells are blank or invalid: " + s.unknownText();
    }

    public static String skippedZh(String check, Balance b) {
        return "未能核对" + check + "（" + b.left().get(0).columnLabel() + "）：以下单元格为空或无效：" + b.unknownText();
    }

    public static String skippedEn(String check, Balance b) {
        return "Could not check " + check + " (" + b.left().get(0).columnLabel() + "): these cells are blank or invalid: "
                + b.unknownText();
    }

    /** T3-C1: "自然人列：一、… 5 + 二、… 0 = 5，而（七）总计 3 + 四、… 1 = 4，相差 1；若其余各项无误，（七）总计应为 4". */
    public static String t3BalanceZh(Balance b) {
        BigDecimal needed = b.neededFirstRight();
        return b.left().get(0).columnLabel() + "列：" + Balance.side(b.left(), Cell::rowLabel) + " = "
                + Findings.num(b.leftKnown()) + "，而 " + Balance.side(b.right(), Cell::rowLabel) + " = "
                + Findings.num(b.rightKnown()) + "，相差 " + Findings.num(b.difference())
                + (needed == null ? "" : "；若其余各项无误，" + b.right().get(0).rowLabel() + "应为 " + Findings.num(needed));
    }

    public static String t3BalanceEn(Balance b) {
        BigDecimal needed = b.neededFirstRight();
        return "Column " + b.left().get(0).columnLabel() + ": " + Balance.side(b.left(), Cell::rowLabel) + " = "
                + Findings.num(b.leftKnown()) + ", but " + Balance.side(b.right(), Cell::rowLabel) + " = "
                + Findings.num(b.rightKnown()) + ", a difference of " + Findings.num(b.difference())
                + (needed == null ? "" : "; if the other cells are right, " + b.right().get(0).rowLabel() + " should be "
                        + Findings.num(needed));
    }

    /** T2-C1: "规章：本年制发件数 5 大于 现行有效件数 2 + 本年废止件数 1 = 3，超出 2". */
    public static String t2StockZh(Balance b) {
        return b.left().get(0).rowLabel() + "：" + Balance.side(b.left(), Cell::columnLabel) + " 大于 "
                + Balance.side(b.right(), Cell::columnLabel) + " = " + Findings.num(b.rightKnown()) + "，超出 "
                + Findings.num(b.difference()) + "；若本年数字无误，" + b.right().get(0).columnLabel() + "至少应为 "
                + Findings.num(b.neededFirstRight());
    }

    public static String t2StockEn(Balance b) {
        return b.left().get(0).rowLabel() + ": " + Balance.side(b.left(), Cell::columnLabel) + " exceeds "
                + Balance.side(b.right(), Cell::columnLabel) + " = " + Findings.num(b.rightKnown()) + " by "
                + Findings.num(b.difference()) + "; if this year's figure is right, " + b.right().get(0).columnLabel()
                + " should be at least " + Findings.num(b.neededFirstRight());
    }
}
