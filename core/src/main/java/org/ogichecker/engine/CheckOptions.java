package org.ogichecker.engine;

import java.time.LocalDate;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Regime;

/**
 * What the caller knows better than the report: each field overrides what the reader found, null
 * means "use the report".
 *
 * @param regime    force a regime instead of selecting it from the report year
 * @param bodyType  force government or department
 * @param published the publication date (e.g. from the web page's metadata)
 */
public record CheckOptions(Regime regime, BodyType bodyType, LocalDate published) {
    public static final CheckOptions DEFAULTS = new CheckOptions(null, null, null);

    public CheckOptions withRegime(Regime r) {
        return new CheckOptions(r, bodyType, published);
    }

    public CheckOptions withBodyType(BodyType b) {
        return new CheckOptions(regime, b, published);
    }

    public CheckOptions withPublished(LocalDate d) {
        return new CheckOptions(regime, bodyType, d);
    }
}
