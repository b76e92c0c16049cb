package org.ogichecker.engine;

/** How serious a finding is (catalogue.md: ERROR breaks the 条例 or the format, WARNING very likely a defect, INFO a signal). */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is at or above {@code other} (ERROR is the highest). */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
