package org.ogichecker.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;
import org.ogichecker.text.Texts;

class ContactDetailsTest {

    /** The former expressions: every detail was cleaned and split with the first two. */
    private static final Pattern DASHES = Pattern.compile("\\s*[\\-‐‑‒–—―−]+\\s*");
    private static final Pattern LIST = Pattern.compile("\\s*[、,，;；/或]\\s*");
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");

    private static final List<String> PIECES = List.of("0", "1", "5", "9", "0951", "5035245", "138", "0013", "8000",
            "400", "12345", "-", "‐", "‑", "‒", "–", "—", "―", "−", "－", " ", "  ", "\t", "\u3000", "、", ",", "，", ";",
            "；", "/", "或", "(", ")", "（", "）", "+86", "转", "分机", "ext.", "x", "a", "电话", "\n", "\u00a0");

    @Test
    void aDetailIsSplitIntoTheNumbersTheFormerExpressionsGave() {
        for (String s : List.of("0951-5035245", "0951 - 5035245", "0951--5035245", "0951—5035245、5035246",
                "5035245", "13800138000", "(0951)5035245", "12345", "", " ", "-", "0951-5035245;", "、0951-5035245")) {
            assertSameNumbers(s);
        }
        RandomTexts texts = new RandomTexts(7, PIECES);
        for (int n = 0; n < 100_000; n++) {
            assertSameNumbers(texts.next(1, 8));
        }
    }

    @Test
    void aPostcodeIsSixDigitsAsTheFormerExpressionHadIt() {
        RandomTexts texts = RandomTexts.ofChars(11, "0123456789０９ 　a一");
        for (int n = 0; n < 100_000; n++) {
            String s = texts.next(0, 8);
            assertThat(ContactDetails.isPostcode(s)).as(s).isEqualTo(POSTCODE.matcher(Texts.compact(s)).matches());
        }
    }

    private static void assertSameNumbers(String detail) {
        List<String> former = new ArrayList<>();
        for (String n : LIST.split(DASHES.matcher(Texts.normalize(detail).trim()).replaceAll("-"))) {
            if (!n.isEmpty()) {
                former.add(n);
            }
        }
        assertThat(ContactDetails.numbers(detail)).as(detail).containsExactlyElementsOf(former);
    }
}
