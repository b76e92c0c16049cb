package org.ogichecker.output;

import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Severity;

/** Running counts for the summary of a batch. */
final class Tally {
    int reports;
    int unreadable;
    long errors;
    long warnings;
    long infos;

    void add(CheckResult r) {
        reports++;
        if (r.status() == CheckResult.Status.UNREADABLE) {
            unreadable++;
        }
        errors += r.count(Severity.ERROR);
        warnings += r.count(Severity.WARNING);
        infos += r.count(Severity.INFO);
    }

    int checked() {
        return reports - unreadable;
    }
}
