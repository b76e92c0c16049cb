package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String ALTERNATION = "较上|上年|每|政府网|门户网站";

    @Test
    void aTextHoldsAWordWhereverItStandsAsTheRegexAlternationFindsIt() {
        Words words = new Words(ALTERNATION);
        Pattern regex = Pattern.compile(ALTERNATION);
        for (String text : new String[] {"", "每", "较上年增加", "在门户网站发布", "门户网", "政府", "发布信息5条", "上 年"}) {
            assertThat(words.in(text)).as(text).isEqualTo(regex.matcher(text).find());
        }
    }

    @Test
    void aRangeOfATextHoldsAWordOnlyWhenTheWholeWordStandsInIt() {
        Words words = new Words(ALTERNATION);
        String text = "在门户网站发布";
        assertThat(words.in(text, 1, 5)).isTrue();
        assertThat(words.in(text, 1, 4)).isFalse();
        assertThat(words.in(text, 2, 7)).isFalse();
    }

    @Test
    void aWordWithRegexSyntaxIsRefused() {
        assertThatThrownBy(() -> new Words("各\\s*$")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Words("a||b")).isInstanceOf(IllegalArgumentException.class);
    }
}
