package org.ogichecker.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.ogichecker.engine.Findings;
import org.ogichecker.model.Figure;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.model.Report;
import org.ogichecker.model.Section;
import org.ogichecker.text.Texts;

/** Conditions on the narrative: sections and "total, 其中 parts" groups. */
public final class Narrative {

    /** "六、其他需要报告的事项：无。" — the heading line itself goes on after a colon or a full stop. */
    private static final Pattern CONTENT_AFTER_HEADING = Pattern.compile("[:。.]\\s*[\\p{L}\\p{N}]");

    private Narrative() {
    }

    /** The section with this index, or null (−1: before the first heading). */
    public static Section section(Report r, int index) {
        return index >= 0 && index < r.sections().size() ? r.sections().get(index) : null;
    }

    /** True when some section has no content under its heading: the guard of SECTION-EMPTY. */
    public static boolean someSectionEmpty(Report r) {
        for (Section s : r.sections()) {
            if (s.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The sections with no content under their heading, in order. */
    public static List<Section> emptySections(Report r) {
        List<Section> out = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** True when the heading line carries the content itself, so the section is not empty. */
    public static boolean headingCarriesContent(Section s) {
        return CONTENT_AFTER_HEADING.matcher(Texts.normalize(s.heading())).find();
    }

    public static BigDecimal partsSum(FigureGroup g) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure f : g.parts()) {
            sum = sum.add(f.value());
        }
        return sum;
    }

    /** Sign of (sum of the parts − total): 1 when the parts exceed it, −1 when they fall short. */
    public static int partsVersusTotal(FigureGroup g) {
        return partsSum(g).compareTo(g.total().value());
    }

    /** "5 + 17 + 26". */
    public static String partsText(FigureGroup g) {
        StringJoiner out = new StringJoiner(" + ");
        for (Figure f : g.parts()) {
            out.add(Findings.num(f.value()));
        }
        return out.toString();
    }
}
