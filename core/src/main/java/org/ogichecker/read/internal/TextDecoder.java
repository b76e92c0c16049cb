package org.ogichecker.read.internal;

import java.nio.charset.StandardCharsets;

/** Decodes text bytes: UTF-8 with or without BOM (GB18030 and Big5 detection: see issue 5). */
public final class TextDecoder {

    /** The text, or the reason it could not be decoded. */
    public record Decoded(String text, String charset, String problem) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Decoded(null, null, "the input is empty");
        }
        int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String s = new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
        if (s.isBlank()) {
            return new Decoded(null, null, "the input holds only whitespace");
        }
        return new Decoded(s, "UTF-8", null);
    }
}
