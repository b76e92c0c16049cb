package org.ogichecker.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Regime;

/** The statutory publication deadlines: 2007 条例 Art. 31 and 2019 条例 Art. 49. */
public final class Deadlines {

    /**
     * A report published after its deadline.
     *
     * @param published the publication date
     * @param deadline  the last day on time
     * @param days      days after the deadline (≥ 1)
     */
    public record Late(LocalDate published, LocalDate deadline, long days) {
    }

    private Deadlines() {
    }

    /** 31 January of the year after the report year: departments under Art. 49 para 1. */
    public static LocalDate january31(int reportYear) {
        return LocalDate.of(reportYear + 1, 1, 31);
    }

    /** 31 March of the year after the report year: everyone under Art. 31 (2007), governments under Art. 49 para 2. */
    public static LocalDate march31(int reportYear) {
        return LocalDate.of(reportYear + 1, 3, 31);
    }

    /** The deadline that applies; an unknown body type under Art. 49 gets the later (government) date. */
    public static LocalDate applicable(Regime regime, BodyType body, int reportYear) {
        return regime != Regime.R2007 && body == BodyType.DEPARTMENT ? january31(reportYear) : march31(reportYear);
    }

    /** One {@link Late} when published after the deadline (the deadline day itself is on time), else none. */
    public static List<Late> late(LocalDate published, LocalDate deadline) {
        return published.isAfter(deadline)
                ? List.of(new Late(published, deadline, ChronoUnit.DAYS.between(deadline, published)))
                : List.of();
    }
}
