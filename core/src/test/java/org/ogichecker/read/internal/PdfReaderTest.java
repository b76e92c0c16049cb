package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReaderTest {

    private static List<RawLine> read(String sample) throws Exception {
        return PdfReader.read(Files.readAllBytes(Path.of("../examples/samples/" + sample)),
                new Limits(Long.MAX_VALUE, 500, Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, Duration.ofMinutes(1)),
                System.nanoTime() + Duration.ofMinutes(1).toNanos()).lines();
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "hongze-2023.pdf", "hongze-2024.pdf"})
    void aTableThreeRowComesOutAsOneRowWithItsLabelAndSevenNumbers(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        RawLine row = lines.stream().filter(l -> l.isRow() && l.cells().get(0).equals("一、本年新收政府信息公开申请数量"))
                .findFirst().orElseThrow();
        List<String> numbers = row.cells().stream().filter(c -> c.matches("\\d+")).toList();
        assertThat(numbers).hasSize(7);
        assertThat(row.text()).isEqualTo(String.join("\t", row.cells()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "hongze-2023.pdf", "hongze-2024.pdf"})
    void pageNumbersAreDroppedAndTheHeadingsArePresent(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        assertThat(lines).extracting(RawLine::text).noneMatch(t -> t.matches("[-—\\s]*\\d+[-—\\s]*"));
        assertThat(lines).extracting(RawLine::text).contains("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        assertThat(lines.get(0).text()).endsWith("政府信息公开工作年度报告");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf", "hongze-2023.pdf"})
    void wrappedLabelsAndCellsSpanningRowsAndPagesStayWithTheirRow(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        RawLine partly = lines.stream().filter(l -> l.isRow() && l.cells().size() > 2
                && l.cells().get(1).startsWith("（二）部分公开")).findFirst().orElseThrow();
        assertThat(partly.cells().get(0)).isEqualTo("三、本年度办理结果");
        assertThat(partly.cells().get(1)).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        RawLine total = lines.stream().filter(l -> l.isRow() && l.cells().contains("（七）总计")).findFirst()
                .orElseThrow();
        assertThat(total.cells().get(0)).isEqualTo("三、本年度办理结果");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024.pdf"})
    void paragraphsWrappedOverLinesAndPagesAreJoined(String sample) throws Exception {
        List<RawLine> lines = read(sample);

        assertThat(lines).extracting(RawLine::text).anyMatch(t -> t.startsWith("（四）政府信息公开平台建设情况")
                && t.contains("列入重点检查范围"));
        assertThat(lines).extracting(RawLine::text).anyMatch(t -> t.contains("电子邮箱：hazwgkc@163.com"));
    }
}
