package org.ogichecker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one session. Every rule file declares it as the global
 * {@code findings}; rule consequences never touch it directly but go through {@link Findings}.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    /** The checker's rules by DRL name: their metadata, read and checked once at start-up. */
    private final Map<String, RuleInfo> rules;

    FindingSink(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    RuleInfo rule(String drlName) {
        return rules.get(drlName);
    }

    void add(Finding f) {
        findings.add(f);
    }

    List<Finding> drain() {
        return findings;
    }
}
