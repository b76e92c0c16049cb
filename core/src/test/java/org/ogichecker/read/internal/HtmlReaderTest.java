package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {

    private static List<RawLine> read(String html) throws Exception {
        return HtmlReader.read(html.getBytes(StandardCharsets.UTF_8)).lines();
    }

    private static RawLine rowStartingWith(List<RawLine> lines, String label) {
        return lines.stream().filter(l -> l.isRow() && l.cells().get(0).startsWith(label)).findFirst().orElseThrow();
    }

    @Test
    void theSamplePageGivesTheArticleFromItsTitleWithoutNavigationOrFooter() throws Exception {
        List<RawLine> lines = HtmlReader.read(Files.readAllBytes(Path.of("../examples/samples/pingtan-2025.html")))
                .lines();

        assertThat(lines.get(0).text()).isEqualTo("平潭综合实验区2025年度政府信息公开工作年度报告");
        assertThat(lines).extracting(RawLine::text).noneMatch(t -> t.contains("联系我们") || t.contains("版权所有")
                || t.contains("主办单位") || t.contains("当前位置") || t.contains("微信") || t.contains("无障碍"));
        assertThat(lines).extracting(RawLine::text)
                .contains("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项");
        assertThat(lines).extracting(RawLine::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList());
    }

    @Test
    void theSampleTableThreeRowsHaveTheirLabelAndSevenNumbersInOrder() throws Exception {
        List<RawLine> lines = HtmlReader.read(Files.readAllBytes(Path.of("../examples/samples/pingtan-2025.html")))
                .lines();

        RawLine newApplications = rowStartingWith(lines, "一、本年新收政府信息公开申请数量");
        assertThat(newApplications.cells()).hasSize(10);
        assertThat(newApplications.cells().subList(3, 10)).containsExactly("151", "3", "0", "0", "0", "0", "154");
        RawLine secret = lines.stream().filter(l -> l.isRow() && l.cells().contains("1.属于国家秘密")).findFirst()
                .orElseThrow();
        assertThat(secret.cells()).startsWith("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密");
        RawLine tableFour = lines.stream().filter(l -> l.isRow() && l.cells().size() == 15
                && l.cells().get(0).equals("25")).findFirst().orElseThrow();
        assertThat(tableFour.cells()).containsExactly("25", "3", "8", "0", "36", "3", "3", "0", "0", "6", "3", "0",
                "0", "0", "3");
    }

    @Test
    void rowspanTextIsRepeatedAndColspanCellsArePadded() throws Exception {
        List<RawLine> lines = read("""
                <html><body><div><p>某某局2024年政府信息公开工作年度报告</p><p>正文正文正文正文正文正文</p>
                <table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>
                <tr><td>（三）不予公开</td><td>1.属于<br>国家秘密</td><td>0</td></tr></table></div></body></html>
                """);

        assertThat(lines).filteredOn(RawLine::isRow).extracting(RawLine::cells).containsExactly(
                List.of("三、本年度办理结果", "（一）予以公开", "", "5"),
                List.of("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"));
        assertThat(lines.get(2).text()).isEqualTo("三、本年度办理结果\t（一）予以公开\t\t5");
    }

    @Test
    void theSamplePagesPublicationDateComesFromItsPageMetadata() throws Exception {
        List<RawLine> lines = HtmlReader.read(Files.readAllBytes(Path.of("../examples/samples/pingtan-2025.html")))
                .lines();

        assertThat(ReportParser.parse("pingtan-2025.html", lines).metadata().published())
                .isEqualTo(java.time.LocalDate.of(2026, 3, 10));
        assertThat(lines).extracting(RawLine::text).contains("发布时间：2026-03-10 12:56（网页元数据 PubDate）");
    }

    @Test
    void aPageWithAReportBesideAPhotoAndADownloadOfItIsReadAsTheReport() throws Exception {
        String page = Files.readString(Path.of("../examples/samples/pingtan-2025.html"))
                .replace("</body>", "<img src=\"/photo.jpg\"><a href=\"/files/2025年度报告.pdf\">下载</a></body>");

        org.ogichecker.model.Report r = org.ogichecker.read.ReportReader.create()
                .read(page.getBytes(StandardCharsets.UTF_8), "page.html");

        assertThat(r.isUnreadable()).isFalse();
        assertThat(r.sections()).hasSizeGreaterThan(6);
    }

    @Test
    void aPageWithAReportsTextBesideAPhotoNamesNoOtherPlaceForIt() throws Exception {
        String text = "<p>" + "本机关全年主动公开政府信息12条。".repeat(80) + "</p>";

        assertThat(HtmlReader.read(("<html><body><div>" + text + "<img src=a.jpg></div></body></html>")
                .getBytes(StandardCharsets.UTF_8)).ifNoReport()).isNull();
        assertThat(HtmlReader.read("<html><body><div><p>年度报告</p><img src=a.jpg></div></body></html>"
                .getBytes(StandardCharsets.UTF_8)).ifNoReport()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<a href=\"/files/P0202601.PDF?v=2\">附件1</a>",
            "<a href=\"/download.jsp?id=7\">2025年度报告.docx</a>",
            "<iframe src=\"/pdfjs/web/viewer.html?file=/files/2025ndbg.pdf&page=1\"></iframe>",
            "<embed src=\"/files/2025ndbg.ofd\">"})
    void aPageThatOnlyLinksOrEmbedsADocumentSaysItHoldsNoReport(String place) throws Exception {
        Extracted x = HtmlReader.read(("<html><body><h1>某局2025年政府信息公开工作年度报告</h1><div>" + place
                + "</div></body></html>").getBytes(StandardCharsets.UTF_8));

        assertThat(x.ifNoReport()).isNotNull();
        assertThat(x.ifNoReport().en()).contains("1 attached document(s)");
    }

    @Test
    void aPubDateMetaThatHoldsNoDateGivesNoLine() throws Exception {
        List<RawLine> lines = read("<html><head><meta name=\"pubdate\" content=\"待定\"></head>"
                + "<body><p>某局2025年度政府信息公开工作年度报告</p></body></html>");

        assertThat(lines).extracting(RawLine::text).containsExactly("某局2025年度政府信息公开工作年度报告");
    }

    @Test
    void anImageOfTheArticleIsALineThatStandsForItButAnIconIsNot() throws Exception {
        List<RawLine> lines = read("<html><body><div><p>二、主动公开政府信息情况</p><p><img src=\"t2.png\"></p>"
                + "<p>三、收到和处理政府信息公开申请情况<img src=\"print.gif\" width=\"16\" height=\"16px\"></p>"
                + "</div></body></html>");

        assertThat(lines).extracting(RawLine::text)
                .containsExactly("二、主动公开政府信息情况", org.ogichecker.model.Section.IMAGE, "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void wordPastedSpansNoBreakSpacesAndLineBreaksBecomeParagraphLines() throws Exception {
        List<RawLine> lines = read("<html><body><div class=TRS_Editor><p><span>（二）</span><span>依申请公开"
                + "</span>&nbsp;<span>154</span><span>件。</span></p><p>第一行<br/>第二行</p></div></body></html>");

        assertThat(lines).extracting(RawLine::text).containsExactly("（二）依申请公开154件。", "第一行", "第二行");
        assertThat(lines).noneMatch(RawLine::isRow);
    }

    @Test
    void aDeclaredGbkPageIsDecodedWithThatCharset() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"></head><body><p>政府信息公开工作年度报告</p></body></html>";

        List<RawLine> lines = HtmlReader.read(html.getBytes(Charset.forName("GBK"))).lines();

        assertThat(lines).extracting(RawLine::text).containsExactly("政府信息公开工作年度报告");
    }

    @Test
    void deeplyNestedMarkupIsReadWithoutRecursion() throws Exception {
        int depth = 20_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "年度报告正文" + "</div>".repeat(depth) + "</body></html>";

        assertThat(read(html)).extracting(RawLine::text).containsExactly("年度报告正文");
    }
}
