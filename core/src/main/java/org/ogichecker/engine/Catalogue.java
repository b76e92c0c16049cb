package org.ogichecker.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ogichecker.model.Regime;

/** The project's copy of the requirement catalogue: every finding names one of these IDs. */
public final class Catalogue {

    /**
     * One requirement.
     *
     * @param id       the requirement id
     * @param severity its default severity
     * @param regimes  the regimes it applies to
     * @param summary  what it requires, in a line
     */
    public record Requirement(String id, Severity severity, Set<Regime> regimes, String summary) {
    }

    private static final Map<String, Requirement> REQUIREMENTS = load();

    private Catalogue() {
    }

    public static Map<String, Requirement> requirements() {
        return REQUIREMENTS;
    }

    public static boolean contains(String id) {
        return REQUIREMENTS.containsKey(id);
    }

    /** Parses a regime list: "ALL" or a comma list of regime names. */
    public static Set<Regime> regimes(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("ALL")) {
            return EnumSet.allOf(Regime.class);
        }
        Set<Regime> s = EnumSet.noneOf(Regime.class);
        for (String p : spec.split(",")) {
            s.add(Regime.valueOf(p.trim()));
        }
        return s;
    }

    private static Map<String, Requirement> load() {
        Map<String, Requirement> m = new LinkedHashMap<>();
        try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.tsv")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], new Requirement(f[0], Severity.valueOf(f[1]), regimes(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
