package org.ogichecker.rules;

import java.util.List;
import org.ogichecker.engine.RulePack;

/** The standard rules: checks for every report, the R2007 pack and the F2019/F2021 pack. */
public final class StandardRulePack implements RulePack {

    @Override
    public String name() {
        return "standard";
    }

    @Override
    public List<String> drlResources() {
        return List.of(
                "org/ogichecker/rules/common.drl",
                "org/ogichecker/rules/r2007.drl",
                "org/ogichecker/rules/formats.drl");
    }
}
