package org.ogichecker.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingTest {

    /** The order as specified: severity, line, rule, then table, row, column, section, message, evidence, absent first. */
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Finding> SPECIFIED = Comparator
            .comparing(Finding::severity)
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.location().table(), NULLS_FIRST)
            .thenComparing(f -> f.location().row(), NULLS_FIRST)
            .thenComparing(f -> f.location().column(), NULLS_FIRST)
            .thenComparing(f -> f.location().section(), NULLS_FIRST)
            .thenComparing(Finding::message, NULLS_FIRST)
            .thenComparing(Finding::evidence, NULLS_FIRST);

    @Test
    void findingsCompareBySeverityLineRuleLocationMessageAndEvidenceWithAbsentPartsFirst() {
        Random random = new Random(7);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            findings.add(new Finding(pick(random, "A", "B"), "REQ", Severity.values()[random.nextInt(3)], "basis",
                    "title", pick(random, null, "m1", "m2"), "en",
                    new Location(pick(random, null, "s1", "s2"), pick(random, null, "t1", "t2"),
                            pick(random, null, "r1", "r2"), pick(random, null, "c1", "c2"), random.nextInt(3)),
                    pick(random, null, "e1", "e2"), null, null));
        }
        for (Finding a : findings) {
            for (Finding b : findings) {
                assertEquals(Integer.signum(SPECIFIED.compare(a, b)), Integer.signum(a.compareTo(b)),
                        () -> a + " against " + b);
            }
        }
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
