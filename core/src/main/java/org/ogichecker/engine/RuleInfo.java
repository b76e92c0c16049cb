package org.ogichecker.engine;

import java.util.Set;
import org.ogichecker.model.Regime;

/**
 * A loaded rule and its metadata (the DRL {@code @key("value")} annotations).
 *
 * @param id          stable rule id (@id)
 * @param requirement catalogue requirement id (@requirement)
 * @param severity    default severity (@severity)
 * @param basis       legal or format reference in words (@basis)
 * @param title       short title (@title)
 * @param explanation what the rule checks, in a sentence or two (@explanation; may be empty)
 * @param regimes     the regimes it applies to (@regimes, required: a comma list of R2007, F2019, F2021, or ALL)
 * @param pack        the rule pack it came from
 * @param drlName     the DRL rule name
 */
public record RuleInfo(
        String id,
        String requirement,
        Severity severity,
        String basis,
        String title,
        String explanation,
        Set<Regime> regimes,
        String pack,
        String drlName) {

    public RuleInfo {
        regimes = Set.copyOf(regimes);
    }

    public boolean appliesTo(Regime regime) {
        return regimes.contains(regime);
    }
}
