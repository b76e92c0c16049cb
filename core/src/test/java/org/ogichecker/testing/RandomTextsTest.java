package org.ogichecker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomTextsTest {

    @Test
    void textsHaveEveryNumberOfPiecesInTheRangeAndUseEveryPiece() {
        RandomTexts texts = new RandomTexts(1, List.of("甲", "乙乙"));
        Set<Integer> counts = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int n = 0; n < 2_000; n++) {
            String s = texts.next(2, 5);
            // "乙乙" counts as one piece
            counts.add(s.replace("乙乙", "乙").length());
            s.chars().forEach(c -> used.add((char) c));
        }
        assertThat(counts).containsExactlyInAnyOrder(2, 3, 4, 5);
        assertThat(used).containsExactlyInAnyOrder('甲', '乙');
    }

    @Test
    void theSameSeedGivesTheSameTexts() {
        RandomTexts a = RandomTexts.ofChars(9, "abc\uD800");
        RandomTexts b = RandomTexts.ofChars(9, "abc\uD800");
        for (int n = 0; n < 100; n++) {
            assertThat(a.next(0, 9)).isEqualTo(b.next(0, 9));
        }
    }
}
