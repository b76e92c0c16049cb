package org.ogichecker.text;

import com.ibm.icu.text.Transliterator;
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

    /**
     * A one-to-one map of the CJK Unified Ideographs block to simplified forms, taken from ICU's
     * Traditional-Simplified transform once per JVM: the per-character lookup is what makes reading
     * fast; phrase-level conversions (rare in these reports) are not needed for matching.
     */
    private static final class Simplified {
        static final char BASE = '\u4e00';
        static final char[] MAP = build();

        private static char[] build() {
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            int n = 0x9fff - BASE + 1;
            char[] map = new char[n];
            StringBuilder all = new StringBuilder(n * 2);
            for (int i = 0; i < n; i++) {
                all.append((char) (BASE + i)).append('\n');
            }
            String[] out = t.transliterate(all.toString()).split("\n", -1);
            for (int i = 0; i < n && i < out.length; i++) {
                String o = out[i];
                if (o.length() == 1 && o.charAt(0) != BASE + i) {
                    map[i] = o.charAt(0);
                }
            }
            return map;
        }
    }
}
