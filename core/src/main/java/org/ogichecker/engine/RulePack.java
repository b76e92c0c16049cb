package org.ogichecker.engine;

import java.util.List;

/**
 * A set of DRL rules found on the class path through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/org.ogichecker.engine.RulePack}. This works inside a
 * shaded jar (merge service files) and needs no kmodule.xml.
 */
public interface RulePack {

    /** A short name, shown in rule listings. */
    String name();

    /**
     * Class-path resource names of the pack's DRL files (e.g. "org/ogichecker/rules/common.drl"),
     * loaded with the pack class's own class loader.
     */
    List<String> drlResources();
}
