package org.ogichecker.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Text normalisation shared by readers and rules: NFKC (full-width forms to half-width, compatibility
 * ideographs), traditional characters to simplified, and the no-break and ideographic spaces to
 * plain spaces. The original text is kept elsewhere for evidence; this is for matching.
 */
public final class Texts {

    private Texts() {
    }

    /** NFKC plus traditional→simplified; spaces of every kind become ' '. Never null. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String fast = normalizeCommon(s);
        return fast != null ? fast : normalizeFully(s);
    }

    /**
     * {@link #normalize} of text made only of {@link #common common} characters, or null when another one occurs.
     * Common characters are unchanged by NFKC or map to single common characters, and none of them combines
     * with the character before it under NFKC, so each can be normalised alone; TextsTest checks both against the full path.
     * Nearly every line of a report is such text, and this is several times faster than the Normalizer.
     */
    static String normalizeCommon(String s) {
        return normalizeCommon(s, 0, s.length());
    }

    /** {@link #normalizeCommon} of {@code s[start, end)}. */
    private static String normalizeCommon(String s, int start, int end) {
        char[] out = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char r = common(c);
            if (r == 0 && c != 0) {
                return null;
            }
            if (r != c && out == null) {
                out = new char[end - start];
                s.getChars(start, i, out, 0);
            }
            if (out != null) {
                out[i - start] = r;
            }
        }
        return out == null ? s.substring(start, end) : new String(out);
    }

    /**
     * {@link #normalize} and then {@link String#strip}, in one copy for text made of {@link #common} characters: most
     * paragraph lines are indented with ideographic spaces, which normalising changes and stripping then removes.
     */
    public static String normalizeAndStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isCommonWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isCommonWhitespace(s.charAt(end - 1))) {
            end--;
        }
        String fast = normalizeCommon(s, start, end);
        return fast != null ? fast : normalize(s).strip();
    }

    /** A common character that normalises into what {@link String#strip} removes. */
    private static boolean isCommonWhitespace(char c) {
        char r = common(c);
        return r != 0 && Character.isWhitespace(r);
    }

    /** Stable punctuation outside ASCII that reports use: it is neither changed by NFKC nor combines. */
    private static final String COMMON_PUNCTUATION = "、。〈〉《》「」『』【】〔〕〖〗“”‘’—·×";

    /**
     * The normalised form of a common character, or 0 when {@code c} is not common: a common character is
     * normalised alone, into one character, whatever stands around it ({@link #normalizeCommon}).
     */
    public static char common(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= Simplified.BASE && c < Simplified.BASE + Simplified.SIZE) {
            char m = Simplified.MAP[c - Simplified.BASE];
            return m != 0 ? m : c;
        }
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0); // full-width ASCII
        }
        if (c == '\u3000' || c == '\u00a0') {
            return ' ';
        }
        return COMMON_PUNCTUATION.indexOf(c) >= 0 ? c : 0;
    }

    /** NFKC, then the map and the spaces: for any text. */
    static String normalizeFully(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = null;
        char[] map = Simplified.MAP;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char r = c;
            if (c >= Simplified.BASE && c < Simplified.BASE + map.length && map[c - Simplified.BASE] != 0) {
                r = map[c - Simplified.BASE];
            } else if (Character.isSpaceChar(c) && c != ' ') {
                r = ' ';
            }
            if (r != c) {
                if (b == null) {
                    b = new StringBuilder(n);
                }
                b.setCharAt(i, r);
            }
        }
        return b == null ? n : b.toString();
    }

    /** {@link #normalize} and then every whitespace character removed. */
    public static String compact(String s) {
        return removeSpaces(normalize(s));
    }

    /** Every whitespace character removed: {@link #compact} of text that is already normalised. */
    public static String removeSpaces(String n) {
        int i = 0;
        while (i < n.length() && !isSpace(n.charAt(i))) {
            i++;
        }
        if (i == n.length()) {
            return n;
        }
        char[] out = new char[n.length()];
        n.getChars(0, i, out, 0);
        int k = i;
        for (; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!isSpace(c)) {
                out[k++] = c;
            }
        }
        return new String(out, 0, k);
    }

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, without their table lookups for most text. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
        }
        // no character above the ideographic space is a space
        return c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The traditional→simplified map: pairs of characters, generated from ICU (see TextsTest). */
    static final String RESOURCE = "simplified.txt";

    /**
     * A one-to-one map of the CJK Unified Ideographs block to simplified forms, from ICU's
     * Traditional-Simplified transform, with its chains followed to their end so that normalising twice changes
     * nothing (ICU maps 苎→苧→苎): the per-character lookup is what makes reading fast; phrase-level
     * conversions (rare in these reports) are not needed for matching. Loaded from {@link #RESOURCE}, which
     * TextsTest checks against ICU: running the transform over the block at start-up took most of a second
     * of the CLI's time to the first result.
     */
    static final class Simplified {
        static final char BASE = '\u4e00';
        static final int SIZE = 0x9fff - BASE + 1;
        static final char[] MAP = load();

        private static char[] load() {
            try (InputStream in = Texts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + RESOURCE + " is missing");
                }
                String pairs = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                char[] map = new char[SIZE];
                for (int i = 0; i + 1 < pairs.length(); i += 2) {
                    map[pairs.charAt(i) - BASE] = pairs.charAt(i + 1);
                }
                return map;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
