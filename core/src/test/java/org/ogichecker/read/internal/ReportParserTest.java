package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    @Test
    void textLinesEndAtEveryKindOfLineBreakAndKeepTheEmptyLastLine() {
        List<RawLine> lines = ReportParser.textLines("一\r\n二\r三\n\n表\t1\t\r");
        assertThat(lines).extracting(RawLine::text).containsExactly("一", "二", "三", "", "表\t1\t", "");
        assertThat(lines).extracting(RawLine::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(lines.get(4).cells()).containsExactly("表", "1", "");
        assertThat(lines.get(0).isRow()).isFalse();
        assertThat(ReportParser.textLines("")).extracting(RawLine::text).containsExactly("");
    }
}
