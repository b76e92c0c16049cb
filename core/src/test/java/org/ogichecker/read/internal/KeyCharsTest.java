package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;
import org.ogichecker.text.internal.Chars;

/** The bit set of key characters answers what a search of the text answers. */
class KeyCharsTest {

    /** The keys, neighbours of some, and every ASCII character: each bit is also some ASCII character's. */
    private static final String PIECES = KeyChars.KEYS + "中请议讼用取件计申\u7534\u8d38\uffff"
            + IntStream.range(0, 128).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    @Test
    void eachKeyIsHeldExactlyWhenTheTextHoldsIt() {
        RandomTexts texts = RandomTexts.ofChars(11, PIECES);
        for (int n = 0; n < 20_000; n++) {
            String s = texts.next(0, 11);
            long keys = KeyChars.of(s);
            for (char c : KeyChars.KEYS.toCharArray()) {
                assertThat(KeyChars.holds(keys, c)).as("%s in '%s'", c, s).isEqualTo(s.indexOf(c) >= 0);
            }
            assertThat(KeyChars.holdsDigit(keys)).as("a digit in '%s'", s).isEqualTo(s.chars().anyMatch(c -> Chars.isDigit((char) c)));
        }
    }

    @Test
    void aCharacterThatIsNoKeyCannotBeAskedFor() {
        assertThatThrownBy(() -> KeyChars.holds(0, '中')).isInstanceOf(IllegalArgumentException.class);
    }
}
