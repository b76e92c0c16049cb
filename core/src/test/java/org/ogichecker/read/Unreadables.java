package org.ogichecker.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.ogichecker.model.Report;

/** The reason a reader gave for refusing an input, after checking that it did refuse it. */
final class Unreadables {

    private Unreadables() {
    }

    static String reason(Report r) {
        assertThat(r.isUnreadable()).as("unreadable").isTrue();
        return r.problems().get(0).message();
    }

    static String reasonZh(Report r) {
        assertThat(r.isUnreadable()).as("unreadable").isTrue();
        return r.problems().get(0).messageZh();
    }
}
