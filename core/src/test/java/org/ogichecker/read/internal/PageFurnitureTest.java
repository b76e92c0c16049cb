package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.RandomTexts;
import org.ogichecker.text.Texts;

class PageFurnitureTest {

    /** The former expressions, with the former test around them. */
    private static final Pattern LINK = Pattern.compile(
            "相关词条|热门词条|联络我们|联系我们|打印本页|打印|关闭窗口|关闭本页|关闭|分享到|返回顶部|网站地图|上一篇|下一篇"
                    + "|扫一扫|收藏本页|加入收藏|字体|字号|\\[大中小\\]|浏览次数|访问量");
    private static final Pattern FOOTER = Pattern.compile("版权所有|ICP备|网站标识码|公网安备|主办单位|承办单位|技术支持");

    private static final List<String> PIECES = List.of("相关", "词条", "热门", "联系", "我们", "联络", "打印", "本页", "关闭",
            "窗口", "分享到", "返回顶部", "网站地图", "上一篇", "下一篇", "扫一扫", "收藏", "加入", "字体", "字号", "[", "大中小", "]",
            "浏览次数", "访问量", "版权所有", "ICP", "备", "网站标识码", "公网安备", "主办单位", "承办单位", "技术支持", " ", "　",
            "政府信息公开", "工作", "。", "0", "a", "本机关在网站发布信息共计一百二十条，其中政策解读十条");

    @Test
    void aLineIsFurnitureWhereTheFormerExpressionsFoundIt() {
        for (String s : List.of("打印本页 关闭窗口", "字号:[大中小]", "版权所有:某某市人民政府 ICP备12345号", "无。", "",
                "联系我们", "四、存在的主要问题及改进情况")) {
            assertSame(s);
        }
        RandomTexts texts = new RandomTexts(5, PIECES);
        for (int n = 0; n < 200_000; n++) {
            assertSame(texts.next(1, 14));
        }
    }

    private static void assertSame(String s) {
        String c = Texts.removeSpaces(s);
        boolean former = c.isEmpty() || c.length() <= 40 && LINK.matcher(c).find() || c.length() <= 120 && FOOTER.matcher(c).find();
        assertThat(PageFurniture.isFurniture(s)).as(s).isEqualTo(former);
    }
}
