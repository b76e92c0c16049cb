package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static final Paragraphs PARAGRAPHS = new Paragraphs(List.of(
            new TextLine(1, "电话:123"), new TextLine(4, "无"), new TextLine(5, "传"), new TextLine(6, "真的电话"),
            new TextLine(9, "地址在此")));

    @Test
    void theLinesHoldingAnyOfTheWordsAreFoundFromTheFirstLineToTheLast() {
        assertThat(PARAGRAPHS.holding(List.of("电话", "地址")).stream().toArray()).containsExactly(0, 3, 4);
    }

    @Test
    void aWordIsNotFoundAcrossTwoLines() {
        assertThat(PARAGRAPHS.holding(List.of("传真")).isEmpty()).isTrue();
    }

    @Test
    void aLineHoldingAWordTwiceIsFoundOnce() {
        assertThat(new Paragraphs(List.of(new TextLine(1, "@@a@"))).holding(List.of("@")).cardinality()).isEqualTo(1);
    }
}
