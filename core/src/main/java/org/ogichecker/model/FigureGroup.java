package org.ogichecker.model;

import java.util.List;

/**
 * A stated total and the parts listed after it: "共…N条，其中A条、B条…".
 *
 * @param total     the total figure
 * @param parts     the figures listed after 其中 with the same unit
 * @param evidence  the sentence (normalised)
 * @param line      source line
 */
public record FigureGroup(Figure total, List<Figure> parts, String evidence, int line) {
    public FigureGroup {
        parts = List.copyOf(parts);
    }
}
