package org.ogichecker.read.internal;

import java.util.List;
import org.ogichecker.model.Figure;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.model.Section;
import org.ogichecker.model.Statement;

/** Finds the figures, "total, 其中 parts" groups and claims stated in the narrative. */
public final class NarrativeExtractor {

    /** What the narrative states. */
    public record Narrative(List<Figure> figures, List<FigureGroup> groups, List<Statement> statements) {
    }

    private NarrativeExtractor() {
    }

    /**
     * @param paragraphs the paragraph lines of the report (table rows excluded), in order
     * @param sections   the sections found, for assigning each figure and claim to a section
     */
    public static Narrative extract(List<RawLine> paragraphs, List<Section> sections) {
        return new Narrative(List.of(), List.of(), List.of());
    }
}
