package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
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

    @Test
    void wordsEndingInTheSameCharacterAreFoundLikeAContainsTestOnEachLine() {
        List<TextLine> lines = List.of(new TextLine(1, "成文日期:x"), new TextLine(2, "日期"), new TextLine(3, "时间与期限"),
                new TextLine(4, "期"), new TextLine(5, "x发布日期"));
        Paragraphs p = new Paragraphs(lines);
        for (List<String> words : List.of(List.of("发布日期", "成文日期", "时间"), List.of("期", "日期"), List.of("日期", "期"),
                List.of("x成文日期"), List.of("期限", "时间"))) {
            BitSet expected = new BitSet();
            for (int i = 0; i < lines.size(); i++) {
                for (String w : words) {
                    if (lines.get(i).text().contains(w)) {
                        expected.set(i);
                    }
                }
            }
            assertThat(p.holding(words)).as(words.toString()).isEqualTo(expected);
        }
    }
}
