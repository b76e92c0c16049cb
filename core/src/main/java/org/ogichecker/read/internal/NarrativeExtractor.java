package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import org.ogichecker.model.Figure;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.model.Section;
import org.ogichecker.model.Statement;

/**
 * Finds the figures, "total, 其中 parts" groups and claims stated in the narrative.
 *
 * <p>Lines are normalised ({@link org.ogichecker.text.Texts#normalize}) and a sentence wrapped over
 * adjacent lines is read as one ({@link TextBlock}); every figure and claim keeps the line its number or
 * its first word is on. All evidence and context is normalised text. One linear pass per block finds
 * the figures ({@link FigureScanner}); groups ({@link FigureGroupFinder}) and claims
 * ({@link ClaimFinder}) look only a bounded distance around them, so a long line costs linear time.
 */
public final class NarrativeExtractor {

    /** What the narrative states. */
    public record Narrative(List<Figure> figures, List<FigureGroup> groups, List<Statement> statements) {
    }

    private NarrativeExtractor() {
    }

    /**
     * @param paragraphs the paragraph lines of the report (table rows excluded), normalised, in order
     * @param sections   the sections found, for assigning each figure and claim to a section
     */
    static Narrative extract(List<TextLine> paragraphs, List<Section> sections) {
        SectionIndex index = new SectionIndex(sections);
        List<Figure> figures = new ArrayList<>();
        List<FigureGroup> groups = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (TextBlock block : TextBlock.of(paragraphs, index.headingLines())) {
            String s = block.text();
            List<FigureHit> hits = block.holdsDigit() ? FigureScanner.scan(s) : List.of();
            int first = figures.size();
            for (FigureHit h : hits) {
                int line = block.lineAt(h.numStart());
                figures.add(new Figure(h.value(), h.unit(), h.before(s), h.after(s), index.sectionOf(line), line));
            }
            FigureGroupFinder.find(block, hits, k -> figures.get(first + k), groups);
            ClaimFinder.find(block, hits, index, statements);
        }
        return new Narrative(List.copyOf(figures), List.copyOf(groups), List.copyOf(statements));
    }
}
