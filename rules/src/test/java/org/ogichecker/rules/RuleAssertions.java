package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;

/** Assertions on the findings of one rule, for rule tests. */
public final class RuleAssertions {

    private RuleAssertions() {
    }

    /** The findings of the rule with this id. */
    public static List<Finding> findings(CheckResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Asserts exactly one finding of the rule, with this requirement and severity, and returns it. */
    public static Finding one(CheckResult r, String rule, String requirement, Severity severity) {
        List<Finding> fs = findings(r, rule);
        assertThat(fs).as("findings of %s in %s", rule, r.findings()).hasSize(1);
        Finding f = fs.get(0);
        assertThat(f.requirement()).as("requirement of %s", rule).isEqualTo(requirement);
        assertThat(f.severity()).as("severity of %s", rule).isEqualTo(severity);
        return f;
    }

    /** Asserts that the rule did not fire. */
    public static void none(CheckResult r, String rule) {
        assertThat(findings(r, rule)).as("findings of %s", rule).isEmpty();
    }
}
