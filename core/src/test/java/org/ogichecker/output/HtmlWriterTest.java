package org.ogichecker.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.output.Results.finding;
import static org.ogichecker.output.Results.unreadable;
import static org.ogichecker.output.Results.withSuppressed;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Location;
import org.ogichecker.engine.Severity;
import org.ogichecker.engine.Suppressed;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.read.ReportReader;

class HtmlWriterTest {

    private static final String TEXT = """
            某某县人民政府2021年政府信息公开工作年度报告
            一、总体情况
            本年度<script>alert('x')</script>共收到申请 5 件。
            二、主动公开政府信息情况
            联系电话：0511-1234567
            """;

    private static Finding at(String rule, Severity severity, int line, String message) {
        return new Finding(rule, "T3-C1", severity, "条例 <第五十条>", "Title", message, message + " (en)",
                new Location("一、总体情况", null, null, null, line), "<b>证据</b> & more", null, null);
    }

    private static CheckResult read(Finding... findings) {
        Report report = ReportReader.create().readText(TEXT, "dir/<报告>.txt");
        return new CheckResult(report.source(), CheckResult.Status.CHECKED, report.metadata(), Regime.F2021,
                List.of(), List.of(findings), report);
    }

    private static Document page(List<CheckResult> results) {
        return Jsoup.parse(HtmlWriter.toHtml(results, Language.ZH));
    }

    @Test
    void thePageHasTheSummaryThenOneSectionPerReportWithItsFindingsAndText() {
        Document doc = page(List.of(read(at("R1", Severity.ERROR, 3, "消息一"), at("R2", Severity.WARNING, 5, "消息二")),
                unreadable("b.pdf")));

        assertThat(doc.select("h1").text()).contains("检查结果");
        assertThat(doc.select("section").first().id()).isEqualTo("summary");
        assertThat(doc.select("#summary table.counts").text()).contains("报告 2", "错误 2", "警告 1", "无法读取 1");
        assertThat(doc.select("#summary table.top td").eachText()).contains("T3-C1", "INPUT-UNREADABLE");
        assertThat(doc.select("#summary table.index a").eachAttr("href")).containsExactly("#r1", "#r2");
        assertThat(doc.select("section.report")).extracting(Element::id).containsExactly("r1", "r2");
        assertThat(doc.select("#r1 dl.meta").text()).contains("某某县人民政府", "2021");
        assertThat(doc.select("#r1 .source .line")).hasSize(read().report().lines().size());
        assertThat(doc.select("#r2 table.findings td").eachText()).contains("INPUT-UNREADABLE");
    }

    @Test
    void everyFindingIsInTheTableAndLinksToItsHighlightedLineWhichLinksBack() {
        Document doc = page(List.of(read(at("R1", Severity.ERROR, 3, "消息一"), at("R2", Severity.INFO, 3, "消息二"),
                at("R3", Severity.WARNING, 0, "没有行"))));

        assertThat(doc.select("#r1 table.findings tr[id]")).hasSize(3);
        Element line = doc.getElementById("r1-L3");
        assertThat(line.classNames()).contains("line", "hit", "ERROR");
        assertThat(line.select(".marks a").eachText()).containsExactlyInAnyOrder("R1", "R2");
        for (String href : line.select(".marks a").eachAttr("href")) {
            Element row = doc.getElementById(href.substring(1));
            assertThat(row.select("a[href=#r1-L3]")).hasSize(1);
        }
        assertThat(doc.getElementById("r1-L2").hasClass("hit")).isFalse();
        assertThat(doc.select("#r1 table.findings").text()).contains("没有行");
    }

    @Test
    void reportTextAndFindingsAreEscaped() {
        String html = HtmlWriter.toHtml(List.of(read(at("R1", Severity.ERROR, 3, "<img src=x onerror=alert(1)>"))),
                Language.ZH);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.getElementById("r1-L3").text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("#r1 h2").text()).isEqualTo("dir/<报告>.txt");
        assertThat(doc.select("#r1 table.findings").text()).contains("<img src=x onerror=alert(1)>", "条例 <第五十条>",
                "<b>证据</b> & more");
    }

    @Test
    void thePageIsSelfContainedAndPrintable() {
        Document doc = page(List.of(read(at("R1", Severity.ERROR, 3, "m"))));

        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(doc.select("style").html()).contains("@media print").doesNotContain("url(", "@import");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void aSuppressedFindingIsGreyedWithItsReasonAndNotCounted() {
        Document doc = page(List.of(withSuppressed(read(), new Suppressed(at("R9", Severity.ERROR, 3, "已接受的"), "口径已核实"))));

        Element row = doc.selectFirst("#r1 table.findings tr.suppressed");
        assertThat(row.text()).contains("R9", "已接受的", "口径已核实");
        assertThat(doc.getElementById("r1-L3").classNames()).contains("hit", "quiet");
        assertThat(doc.select("#summary table.counts").text()).contains("错误 0", "已接受（基线） 1");
    }

    @Test
    void englishLabelsAndMessages() {
        Document doc = Jsoup.parse(HtmlWriter.toHtml(List.of(Results.checked("a.txt", finding("R", Severity.ERROR, 1))),
                Language.EN));

        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("#r1 table.findings").text()).contains("Table 3 does not balance");
        assertThat(doc.select("#summary").text()).contains("Most frequent requirements");
    }

    @Test
    void anEmptyBatchIsStillAPage() {
        Document doc = page(List.of());

        assertThat(doc.select("#summary table.counts").text()).contains("报告 0");
        assertThat(doc.select("section.report")).isEmpty();
    }
}
