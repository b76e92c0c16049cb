package org.ogichecker.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;

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
        // lone surrogates too
        RandomTexts texts = RandomTexts.ofChars(3, " 　。，、\n\t-（）0９a无\uD840\uDC00\uD83D\uDE00\uD840\uDE00");
        for (int n = 0; n < 20_000; n++) {
            String text = texts.next(0, 7);
            assertThat(withText(text).isEmpty()).as(text)
                    .isEqualTo(text.codePoints().noneMatch(Character::isLetterOrDigit));
        }
    }

    @Test
    void aSectionHasAnImageWhenALineOfItsTextIsTheImageLine() {
        assertThat(withText(Section.IMAGE).hasImage()).isTrue();
        assertThat(withText("见下图。\n" + Section.IMAGE + "\n以上。").hasImage()).isTrue();
        assertThat(withText("见" + Section.IMAGE + "。").hasImage()).as("within a sentence").isFalse();
        assertThat(withText("[图片说明]\n" + Section.IMAGE + "x").hasImage()).isFalse();
    }
}
