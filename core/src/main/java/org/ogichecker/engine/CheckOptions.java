package org.ogichecker.engine;

import java.time.LocalDate;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;

/**
 * What the caller knows better than the report: each field overrides what the reader found, null
 * means "use the report".
 *
 * @param regime    force a regime instead of selecting it from the report year
 * @param bodyType  force government or department
 * @param published the publication date (e.g. from the web page's metadata)
 * @param previous  the same agency's report for the year before, for cross-year checks; its cells
 *                  are given to the rules as {@link org.ogichecker.model.PriorCell} facts. A caller
 *                  that looked for one and found none passes {@code Report.unreadable(where, why)}:
 *                  the cross-year checks then say why they were not made (a report of the wrong
 *                  year says so too)
 */
public record CheckOptions(Regime regime, BodyType bodyType, LocalDate published, Report previous) {
    public static final CheckOptions DEFAULTS = new CheckOptions(null, null, null, null);

    public CheckOptions(Regime regime, BodyType bodyType, LocalDate published) {
        this(regime, bodyType, published, null);
    }

    public CheckOptions withRegime(Regime r) {
        return new CheckOptions(r, bodyType, published, previous);
    }

    public CheckOptions withBodyType(BodyType b) {
        return new CheckOptions(regime, b, published, previous);
    }

    public CheckOptions withPublished(LocalDate d) {
        return new CheckOptions(regime, bodyType, d, previous);
    }

    public CheckOptions withPrevious(Report p) {
        return new CheckOptions(regime, bodyType, published, p);
    }
}
