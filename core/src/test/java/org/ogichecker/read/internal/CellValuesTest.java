package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ogichecker.layout.Labels;
import org.ogichecker.model.CellState;
import org.ogichecker.testing.RandomTexts;
import org.ogichecker.text.Texts;

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

    @Test
    void aTextWhoseKeyHasACharacterOfTextParsesAsNeitherNumberNorBlank() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : new String[] {String.valueOf(c), c + "1", "1" + c, "1,2" + c + "万元", "\u3000" + c + "无",
                    c + "-", c + "条", "条" + c, c + "::", c + " 万元:", "," + c, "." + c}) {
                if (CellValues.isText(Labels.key(s))) {
                    assertThat(CellValues.parse(Texts.compact(s)).state()).as("U+%04X", (int) c).isEqualTo(CellState.INVALID);
                }
            }
        }
    }

    @Test
    void aTextWhoseKeyIsTextParsesAsNeitherNumberNorBlankForRandomNumbersUnitsAndMarks() {
        RandomTexts texts = RandomTexts.ofChars(7, "0123456789０１+-\u2212,.-—–―─/\\无万元件条个人次篇项家份:： \u3000\"“数");
        for (int n = 0; n < 200_000; n++) {
            String s = texts.next(1, 6);
            if (CellValues.isText(Labels.key(s))) {
                assertThat(CellValues.parse(Texts.compact(s)).state()).as(s).isEqualTo(CellState.INVALID);
            }
        }
    }

    @Test
    void whitespaceParsesAsBlank() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = c + "\u3000" + c;
            if (CellValues.isWhitespaceOnly(s)) {
                assertThat(CellValues.parse(Texts.compact(s))).as("U+%04X", (int) c).isEqualTo(CellValues.BLANK);
            }
        }
    }
}
