package org.ogichecker.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;

class WordGroupsTest {

    private static final String ALTERNATION = "较上|上年|每|政府网|门户网站";
    private static final List<List<String>> GROUPS = List.of(List.of("主动公开"), List.of("复议", "诉讼"),
            List.of("收费", "减免"), List.of("公开申请", "申请公开"));

    @Test
    void aTextHoldsAWordWhereverItStandsAsTheRegexAlternationFindsIt() {
        WordGroups words = WordGroups.alternation(ALTERNATION);
        Pattern regex = Pattern.compile(ALTERNATION);
        for (String text : new String[] {"", "每", "较上年增加", "在门户网站发布", "门户网", "政府", "发布信息5条", "上 年"}) {
            assertThat(words.in(text)).as(text).isEqualTo(regex.matcher(text).find());
        }
    }

    @Test
    void aRangeOfATextHoldsAWordOnlyWhenTheWholeWordStandsInIt() {
        WordGroups words = WordGroups.alternation(ALTERNATION);
        String text = "在门户网站发布";
        assertThat(words.in(text, 1, 5)).isTrue();
        assertThat(words.in(text, 1, 4)).isFalse();
        assertThat(words.in(text, 2, 7)).isFalse();
    }

    @Test
    void eachGroupIsFoundAsItsOwnAlternationFindsItInShortAndLongTexts() {
        WordGroups words = new WordGroups(GROUPS);
        List<Pattern> regexes = GROUPS.stream().map(g -> Pattern.compile(String.join("|", g))).toList();
        RandomTexts texts = RandomTexts.ofChars(7, "主动公开复议诉讼收费减免申请的 。");
        for (int n = 0; n < 20_000; n++) {
            String s = texts.next(0, n % 2 == 0 ? 11 : 399); // both sides of the long-text search
            int expected = 0;
            for (int g = 0; g < regexes.size(); g++) {
                expected |= regexes.get(g).matcher(s).find() ? 1 << g : 0;
            }
            assertThat(words.found(s)).as(s).isEqualTo(expected);
            assertThat(words.in(s)).as(s).isEqualTo(expected != 0);
        }
    }

    @Test
    void aWordWithRegexSyntaxIsRefused() {
        assertThatThrownBy(() -> WordGroups.alternation("各\\s*$")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordGroups.alternation("a||b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreGroupsThanBitsOfTheAnswerAreRefused() {
        List<List<String>> groups = IntStream.range(0, 33).mapToObj(i -> List.of("词" + i)).toList();
        assertThatThrownBy(() -> new WordGroups(groups)).isInstanceOf(IllegalArgumentException.class);
    }
}
