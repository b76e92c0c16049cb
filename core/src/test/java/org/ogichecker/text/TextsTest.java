package org.ogichecker.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void traditionalCharactersReadAsTheirSimplifiedForms() {
        assertThat(Texts.normalize("主動公開政府信息的情況")).isEqualTo("主动公开政府信息的情况");
        assertThat(Texts.normalize("因政府信息公開申請行政複議、提起行政訴訟的情況"))
                .isEqualTo("因政府信息公开申请行政复议、提起行政诉讼的情况");
        assertThat(Texts.hasTraditional("聯絡我們")).isTrue();
        assertThat(Texts.hasTraditional("联系我们")).isFalse();
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
}
