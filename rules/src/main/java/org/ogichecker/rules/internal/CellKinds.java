package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ogichecker.layout.ColumnDef;
import org.ogichecker.layout.Layouts;
import org.ogichecker.layout.RowDef;
import org.ogichecker.layout.TableLayout;
import org.ogichecker.layout.ValueKind;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;

/** What a table cell may hold, from the layout of its table (see {@link ValueKind}). */
public final class CellKinds {

    private static final Set<String> MONEY_UNITS = Set.of("万元", "元");

    private CellKinds() {
    }

    /**
     * The kind of value the cell's column takes: from the layout the report's table matched, else
     * from the layouts of that table id when they agree; null when it cannot be told. A row of the
     * old table with a unit other than money (条, 件, 人 …) holds counts although its column is AMOUNT.
     */
    public static ValueKind kind(Report r, Cell c) {
        List<TableLayout> layouts = r.table(c.table())
                .flatMap(t -> Layouts.byId(t.layout()))
                .map(List::of)
                .orElseGet(() -> Layouts.all().stream().filter(l -> l.table().equals(c.table())).toList());
        Set<ValueKind> kinds = layouts.stream()
                .flatMap(l -> l.column(c.columnKey()).stream())
                .map(ColumnDef::kind)
                .collect(Collectors.toSet());
        if (kinds.size() != 1) {
            return null;
        }
        ValueKind k = kinds.iterator().next();
        if (k == ValueKind.AMOUNT && layouts.size() == 1) {
            String unit = layouts.get(0).row(c.rowKey()).map(RowDef::unit).orElse(null);
            if (unit != null && !MONEY_UNITS.contains(unit)) {
                return ValueKind.COUNT;
            }
        }
        return k;
    }

    /** A negative number in a column that takes no negative values (all but SIGNED). */
    public static boolean negativeNotAllowed(Report r, Cell c) {
        if (!c.isNumber() || c.value().signum() >= 0) {
            return false;
        }
        ValueKind k = kind(r, c);
        return k != null && k != ValueKind.SIGNED;
    }

    /** A non-negative fraction in a column of whole numbers (COUNT, SIGNED). */
    public static boolean fractionNotAllowed(Report r, Cell c) {
        if (!c.isNumber() || c.value().signum() < 0 || !hasFraction(c.value())) {
            return false;
        }
        ValueKind k = kind(r, c);
        return k == ValueKind.COUNT || k == ValueKind.SIGNED;
    }

    /** "表三" for T3, "统计表" for the old table: how the reports name them. */
    public static String tableName(String table) {
        return switch (table) {
            case Layouts.T2 -> "表二";
            case Layouts.T3 -> "表三";
            case Layouts.T4 -> "表四";
            case Layouts.OLD -> "统计表";
            default -> table;
        };
    }

    /** True when the number is not whole: 2.5, but not 2.0. */
    public static boolean hasFraction(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 0;
    }
}
