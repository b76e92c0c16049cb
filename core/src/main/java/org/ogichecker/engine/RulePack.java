package org.ogichecker.engine;

import java.util.List;

/**
 * A set of DRL rules found on the class path through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/org.ogichecker.engine.RulePack}. This works inside a
 * shaded jar (merge service files) and needs no kmodule.xml.
 *
 * <p>The facts a pack's rules can match: the {@code Report}, its {@code ReportMetadata} (regime set),
 * {@code StatisticsPeriod} and {@code Contact} when present, each {@code TableInfo}, {@code FigureGroup},
 * {@code Statement} and {@code ReadProblem}, and with a previous-year report its {@code PriorReport} and
 * {@code PriorCell}s. Cells, sections and figures are not facts (one fact per cell cost half of Drools' time):
 * reach them through the report, e.g. {@code $c : Cell(state == CellState.BLANK) from $r.cells()}. A rule that
 * matches another class of the model as a fact would never fire: the checker refuses to start with it.
 */
public interface RulePack {

    /** A short name, shown in rule listings. */
    String name();

    /**
     * Class-path resource names of the pack's DRL files (e.g. "org/ogichecker/rules/common.drl"),
     * loaded with the pack class's own class loader.
     */
    List<String> drlResources();
}
