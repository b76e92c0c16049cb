package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {

    /** The non-blank lines of a text as the parser hands them over, joined where it is wrapped. */
    private static List<TextLine> joined(String text) {
        List<RawLine> lines = ReportParser.textLines(text);
        List<TextLine> normalised = new ArrayList<>();
        for (RawLine l : lines) {
            if (!l.text().isBlank()) {
                normalised.add(TextLine.of(l));
            }
        }
        return HardWraps.join(lines, normalised);
    }

    /** Lines of 28 CJK characters (56 columns), as a page of A4 holds them. */
    private static final String WRAPPED = """
               本报告根据《中华人民共和国政府信息公开条例》要求编制。报告
            中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日
            止。如对本报告有疑问，请与区人民政府办公室联系（地址：洪泽湖
            大道 90 号 ， 邮 编 ： 223100 ， 电 话 ： 0517-87222589）。
               一、总体情况
               本年度，区政府坚持以公开为常态、不公开为例外，全面推进决策
            、执行、管理、服务、结果公开，各项工作取得了新的进展和成效，
            群众满意度持续提升。
               （一）主动公开
               本年度主动公开政府信息共计一千余条，涵盖机构职能、政策文件
            、规划计划、财政资金等各个方面，公开内容更加全面规范及时。""";

    @Test
    void aTextWrappedAtAPagesWidthIsJoinedBackIntoItsParagraphs() {
        List<TextLine> lines = joined(WRAPPED);

        assertThat(lines).extracting(TextLine::number).containsExactly(1, 5, 6, 9, 10);
        assertThat(lines.get(0).text()).contains("统计期限自2023年1月1日起至2023年12月31日止。")
                .endsWith("(地址:洪泽湖大道90号,邮编:223100,电话:0517-87222589)。");
        assertThat(lines.get(1).text()).isEqualTo("一、总体情况");
    }

    @Test
    void aNumberedHeadingAfterASentenceEndingAtTheMarginIsNotJoinedEvenWithoutIndent() {
        // pdftotext without -layout indents nothing: the numbering after a full stop shows the heading
        List<TextLine> lines = joined(WRAPPED.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n")
                .replace("一、总体情况", "年度报告。现将情况报告如下，请各位监督指导。报告内容如下所示。\n一、总体情况"));

        assertThat(lines).extracting(TextLine::text).contains("一、总体情况", "(一)主动公开");
    }

    @Test
    void aTextWithAParagraphPerLineIsLeftAsItIs() {
        // lines of every length, as a text with a paragraph per line has them: no margin
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            text.append("本年度共受理申请").append("件".repeat(i * 3)).append("。\n");
        }
        assertThat(joined(text.toString())).hasSize(16).allMatch(l -> l.text().endsWith("件。"));
    }

    @Test
    void justificationSpacesGoButASpaceBetweenLatinWordsOrDigitsStays() {
        assertThat(HardWraps.unjustified("邮 编 : 223100 , 电 话 : 0517 87222589 LED 屏 and more"))
                .isEqualTo("邮编:223100,电话:0517 87222589 LED屏and more");
    }
}
