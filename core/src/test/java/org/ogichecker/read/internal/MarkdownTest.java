package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Section;

class MarkdownTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        // markup goes
        "## 一、总体情况 => 一、总体情况",
        "   ### （一）主动公开情况 ### => （一）主动公开情况",
        "# 六、其他需要报告的事项 #C => 六、其他需要报告的事项 #C",
        "> 本报告由办公室编制。 => 本报告由办公室编制。",
        "> > 引文 => 引文",
        "**（一）认识不到位。**在日常工作中 => （一）认识不到位。在日常工作中",
        "***二是***制定要点，__三是__落实 => 二是制定要点，三是落实",
        "详见[政府网站](http://www.gov.cn)和[公报](a.pdf)。 => 详见政府网站和公报。",
        "表格如下![表二](t2.png)： => 表格如下：",
        "| 结果<br>纠正 | A<br/>B | C <br /> D | => | 结果纠正 | A B | C  D |",
        "1\\. 属于国家秘密 \\* 注 => 1. 属于国家秘密 * 注",
        "| 其他\\|合计 | 0 | => | 其他\\|合计 | 0 |",
        // what is not markup stays
        "#1楼 => #1楼",
        "####### 七个 => ####### 七个",
        "注*：单位为件 => 注*：单位为件",
        "联系电话：_ 8 _ => 联系电话：_ 8 _",
        "- 5 - => - 5 -",
        "第[1]条（见附件） => 第[1]条（见附件）",
        "C:\\报告 => C:\\报告",
    })
    void aLineReadsWithoutItsMarkupOnly(String line, String plain) {
        assertThat(Markdown.plain(line)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"======", "---", " - - - ", "***", "____"})
    void anUnderlineOrABreakIsABlankLine(String line) {
        assertThat(Markdown.plain(line)).isEmpty();
    }

    @Test
    void aLineThatIsOnlyAnImageIsTheImageLine() {
        assertThat(Markdown.plain("![](images/table2.jpg)")).isEqualTo(Section.IMAGE);
        assertThat(Markdown.plain("  ![表二 主动公开](a.png)  ")).isEqualTo(Section.IMAGE);
    }

    @Test
    void aLineWithoutMarkupIsTheLineItself() {
        String line = "2020年，本机关主动公开政府信息13条。";
        assertThat(Markdown.plain(line)).isSameAs(line);
    }

    @Test
    void plainTextWithoutMarkupIsNotLookedAtLineByLine() {
        assertThat(Markdown.mayHold("一、总体情况\n本机关主动公开信息13条。\n规章\t0\t0")).isFalse();
        assertThat(Markdown.mayHold("## 一、总体情况")).isTrue();
        assertThat(Markdown.mayHold("工作。**二是**制定")).isTrue();
    }
}
