package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void stripAndTheWhitespaceTestAgreeWithStringForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : new String[] {String.valueOf(c), c + "1" + c, c + "\u3000件", "一" + c, "\ud83d\ude00" + c}) {
                assertThat(CellValues.strip(s)).as("U+%04X", (int) c).isEqualTo(s.strip());
                assertThat(CellValues.isWhitespaceOnly(s)).as("U+%04X", (int) c).isEqualTo(s.isBlank());
            }
        }
    }
}
