package org.ogichecker.read.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text bytes: a byte-order mark wins; then UTF-8 when the bytes are valid UTF-8; else GB18030
 * or Big5, whichever decodes strictly and reads as the more frequent Chinese characters. Binary data,
 * empty and whitespace-only input are refused with the reason.
 */
public final class TextDecoder {

    /** The text, or the reason it could not be decoded. */
    public record Decoded(String text, String charset, Reason problem) {
        static Decoded failed(String en, String zh) {
            return failed(new Reason(en, zh));
        }

        static Decoded failed(Reason problem) {
            return new Decoded(null, null, problem);
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Decoded.failed("the input is empty", "输入为空");
        }
        Decoded d = decodeBom(bytes);
        if (d == null) {
            Reason binary = binaryReason(bytes);
            if (binary != null) {
                return Decoded.failed(binary);
            }
            d = decodeUnmarked(bytes);
        }
        if (d.text() != null && d.text().isBlank()) {
            return Decoded.failed("the input holds only whitespace", "输入只有空白字符");
        }
        return d;
    }

    private static Decoded decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return strictOrFail(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return strictOrFail(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return strictOrFail(b, 2, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static Decoded strictOrFail(byte[] b, int off, Charset cs) {
        String s = strict(b, off, cs);
        return s != null ? new Decoded(s, cs.name(), null)
                : Decoded.failed("the input has a " + cs.name() + " byte-order mark but is not valid " + cs.name(),
                        "输入带有 " + cs.name() + " 字节顺序标记，但不是有效的 " + cs.name() + " 文本");
    }

    private static Decoded decodeUnmarked(byte[] b) {
        String utf8 = strict(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", null);
        }
        String gb = strict(b, 0, GB18030);
        String big5 = strict(b, 0, BIG5);
        if (gb == null && big5 == null) {
            return Decoded.failed("the text is neither UTF-8, GB18030 nor Big5 (undecodable bytes)",
                    "无法识别文字编码：既不是 UTF-8，也不是 GB18030 或 Big5（有无法解码的字节）");
        }
        if (gb == null || big5 == null) {
            return gb != null ? new Decoded(gb, GB18030.name(), null) : new Decoded(big5, "Big5", null);
        }
        // Big5 byte pairs are also valid GB18030 (and often the reverse): let the frequency of common
        // characters decide, GB18030 when ICU cannot tell.
        int gbConfidence = 0;
        int big5Confidence = 0;
        CharsetDetector det = new CharsetDetector();
        det.setText(b);
        for (CharsetMatch m : det.detectAll()) {
            if (m.getName().equalsIgnoreCase("GB18030")) {
                gbConfidence = m.getConfidence();
            } else if (m.getName().equalsIgnoreCase("Big5")) {
                big5Confidence = m.getConfidence();
            }
        }
        return big5Confidence > gbConfidence ? new Decoded(big5, "Big5", null) : new Decoded(gb, GB18030.name(), null);
    }

    /** A reason when the bytes are binary data (NUL or many control bytes), else null. */
    private static Reason binaryReason(byte[] b) {
        int n = Math.min(b.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return new Reason("the input is binary data, not text (it contains NUL bytes)",
                        "输入是二进制数据，不是文字（含有 NUL 字节）");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f) {
                control++;
            }
        }
        return control > n / 100 + 2 ? new Reason("the input is binary data, not text (" + control + " control bytes)",
                "输入是二进制数据，不是文字（" + control + " 个控制字节）") : null;
    }

    private static String strict(byte[] b, int off, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
