package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Catalogue;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.RulePack;

/** The loaded rules agree with the requirement catalogue, and a pack that does not is refused. */
class RuleCatalogueTest {

    private static final List<RuleInfo> RULES = ComplianceChecker.create().rules();

    /** A header: from the rule name to its {@code when}, where the metadata is. */
    private static final Pattern RULE_HEADER = Pattern.compile("(?s)(?m)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*when\\b");

    record TestPack(String name, List<String> drlResources) implements RulePack {
    }

    @Test
    void theStandardPackIsFoundOnTheClassPath() {
        assertThat(ServiceLoader.load(RulePack.class)).hasAtLeastOneElementOfType(StandardRulePack.class);
        assertThat(RULES).extracting(RuleInfo::pack).isSubsetOf("core", "standard");
        assertThat(RULES).extracting(RuleInfo::id).contains("INPUT-UNREADABLE");
    }

    @Test
    void everyLoadedRuleHasItsMetadata() {
        assertThat(RULES).allSatisfy(r -> {
            assertThat(r.id()).as("id").isNotBlank();
            assertThat(r.requirement()).as("requirement of %s", r.id()).isNotBlank();
            assertThat(r.severity()).as("severity of %s", r.id()).isNotNull();
            assertThat(r.basis()).as("basis of %s", r.id()).isNotBlank();
            assertThat(r.title()).as("title of %s", r.id()).isNotBlank();
            assertThat(r.explanation()).as("explanation of %s", r.id()).isNotBlank();
            assertThat(r.regimes()).as("regimes of %s", r.id()).isNotEmpty();
        });
    }

    @Test
    void everyStandardRuleStatesItsRegimesAndExplanationExplicitly() throws IOException {
        // the checker refuses a rule without @regimes; @explanation is optional for user packs, required here
        for (String resource : new StandardRulePack().drlResources()) {
            Matcher m = RULE_HEADER.matcher(drl(resource));
            while (m.find()) {
                assertThat(m.group(2)).as("rule %s in %s", m.group(1), resource)
                        .contains("@regimes(", "@explanation(");
            }
        }
    }

    private static String drl(String resource) throws IOException {
        try (InputStream in = StandardRulePack.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ruleIdsAreUnique() {
        Map<String, Long> counts = RULES.stream().collect(Collectors.groupingBy(RuleInfo::id, Collectors.counting()));

        assertThat(counts).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
    }

    @Test
    void everyRuleNamesARequirementOfTheCatalogue() {
        assertThat(RULES).allSatisfy(r ->
                assertThat(Catalogue.contains(r.requirement())).as("%s names %s", r.id(), r.requirement()).isTrue());
    }

    @Test
    void aRuleAppliesOnlyToRegimesWhereItsRequirementApplies() {
        assertThat(RULES).allSatisfy(r -> assertThat(Catalogue.requirements().get(r.requirement()).regimes())
                .as("regimes of %s (requirement %s)", r.id(), r.requirement())
                .containsAll(r.regimes()));
    }

    @Test
    void aRuleWithoutABasisIsRefusedNamingTheRuleAndTheKey() {
        assertThatThrownBy(() -> checkerWith("missing-basis.drl"))
                .hasMessageContaining("BAD-NO-BASIS").hasMessageContaining("@basis");
    }

    @Test
    void aRuleNamingARequirementOutsideTheCatalogueIsRefused() {
        assertThatThrownBy(() -> checkerWith("unknown-requirement.drl"))
                .hasMessageContaining("NO-SUCH-REQUIREMENT").hasMessageContaining("not in the catalogue");
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> checkerWith("duplicate-id.drl"))
                .hasMessageContaining("BAD-TWICE").hasMessageContaining("used twice");
    }

    @Test
    void aRuleThatMatchesCellsAsFactsIsRefusedBecauseItWouldNeverFire() {
        assertThatThrownBy(() -> checkerWith("cell-as-fact.drl"))
                .hasMessageContaining("BAD-CELL-FACT").hasMessageContaining("matches Cell as a fact")
                .hasMessageContaining("from $r.cells()");
    }

    private static ComplianceChecker checkerWith(String badDrl) {
        return ComplianceChecker.withPacks(List.of(new TestPack("bad", List.of("org/ogichecker/rules/bad/" + badDrl))));
    }
}
