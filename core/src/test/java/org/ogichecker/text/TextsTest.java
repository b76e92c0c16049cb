package org.ogichecker.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;

class TextsTest {

    @Test
    void traditionalCharactersReadAsTheirSimplifiedForms() {
        assertThat(Texts.normalize("主動公開政府信息的情況")).isEqualTo("主动公开政府信息的情况");
        assertThat(Texts.normalize("因政府信息公開申請行政複議、提起行政訴訟的情況"))
                .isEqualTo("因政府信息公开申请行政复议、提起行政诉讼的情况");
    }

    @Test
    void fullWidthFormsAndOddSpacesFoldToPlainOnes() {
        assertThat(Texts.normalize("（一）统计期限：２０１８年")).isEqualTo("(一)统计期限:2018年");
        assertThat(Texts.normalize("a\u3000b\u00a0c")).isEqualTo("a b c");
        assertThat(Texts.compact(" 年 度\t报 告 ")).isEqualTo("年度报告");
    }

    @Test
    void simplifiedTextIsReturnedUnchanged() {
        String s = "一、总体情况";
        assertThat(Texts.normalize(s)).isEqualTo("一、总体情况");
        assertThat(Texts.normalize(null)).isEmpty();
    }

    @Test
    void commonCharactersNormaliseAloneExactlyAsTheFullPathDoes() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        int common = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char r = Texts.common(c);
            if (r == 0 && c != 0) {
                assertThat(Texts.normalizeCommon("a" + c)).isNull();
                continue;
            }
            common++;
            String one = String.valueOf(c);
            assertThat(Texts.normalizeCommon(one)).as("U+%04X", (int) c).isEqualTo(Texts.normalizeFully(one));
            // nothing before a common character interacts with it, so a run of them is normalised char by char
            assertThat(nfkc.hasBoundaryBefore(c)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(common).isGreaterThan(20_000);
        String mixed = "（一）統計期限：２０１８年\u30001月1日至12月31日，共“5”件。";
        assertThat(Texts.normalizeCommon(mixed)).isEqualTo(Texts.normalizeFully(mixed));
        assertThat(Texts.normalizeCommon("e\u0301")).isNull();
    }

    @Test
    void normalisingAndStrippingInOneGoGivesWhatTheTwoStepsGive() {
        for (String s : List.of("", " ", "\u3000\u3000一、总体情况", "（一）\u3000", "\u00a0a\u00a0", "\t\u2003x\u2003",
                "\u3000e\u0301\u3000", "\u3000\ud800", "\u0000 a")) {
            assertThat(Texts.normalizeAndStrip(s)).as(s).isEqualTo(Texts.normalize(s).strip());
        }
        // spaces of every kind at both ends, common and other characters between
        RandomTexts texts = RandomTexts.ofChars(13, " \t\n\u000b\u001c\u00a0\u1680\u2000\u2007\u200b\u2028\u3000"
                + "\uff01\uff10\u0000a一統，“”e\u0301\ud800\udc00\ufb01");
        for (int n = 0; n < 200_000; n++) {
            String s = texts.next(0, 8);
            assertThat(Texts.normalizeAndStrip(s)).as(s).isEqualTo(Texts.normalize(s).strip());
        }
    }

    @Test
    void theQuickSpaceTestAgreesWithTheUnicodeOneOnEveryCharacter() {
        List<String> disagreeing = new ArrayList<>();
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (Texts.isSpace(c) != (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                disagreeing.add(String.format("U+%04X", i));
            }
        }
        assertThat(disagreeing).isEmpty();
    }

    @Test
    void normalisingTwiceChangesNothing() {
        List<String> unstable = new ArrayList<>();
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            if (Character.isSurrogate((char) i)) {
                continue;
            }
            String once = Texts.normalize(String.valueOf((char) i));
            if (!Texts.normalize(once).equals(once)) {
                unstable.add(String.format("U+%04X", i));
            }
        }
        assertThat(unstable).isEmpty();
    }

    @Test
    void theSimplifiedMapIsIcusTraditionalSimplifiedTransformClosed() throws IOException {
        String expected = icuPairs();
        String actual = loadedPairs();
        if (!actual.equals(expected)) {
            // after an ICU upgrade: copy this file over src/main/resources/org/ogichecker/text/simplified.txt
            Path fresh = Path.of("target", Texts.RESOURCE);
            Files.writeString(fresh, expected + "\n", StandardCharsets.UTF_8);
            assertThat(actual).as("the map differs from ICU's; regenerated into " + fresh).isEqualTo(expected);
        }
    }

    /**
     * Each ideograph that ICU's transform turns into another single character, followed by the character at the end
     * of the chain of such steps, so that a mapped character maps no further and normalising is idempotent. ICU maps
     * a few characters around a cycle (苎→苧→苎, and 薴→苧): all of them then map to the cycle's lowest code point,
     * which the cycle's other characters map to (苧→苎, 薴→苎).
     */
    private static String icuPairs() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder all = new StringBuilder(Texts.Simplified.SIZE * 2);
        for (int i = 0; i < Texts.Simplified.SIZE; i++) {
            all.append((char) (Texts.Simplified.BASE + i)).append('\n');
        }
        String[] out = t.transliterate(all.toString()).split("\n", -1);
        Map<Character, Character> step = new HashMap<>();
        for (int i = 0; i < Texts.Simplified.SIZE && i < out.length; i++) {
            char c = (char) (Texts.Simplified.BASE + i);
            if (out[i].length() == 1 && out[i].charAt(0) != c) {
                step.put(c, out[i].charAt(0));
            }
        }
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < Texts.Simplified.SIZE; i++) {
            char c = (char) (Texts.Simplified.BASE + i);
            if (step.containsKey(c)) {
                char end = chainEnd(c, step);
                if (end != c) {
                    pairs.append(c).append(end);
                }
            }
        }
        return pairs.toString();
    }

    /** Where the steps from {@code c} end: the last character of the chain, or the lowest code point of its cycle. */
    private static char chainEnd(char c, Map<Character, Character> step) {
        List<Character> seen = new ArrayList<>();
        Character at = c;
        while (at != null && !seen.contains(at)) {
            seen.add(at);
            at = step.get(at);
        }
        if (at == null) {
            return seen.get(seen.size() - 1);
        }
        List<Character> cycle = seen.subList(seen.indexOf(at), seen.size());
        return cycle.stream().min(Character::compare).orElseThrow();
    }

    private static String loadedPairs() {
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < Texts.Simplified.SIZE; i++) {
            if (Texts.Simplified.MAP[i] != 0) {
                pairs.append((char) (Texts.Simplified.BASE + i)).append(Texts.Simplified.MAP[i]);
            }
        }
        return pairs.toString();
    }
}
