package org.ogichecker.engine;

import java.util.Objects;

/**
 * A finding that was accepted (by a {@link Baseline}) and is therefore not counted, but still shown.
 *
 * @param finding the finding as the checker reported it
 * @param reason  why it was accepted, as written in the baseline
 */
public record Suppressed(Finding finding, String reason) implements Comparable<Suppressed> {

    public Suppressed {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int compareTo(Suppressed o) {
        return finding.compareTo(o.finding);
    }
}
