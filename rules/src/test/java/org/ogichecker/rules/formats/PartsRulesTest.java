package org.ogichecker.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.formats.Fixtures.byRule;
import static org.ogichecker.rules.formats.Fixtures.check;
import static org.ogichecker.rules.formats.Fixtures.reported;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Severity;

class PartsRulesTest {

    @Test
    void aCompleteReportHasNoPartFindings() {
        CheckResult r = check(Fixtures.f2021(2023).build());

        for (String req : List.of("FMT-OVERVIEW", "R2019-50-1", "R2019-50-2", "R2019-50-3", "R2019-50-4",
                "R2019-50-5", "FMT-ORDER", "FMT-OVERVIEW-AREAS", "R2019-50-4b")) {
            assertThat(r.findings()).as(req).noneMatch(f -> f.requirement().equals(req));
        }
    }
}
