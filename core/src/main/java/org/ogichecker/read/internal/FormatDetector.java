package org.ogichecker.read.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Detects the format of an input from its content; the file name only refines the messages. */
public final class FormatDetector {

    /** What the bytes are. {@code refusal} is set for formats that are recognised but not read. */
    public enum Format { TEXT, HTML, MHT, PDF, DOCX, DOC, REFUSED }

    /** The format and, for a refused input, why. */
    public record Detected(Format format, Reason refusal) {
    }

    private static final int SNIFF = 4096;
    private static final String[] HTML_MARKERS = {"<!doctype html", "<html", "<head", "<body", "<meta ", "<div",
        "<p>", "<p ", "<table", "<br", "<span", "<title"};

    private FormatDetector() {
    }

    public static Detected detect(byte[] b, String name) {
        String ext = extension(name);
        if (indexOf(b, "%PDF-", 1024) >= 0) {
            return new Detected(Format.PDF, null);
        }
        if (startsWith(b, 0x50, 0x4b, 0x03, 0x04)) {
            // entry names are stored uncompressed in the local headers and the central directory
            if (indexOf(b, "word/document.xml", b.length) >= 0) {
                return new Detected(Format.DOCX, null);
            }
            return refused("a ZIP archive that is not a Word (.docx) document", "不是 Word（.docx）文档的 ZIP 压缩包", ext);
        }
        if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            return new Detected(Format.DOC, null); // the container of .doc, .xls, .ppt: DocReader tells them apart
        }
        String image = imageType(b);
        if (image != null) {
            return refused("a " + image + " image, which has no text (OCR is not supported)",
                    image + " 图片，没有文字层（不支持文字识别）", ext);
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return refused("an RTF document; save it as .docx or PDF", "RTF 文档；请另存为 .docx 或 PDF", ext);
        }
        if (isWebArchive(b)) {
            return new Detected(Format.MHT, null);
        }
        if (looksLikeHtml(b) || (ext.startsWith("htm") || ext.equals("shtml")) && indexOf(b, "<", SNIFF) >= 0) {
            return new Detected(Format.HTML, null);
        }
        return new Detected(Format.TEXT, null);
    }

    private static Detected refused(String what, String whatZh, String ext) {
        String hint = ext.isEmpty() ? "" : " (the name says ." + ext + ")";
        String hintZh = ext.isEmpty() ? "" : "（文件名为 ." + ext + "）";
        return new Detected(Format.REFUSED, new Reason("the input is " + what + hint, "输入是" + whatZh + hintZh));
    }

    private static String imageType(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return "JPEG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(b, 'I', 'I', 0x2a, 0) || startsWith(b, 'M', 'M', 0, 0x2a)) {
            return "TIFF";
        }
        return null;
    }

    /**
     * A MIME message of several parts as its head: a web archive (.mht), also when a Word document was saved as one.
     * Such a file starts with a header's name: the head of any other file (a report's title, a page's tag) is not
     * looked at.
     */
    private static boolean isWebArchive(byte[] b) {
        if (b.length == 0 || !(b[0] >= 'A' && b[0] <= 'Z' || b[0] >= 'a' && b[0] <= 'z')) {
            return false;
        }
        String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return (head.startsWith("mime-version:") || head.contains("\nmime-version:")) && head.contains("multipart/related");
    }

    private static boolean looksLikeHtml(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int i = 0;
        while (i < n && (Character.isWhitespace(b[i] & 0xff) || (b[i] & 0xff) > 0x7f)) {
            i++; // whitespace and a byte-order mark
        }
        if (i >= n || b[i] != '<') {
            return false; // plain text: the head is not decoded at all
        }
        String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String m : HTML_MARKERS) {
            if (head.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of an ASCII string within the first {@code limit} bytes, or -1. */
    static int indexOf(byte[] b, String ascii, int limit) {
        int n = ascii.length();
        int end = Math.min(b.length, limit) - n;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < n; j++) {
                if (b[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
