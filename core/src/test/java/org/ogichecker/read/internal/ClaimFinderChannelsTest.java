package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;

/** Whether a clause names another channel is answered as the regular expressions of the channels answered it. */
class ClaimFinderChannelsTest {

    /** The former expressions, in the order of {@link ClaimFinder#CHANNELS}. */
    private static final List<Pattern> OTHERS = List.of(
            Pattern.compile("微博|微信|公报|客户端|公众号|(?<!公)报刊|报纸|电视|媒体|等"),
            Pattern.compile("微信|网站|政府网|公报|客户端|公众号|(?<!公)报刊|报纸|电视|媒体|等"),
            Pattern.compile("微博|网站|政府网|公报|客户端|(?<!公)报刊|报纸|电视|媒体|等"),
            Pattern.compile("微博|微信|网站|政府网|客户端|公众号|(?<!公)报刊|报纸|电视|媒体|等"));

    private static final List<String> PIECES = List.of("公", "报", "刊", "报刊", "公报", "公报刊", "微", "博", "微博", "信",
            "微信", "网站", "政府网", "门户网站", "客户端", "公众号", "报纸", "电视", "媒体", "等", "发布", "信息", "3", "条",
            ",", "。", " ", "a");

    @Test
    void aClauseNamesAnotherChannelWhereTheFormerExpressionFoundOne() {
        for (String s : List.of("通过公报刊登信息5条", "在报刊发布3条", "公报刊", "报刊", "政府网站发布信息12条", "微信公众号推送8条等")) {
            assertSame(s);
        }
        RandomTexts texts = new RandomTexts(11, PIECES);
        for (int n = 0; n < 200_000; n++) {
            assertSame(texts.next(1, 12));
        }
    }

    private static void assertSame(String s) {
        for (int k = 0; k < OTHERS.size(); k++) {
            assertThat(ClaimFinder.CHANNELS.get(k).othersIn(s)).as(k + ": " + s).isEqualTo(OTHERS.get(k).matcher(s).find());
        }
    }
}
