package org.ogichecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.Catalogue;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.RuleInfo;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Regime;

/**
 * Generates rules/RULES.md from the loaded rules' metadata and fails when the committed file
 * differs, so the document can never drift from the rules.
 */
class RulesDocTest {

    private static final Path DOC = Path.of("RULES.md");
    private static final String REGENERATE = "mvn -q -B test -pl rules -am -Dtest=RulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Drules.doc.update=true";

    @Test
    void theCommittedRulesDocumentMatchesTheLoadedRules() throws IOException {
        String expected = render(ComplianceChecker.create().rules());
        if (Boolean.getBoolean("rules.doc.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";

        assertThat(committed).as("rules/RULES.md is out of date; regenerate it from the project root with:%n  %s",
                REGENERATE).isEqualTo(expected);
    }

    @Test
    void rulesAreTabledByPackCoreFirstThenByRegimesInRegimeOrder() {
        String doc = render(List.of(
                info("B", "standard", Set.of(Regime.F2021)),
                info("A", "standard", Set.of(Regime.F2019, Regime.F2021)),
                info("C", "standard", Set.of(Regime.R2007)),
                info("D", "standard", Set.of(Regime.values())),
                info("E", "core", Set.of(Regime.values()))));

        assertThat(doc).containsSubsequence("## Pack `core`: ALL", "`E`", "## Pack `standard`: ALL", "`D`",
                "## Pack `standard`: R2007", "`C`", "## Pack `standard`: F2019, F2021", "`A`",
                "## Pack `standard`: F2021", "`B`");
        assertThat(doc).contains("| `A` | `PERIOD-STATED` | WARNING | F2019, F2021 | basis \\| with a bar | Title A |");
    }

    private static RuleInfo info(String id, String pack, Set<Regime> regimes) {
        return new RuleInfo(id, "PERIOD-STATED", Severity.WARNING, "basis | with a bar", "Title " + id,
                "Two\nlines.", regimes, pack, id);
    }

    static String render(List<RuleInfo> rules) {
        StringBuilder b = new StringBuilder();
        b.append("# Rules\n\n")
                .append("Generated from the rule metadata by `rules/src/test/java/org/ogichecker/rules/RulesDocTest.java`;")
                .append(" do not edit by hand. Regenerate from the project root with\n")
                .append("`").append(REGENERATE).append("`.\n\n");
        Set<String> covered = rules.stream().map(RuleInfo::requirement).collect(Collectors.toSet());
        b.append("Rules loaded: ").append(rules.size()).append(". Catalogue requirements with a rule: ")
                .append(covered.size()).append(" of ").append(Catalogue.requirements().size()).append(".\n");
        Map<String, Map<String, List<RuleInfo>>> groups = new TreeMap<>(Comparator
                .comparing((String pack) -> !pack.equals("core")).thenComparing(Comparator.naturalOrder()));
        for (RuleInfo r : rules) {
            groups.computeIfAbsent(r.pack(), p -> new TreeMap<>(Comparator.comparing(RulesDocTest::regimeOrder)))
                    .computeIfAbsent(regimes(r.regimes()), k -> new ArrayList<>()).add(r);
        }
        groups.forEach((pack, byRegimes) -> byRegimes.forEach((regimes, list) -> {
            b.append("\n## Pack `").append(pack).append("`: ").append(regimes).append("\n\n");
            b.append("| id | requirement | severity | regimes | basis | title | explanation |\n");
            b.append("|---|---|---|---|---|---|---|\n");
            for (RuleInfo r : list) {
                row(b, "`" + r.id() + "`", "`" + r.requirement() + "`", r.severity().name(), regimes, r.basis(),
                        r.title(), r.explanation());
            }
        }));
        Map<String, Catalogue.Requirement> uncovered = new LinkedHashMap<>(Catalogue.requirements());
        uncovered.keySet().removeAll(covered);
        if (!uncovered.isEmpty()) {
            b.append("\n## Catalogue requirements without a rule\n\n");
            b.append("| requirement | severity | regimes | requirement in a line |\n");
            b.append("|---|---|---|---|\n");
            uncovered.values().forEach(q ->
                    row(b, "`" + q.id() + "`", q.severity().name(), regimes(q.regimes()), q.summary()));
        }
        return b.toString();
    }

    /** "ALL", or the regimes in their natural order. */
    private static String regimes(Set<Regime> regimes) {
        if (regimes.size() == Regime.values().length) {
            return "ALL";
        }
        return regimes.stream().sorted().map(Regime::name).collect(Collectors.joining(", "));
    }

    /** ALL first, then in regime order by the first regime a group applies to, the narrower group first. */
    private static String regimeOrder(String regimes) {
        if (regimes.equals("ALL")) {
            return "";
        }
        return Arrays.stream(regimes.split(", ")).map(n -> String.valueOf(Regime.valueOf(n).ordinal()))
                .collect(Collectors.joining());
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c == null ? "" : c.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ")).append(" |");
        }
        b.append('\n');
    }
}
