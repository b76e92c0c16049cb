package org.ogichecker.engine.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.model.AccumulatePattern;
import org.drools.model.Condition;
import org.drools.model.Declaration;
import org.drools.model.EntryPoint;
import org.drools.model.Rule;
import org.drools.model.patterns.PatternImpl;

/**
 * The classes a rule matches as facts: in patterns over the working memory, not over a {@code from} expression
 * (an accumulate's or collect's own patterns count when they are over the working memory). A pattern over a class
 * of which no fact is inserted never matches, and its rule never fires without a word; the checker compares these
 * classes with the facts it inserts and refuses such a rule at start-up.
 */
public final class FactPatterns {

    private FactPatterns() {
    }

    /** The fact classes of a rule of a pre-built executable model. */
    public static Set<Class<?>> of(Rule rule) {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(rule.getView(), out);
        return out;
    }

    /** The fact classes of a rule compiled from DRL. */
    public static Set<Class<?>> of(RuleImpl rule) {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(rule.getLhs(), out);
        return out;
    }

    private static void collect(Condition c, Set<Class<?>> out) {
        if (c instanceof PatternImpl<?> p && p.getPatternVariable() instanceof Declaration<?> d
                && (d.getSource() == null || d.getSource() instanceof EntryPoint)) {
            out.add(d.getType());
        }
        if (c instanceof AccumulatePattern<?> a && a.getCondition() != null) {
            collect(a.getCondition(), out);
        }
        for (Condition sub : c.getSubConditions()) {
            collect(sub, out);
        }
    }

    private static void collect(RuleConditionElement e, Set<Class<?>> out) {
        if (e instanceof Pattern p && (p.getSource() == null || p.getSource() instanceof EntryPointId)
                && p.getObjectType() instanceof ClassObjectType t) {
            out.add(t.getClassType());
        }
        for (RuleConditionElement nested : e.getNestedElements()) {
            collect(nested, out);
        }
    }
}
