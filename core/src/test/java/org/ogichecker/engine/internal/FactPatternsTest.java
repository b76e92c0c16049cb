package org.ogichecker.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.execute;
import static org.drools.model.DSL.from;
import static org.drools.model.DSL.not;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Declaration;
import org.drools.model.Rule;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.ogichecker.model.Cell;
import org.ogichecker.model.Report;
import org.ogichecker.model.Section;

class FactPatternsTest {

    @Test
    void aModelPatternOverAFromExpressionMatchesNoFact() {
        Declaration<Report> report = declarationOf(Report.class);
        Declaration<Cell> cell = declarationOf(Cell.class, from(report, Report::cells));
        Rule r = rule("through the report").build(pattern(report), pattern(cell), execute(() -> { }));
        assertThat(FactPatterns.of(r)).containsExactly(Report.class);
    }

    @Test
    void aModelPatternOverTheWorkingMemoryMatchesItsClassEvenUnderNot() {
        Declaration<Report> report = declarationOf(Report.class);
        Rule r = rule("cell as a fact").build(pattern(report), not(pattern(declarationOf(Cell.class))),
                execute(() -> { }));
        assertThat(FactPatterns.of(r)).containsExactly(Report.class, Cell.class);
    }

    @Test
    void aCompiledRuleMatchesTheClassesOfItsWorkingMemoryPatternsIncludingThoseInsideAnAccumulate() {
        Map<String, RuleImpl> rules = compile("""
                package t
                import org.ogichecker.model.*
                rule "through the report"
                when
                    $r : Report()
                    Cell() from $r.cells()
                    Number() from accumulate(Cell() from $r.cells(), count())
                then
                end
                rule "as facts"
                when
                    Report()
                    not Section()
                    Number() from accumulate(Cell(), count())
                then
                end
                """);
        assertThat(FactPatterns.of(rules.get("through the report"))).containsExactly(Report.class);
        assertThat(FactPatterns.of(rules.get("as facts"))).containsExactlyInAnyOrder(Report.class, Section.class, Cell.class);
    }

    private static Map<String, RuleImpl> compile(String drl) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)).setSourcePath("t.drl"),
                ResourceType.DRL);
        assertThat(kb.getErrors()).isEmpty();
        return kb.getKnowledgePackages().stream().flatMap(p -> p.getRules().stream())
                .collect(Collectors.toMap(r -> r.getName(), RuleImpl.class::cast));
    }
}
