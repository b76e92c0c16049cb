package org.ogichecker.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableLayoutTest {

    @Test
    void aLabelPrintedWithHalfWidthBracketsAndSpacesMatchesItsRowExactly() {
        var m = Layouts.F2019_T3.match("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)", -1).orElseThrow();
        assertThat(m.row().key()).isEqualTo("3.2");
        assertThat(m.exact()).isTrue();
    }

    @Test
    void aTypoInALabelStillMatchesItsRowButNotExactly() {
        var m = Layouts.F2021_T3.match("2.其他法律行政止公开", -1).orElseThrow();
        assertThat(m.row().key()).isEqualTo("3.3.2");
        assertThat(m.exact()).isFalse();
    }

    @Test
    void aRepeatedLabelLandsInTheRowAfterTheOneMatchedLast() {
        TableLayout old = Layouts.OLD_TABLE;
        int litigation = old.indexOf("5");
        assertThat(old.match("(二) 被依法纠错数", old.indexOf("4")).orElseThrow().row().key()).isEqualTo("4.2");
        assertThat(old.match("(二) 被依法纠错数", litigation).orElseThrow().row().key()).isEqualTo("5.2");
    }

    @Test
    void traditionalLabelsMatchTheirSimplifiedRows() {
        assertThat(Layouts.OLD_TABLE.match("（一）收到申請數", -1).orElseThrow().row().key()).isEqualTo("3.1");
    }

    @Test
    void unrelatedTextMatchesNoRow() {
        assertThat(Layouts.F2021_T3.match("本报告所列数据的统计期限", -1)).isEmpty();
        assertThat(Layouts.F2021_T3.match("", -1)).isEmpty();
    }

    @Test
    void theTwoT3LayoutsDifferOnlyInTheOtherHandlingRows() {
        assertThat(Layouts.F2019_T3.dataRows()).hasSize(23);
        assertThat(Layouts.F2021_T3.dataRows()).hasSize(25);
        assertThat(Layouts.F2021_T3.row("3.6").orElseThrow().group()).isTrue();
        assertThat(Layouts.F2019_T3.row("3.6").orElseThrow().group()).isFalse();
    }
}
