package org.ogichecker.read.internal;

import java.util.List;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.WordGroups;

/**
 * Web-page furniture at the end of a crawled report (相关词条, 联系我们, 打印本页, 关闭窗口, 分享到,
 * footers with 版权所有 / ICP备 …): short lines that are not content of the last section.
 */
final class PageFurniture {

    private static final WordGroups LINK = WordGroups.alternation(
            "相关词条|热门词条|联络我们|联系我们|打印本页|打印|关闭窗口|关闭本页|关闭|分享到|返回顶部|网站地图|上一篇|下一篇"
                    + "|扫一扫|收藏本页|加入收藏|字体|字号|浏览次数|访问量");
    /** A link that {@link WordGroups} cannot hold (its brackets). */
    private static final String FONT_SIZES = "[大中小]";
    private static final WordGroups FOOTER = WordGroups.alternation("版权所有|ICP备|网站标识码|公网安备|主办单位|承办单位|技术支持");
    /** A link line is short; a footer line may hold several items. */
    private static final int MAX_LINK = 40;
    private static final int MAX_FOOTER = 120;

    private PageFurniture() {
    }

    /** The index in {@code lines} where the trailing furniture starts ({@code lines.size()} when none). */
    static int start(List<TextLine> lines) {
        int i = lines.size();
        while (i > 0 && isFurniture(lines.get(i - 1).text())) {
            i--;
        }
        return i;
    }

    /** @param text a normalised line */
    static boolean isFurniture(String text) {
        String c = Texts.removeSpaces(text);
        if (c.isEmpty()) {
            return true;
        }
        return c.length() <= MAX_LINK && (LINK.in(c) || c.contains(FONT_SIZES))
                || c.length() <= MAX_FOOTER && FOOTER.in(c);
    }
}
