package org.ogichecker.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one session. Every rule file declares it as the global
 * {@code findings}; rule consequences never touch it directly but go through {@link Findings}.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    void add(Finding f) {
        findings.add(f);
    }

    List<Finding> drain() {
        return findings;
    }
}
