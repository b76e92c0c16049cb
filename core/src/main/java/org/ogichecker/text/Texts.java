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
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the text has at least one CJK ideograph that has a different simplified form. */
    public static boolean hasTraditional(String s) {
        char[] map = Simplified.MAP;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= Simplified.BASE && c < Simplified.BASE + map.length && map[c - Simplified.BASE] != 0) {
                return true;
            }
        }
        return false;
    }

    /** The traditional→simplified map: pairs of characters, generated from ICU (see TextsTest). */
    static final String RESOURCE = "simplified.txt";

    /**
     * A one-to-one map of the CJK Unified Ideographs block to simplified forms, from ICU's
     * Traditional-Simplified transform: the per-character lookup is what makes reading fast; phrase-level
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
