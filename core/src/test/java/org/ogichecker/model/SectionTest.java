package org.ogichecker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SectionTest {

    private static Section withText(String text) {
        return new Section(0, 1, "一", 1, "一、概述", text, 1, 2, -1);
    }

    @Test
    void aSectionOfSpacesAndPunctuationIsEmptyAndOneLetterOrDigitIsContent() {
        assertThat(withText("").isEmpty()).isTrue();
        assertThat(withText(" 　。，\n——").isEmpty()).isTrue();
        assertThat(withText("。无").isEmpty()).isFalse();
        assertThat(withText("（3）").isEmpty()).isFalse();
        assertThat(withText("\uD840\uDC00").isEmpty()).as("a supplementary ideograph is a letter").isFalse();
        assertThat(withText("\uD83D\uDE00").isEmpty()).as("an emoji is not").isTrue();
    }

    @Test
    void emptinessIsWhetherSomeCodePointIsALetterOrDigit() {
        String pieces = " 　。，、\n\t-（）0９a无\uD840\uDC00\uD83D\uDE00\uD840\uDE00";
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(pieces.charAt(random.nextInt(pieces.length()))); // lone surrogates too
            }
            String text = b.toString();
            assertThat(withText(text).isEmpty()).as(text)
                    .isEqualTo(text.codePoints().noneMatch(Character::isLetterOrDigit));
        }
    }
}
