package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;

/** The scans for claims without a number find exactly what the regexes in their comments find. */
class ClaimFinderScansTest {

    private static final Pattern NO_APPLICATION = Pattern.compile(
            "(?<!尚)(?:未|没有)(?:收到|受理|接到|接收|发生|产生|出现|有)([^,。;!?0-9]{0,25})申请(?!人)(?:公开)?"
            + "|(?:没有|无)(?:任何)?(?:政府信息公开|信息公开|依申请公开)(?:类|的)?申请(?!人)");
    private static final Pattern NO_REVIEW = Pattern.compile(
            "(?<!尚|有)(?:(?:未|没有)(?:发生过|发生|收到|接到|出现|有|产生|涉及|被|因|受理|接收|提起)"
            + "|无(?=因|行政|政府|信息|任何|针对|涉及|被|复议|诉讼|相关|有关))"
            + "([^,。;!?0-9]{0,30}?)(?:复议([^,。;!?0-9]{0,20}?)诉讼|诉讼([^,。;!?0-9]{0,20}?)复议)"
            + "|复议[^,。;!?0-9]{0,12}?诉讼[^,。;!?0-9]{0,8}?(?:均为|都为|均是|都是|皆为|均|都)\\s*(?:0|零)(?![0-9.])");
    private static final Pattern NO_FEE = Pattern.compile(
            "(?<!尚|是否)(?:未|没有|不|无|从未)(?:再)?收(?!到)(?:取)?(?:过)?([^,。;!?0-9]{0,20}?)费");
    private static final Pattern TABLE = Pattern.compile(
            "(?<!无|没有|未)附表|附件[^,。;!?]{0,40}?(?:统计表|情况表|统计数据)|(?:统计表|情况表)[^,。;!?]{0,8}?(?:附后|见附件)");

    private static final List<String> PIECES = List.of("未", "没有", "没", "尚", "有", "无", "从未", "不", "是否", "再", "收",
            "到", "取", "过", "费", "费用", "收到", "受理", "接到", "接收", "发生", "发生过", "产生", "出现", "涉及", "提起", "申请",
            "人", "公开", "任何", "政府信息公开", "信息公开", "依申请公开", "类", "的", "复议", "诉讼", "起诉", "均为", "都为", "均是",
            "都是", "都", "均", "皆为", "皆", "为", "是", " ", "\t", "0", "零", "1", "9", ".", ",", "。", ";", "!", "?", "附表",
            "附件", "统计表", "情况表", "统计数据", "统计", "附后", "见附件", "行政", "政府", "因", "被", "和", "、", "件", "a");

    @Test
    void eachScanFindsWhatItsRegexFindsOnTheUsualWordings() {
        for (String s : List.of("本年度未收到政府信息公开申请。", "没有任何政府信息公开类申请人", "本机关未发生因政府信息公开引起的行政复议和行政诉讼。",
                "无行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼均为 0。", "尚未收取任何费用", "未收取过信息处理费,不收取其他费用",
                "统计表附后", "附件:年度报告统计表", "见附表")) {
            assertSame(s);
        }
    }

    @Test
    void eachScanFindsWhatItsRegexFindsOnRandomText() {
        RandomTexts texts = new RandomTexts(7, PIECES);
        for (int n = 0; n < 100_000; n++) {
            assertSame(texts.next(1, 30));
        }
    }

    private static void assertSame(String s) {
        assertSame(s, NO_APPLICATION, at -> ClaimFinder.noApplication(s, at), true);
        assertSame(s, NO_REVIEW, at -> ClaimFinder.noReview(s, at), false);
        assertSame(s, NO_FEE, at -> ClaimFinder.noFee(s, at), true);
        assertSame(s, TABLE, at -> ClaimFinder.table(s, at), false);
    }

    private static void assertSame(String s, Pattern p, Function<Integer, ClaimFinder.Span> scan, boolean gap) {
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at <= s.length(); at++) {
            ClaimFinder.Span span = scan.apply(at);
            String expected = m.region(at, s.length()).lookingAt()
                    ? m.start() + "-" + m.end() + (gap ? " " + (m.group(1) == null ? "" : m.group(1)) : "") : "none";
            String actual = span == null ? "none"
                    : span.start() + "-" + span.end() + (gap ? " " + s.substring(span.gapStart(), span.gapEnd()) : "");
            assertThat(actual).as("%s at %d of '%s'", p.pattern().substring(0, 12), at, s).isEqualTo(expected);
        }
    }
}
