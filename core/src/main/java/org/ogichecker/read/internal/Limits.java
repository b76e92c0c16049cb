package org.ogichecker.read.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a reader may spend on one input; each limit exceeded makes the input unreadable with a
 * message that gives the numbers.
 *
 * @param maxBytes         size of the input
 * @param maxPages         PDF pages read (the rest is noted, not refused)
 * @param maxChars         characters of text extracted, in any format
 * @param maxLines         lines of text extracted, in any format (each line costs memory whatever its length)
 * @param maxUnpackedBytes total unpacked size of a Word document's zip entries
 * @param maxElements      tags of an HTML page
 * @param timeLimit        time to read one input
 */
public record Limits(long maxBytes, int maxPages, long maxChars, int maxLines, long maxUnpackedBytes,
        int maxElements, Duration timeLimit) {

    public static Reason tooLarge(long size, long limit) {
        return new Reason("the input exceeds the size limit (" + size + " bytes > limit of " + limit + " bytes)",
                "输入超过大小上限（" + size + " 字节 > 上限 " + limit + " 字节）");
    }

    /** {@code chars} characters, or at least that many when {@code bytes} > 0 were not decoded yet. */
    public static Reason tooLong(long chars, long bytes, long limit) {
        String en = bytes > 0 ? bytes + " bytes, at least " + chars + " characters" : chars + " characters";
        String zh = bytes > 0 ? bytes + " 字节，至少 " + chars + " 个字符" : chars + " 个字符";
        return new Reason("the text exceeds the length limit (" + en + " > limit of " + limit + " characters)",
                "文字超过长度上限（" + zh + " > 上限 " + limit + " 个字符）");
    }

    /** When reading must stop, in {@link System#nanoTime()} terms. */
    public long deadline() {
        return System.nanoTime() + timeLimit.toNanos();
    }

    /** Throws when the deadline has passed; {@code where} and {@code whereZh} say how far reading got. */
    public void checkTime(long deadline, String where, String whereZh) throws UnreadableException {
        if (System.nanoTime() - deadline > 0) {
            throw new UnreadableException(timeout(where, whereZh));
        }
    }

    Reason timeout(String where, String whereZh) {
        double s = timeLimit.toMillis() / 1000.0;
        return new Reason("reading took longer than the time limit of " + s + " s (" + where + ")",
                "读取用时超过时间上限 " + s + " 秒（" + whereZh + "）");
    }

    /** Refuses text longer than the limit. */
    public void checkChars(long chars) throws UnreadableException {
        if (chars > maxChars) {
            throw new UnreadableException(tooLong(chars, 0, maxChars));
        }
    }

    /** Refuses text of more lines than the limit. */
    public void checkLines(long lines) throws UnreadableException {
        if (lines > maxLines) {
            throw new UnreadableException("the text exceeds the line limit (" + lines + " lines > limit of " + maxLines
                    + " lines)", "文字超过行数上限（" + lines + " 行 > 上限 " + maxLines + " 行）");
        }
    }

    /** Refuses an HTML page with more tags ('<' then a letter) than the limit, before parsing it. */
    public void checkElements(byte[] html) throws UnreadableException {
        long tags = 0;
        for (int i = 0; i + 1 < html.length; i++) {
            if (html[i] == '<' && Character.isLetter(html[i + 1])) {
                tags++;
            }
        }
        if (tags > maxElements) {
            throw new UnreadableException("the HTML page exceeds the element limit (" + tags + " tags > limit of "
                    + maxElements + ")", "HTML 网页超过元素上限（" + tags + " 个标签 > 上限 " + maxElements + "）");
        }
    }

    /**
     * Refuses a zip (a Word document) whose entries unpack to more than the limit, by unpacking it
     * once and counting, so a zip bomb stops at the limit instead of filling the memory. A zip this
     * scan cannot follow is left to the Word reader, which has its own bomb guards.
     */
    public void checkUnpacked(byte[] zip) throws UnreadableException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    total += n;
                    if (total > maxUnpackedBytes) {
                        throw new UnreadableException("the Word document unpacks to more than the limit of "
                                + maxUnpackedBytes + " bytes (" + zip.length + " bytes packed; a zip bomb?)",
                                "Word 文档解压后超过上限 " + maxUnpackedBytes + " 字节（压缩后 " + zip.length
                                + " 字节；疑似压缩炸弹）");
                    }
                }
            }
        } catch (IOException e) {
            // not followable here: the Word reader decides
        }
    }
}
