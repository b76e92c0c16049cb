package org.ogichecker.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ogichecker.text.Texts;

/** Normalisation of table labels for matching (requirements.md §0.3). */
public final class Labels {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String DIGITS = "0123456789";

    private Labels() {
    }

    /** NFKC, simplified, no whitespace, one quote style, no trailing colon. */
    public static String key(String label) {
        return keyOfCompact(Texts.compact(label));
    }

    private static String keyOfCompact(String compact) {
        String s = compact;
        if (hasQuote(s)) {
            char[] cs = s.toCharArray();
            for (int i = 0; i < cs.length; i++) {
                if (isQuote(cs[i])) {
                    cs[i] = '"';
                }
            }
            s = new String(cs);
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isQuote(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(char c) {
        if (c > '』') {
            return false; // the CJK ideographs of most labels: one comparison instead of the switch
        }
        return switch (c) {
            case '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』' -> true;
            default -> false;
        };
    }

    /**
     * {@link #key} of a label of a layout, interned, as {@link #layoutCore}: the keys the layouts look labels up by
     * are then the very strings {@link #ofCommon} and {@link #ofCompact} return for them, which a hash map finds
     * without comparing their characters.
     */
    static String layoutKey(String label) {
        return key(label).intern();
    }

    /** {@link #core} of a label of a layout, interned (see {@link #layoutKey}). */
    static String layoutCore(String label) {
        return core(label).intern();
    }

    /** {@link #key} and {@link #core} of one label, for matching it against many. */
    public record Normalised(String key, String core) {
    }

    public static Normalised normalised(String label) {
        return ofCompact(Texts.compact(label));
    }

    /**
     * {@link #normalised} of a label already through {@link Texts#compact}. The labels of the layouts, which most
     * row labels read are, come from a table made once: no core cut out again, and their keys hash once.
     */
    public static Normalised ofCompact(String compact) {
        String key = keyOfCompact(compact);
        Normalised known = Known.get(key);
        return known != null ? known : new Normalised(key, coreOfKey(key));
    }

    /**
     * {@link #normalised} of a text whose characters are all {@link Texts#common common}, or null when one is not.
     * Made in one pass over the text, and without a new string for the labels of the layouts: the readers
     * normalise every cell of a table to find its label.
     */
    public static Normalised ofCommon(String text) {
        char[] key = new char[text.length()];
        int length = 0;
        int hash = 0; // String.hashCode of the key, made in the same pass
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = Texts.common(c);
            if (n == 0 && c != 0) {
                return null;
            }
            if (!Texts.isSpace(n)) {
                char k = isQuote(n) ? '"' : n;
                key[length++] = k;
                hash = 31 * hash + k;
            }
        }
        if (length > 0 && key[length - 1] == ':') {
            while (length > 0 && key[length - 1] == ':') {
                length--;
            }
            hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + key[i];
            }
        }
        Normalised known = Known.get(key, length, hash);
        if (known != null) {
            return known;
        }
        String s = new String(key, 0, length);
        return new Normalised(s, coreOfKey(s));
    }

    /** The {@link #core}s of the labels of the rows and columns of {@link Layouts#all} and of their variants. */
    static Set<String> knownCores() {
        Set<String> cores = new HashSet<>();
        for (Normalised n : Known.TABLE) {
            if (n != null) {
                cores.add(n.core());
            }
        }
        return cores;
    }

    /**
     * The labels of the rows and columns of {@link Layouts#all}, with their variants, in a hash table by the
     * characters of their keys, so that a key can be looked up before it is made a string.
     */
    private static final class Known {
        /** Made on first use, after the layouts: they are built with {@link #key} and {@link #core}. */
        private static final Normalised[] TABLE = table();

        private static Normalised[] table() {
            Map<String, Normalised> m = new HashMap<>();
            for (TableLayout layout : Layouts.all()) {
                for (RowDef r : layout.rows()) {
                    add(m, r.label());
                    r.variants().forEach(v -> add(m, v));
                }
                for (ColumnDef c : layout.columns()) {
                    add(m, c.label());
                    c.variants().forEach(v -> add(m, v));
                }
            }
            // open addressing, at most a quarter full: a lookup rarely probes a second slot
            Normalised[] table = new Normalised[Integer.highestOneBit(m.size() * 4) * 2];
            for (Normalised n : m.values()) {
                int i = slot(n.key().hashCode(), table.length);
                while (table[i] != null) {
                    i = (i + 1) & (table.length - 1);
                }
                table[i] = n;
            }
            return table;
        }

        private static void add(Map<String, Normalised> m, String label) {
            String key = layoutKey(label);
            m.putIfAbsent(key, new Normalised(key, coreOfKey(key).intern()));
        }

        private static int slot(int hash, int size) {
            return (hash ^ (hash >>> 16)) & (size - 1);
        }

        static Normalised get(String key) {
            for (int i = slot(key.hashCode(), TABLE.length); TABLE[i] != null; i = (i + 1) & (TABLE.length - 1)) {
                if (TABLE[i].key().equals(key)) {
                    return TABLE[i];
                }
            }
            return null;
        }

        /** {@link #get(String)} of the key in {@code chars[0, length)}, whose String.hashCode is {@code hash}. */
        static Normalised get(char[] chars, int length, int hash) {
            for (int i = slot(hash, TABLE.length); TABLE[i] != null; i = (i + 1) & (TABLE.length - 1)) {
                if (sameChars(TABLE[i].key(), chars, length)) {
                    return TABLE[i];
                }
            }
            return null;
        }

        private static boolean sameChars(String key, char[] chars, int length) {
            if (key.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (key.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@link #key} without a leading "其中:" and without leading numbering such as 一、 (一) 1. */
    public static String core(String label) {
        return coreOfKey(key(label));
    }

    private static String coreOfKey(String key) {
        int from = key.startsWith("其中:") ? 3 : 0;
        // skip the numberings and cut once: cutting per numbering copies a long label ("一、一、一、…")
        // once per numbering, quadratic in its length
        for (int end = numberingEnd(key, from); end >= 0; end = numberingEnd(key, from)) {
            from = end;
        }
        return key.substring(from);
    }

    /**
     * The end of a numbering at {@code at} in a normalised label, or -1: one to three Chinese numerals and 、
     * or '.', such as 一、; the same numerals in brackets, such as (一); one or two digits and '.' or 、 not
     * followed by a digit (1. but not the decimal 1.5).
     */
    private static int numberingEnd(String s, int at) {
        if (at >= s.length()) {
            return -1;
        }
        if (s.charAt(at) == '(') {
            int end = at + 1 + run(s, at + 1, NUMERALS);
            return end > at + 1 && end <= at + 4 && end < s.length() && s.charAt(end) == ')' ? end + 1 : -1;
        }
        int numerals = run(s, at, NUMERALS);
        int digits = numerals > 0 ? 0 : run(s, at, DIGITS);
        int end = at + numerals + digits;
        boolean counted = numerals >= 1 && numerals <= 3 || digits >= 1 && digits <= 2;
        if (!counted || end >= s.length() || s.charAt(end) != '、' && s.charAt(end) != '.') {
            return -1;
        }
        return digits > 0 && end + 1 < s.length() && DIGITS.indexOf(s.charAt(end + 1)) >= 0 ? -1 : end + 1;
    }

    /** The number of characters from {@code at} on that are among {@code chars}. */
    private static int run(String s, int at, String chars) {
        int i = at;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i - at;
    }

    /**
     * Similarity of two labels in [0, 1]: 1 − Levenshtein distance / length of the longer. Used to
     * accept typos such as 其他法律行政止公开 for 其他法律行政法规禁止公开. When it is below {@code floor} the
     * result may be only an upper bound of it, below floor too: the distance is not computed further once it
     * cannot come out small enough.
     *
     * @param work two rows of at least {@code b.length() + 1} ints to compute the distance in, reused by a caller
     *             that compares one label with many
     */
    static double similarity(String a, String b, double floor, int[][] work) {
        int n = a.length();
        int m = b.length();
        int longer = Math.max(n, m);
        if (longer == 0) {
            return 1;
        }
        double bound = 1.0 - (double) Math.abs(n - m) / longer; // the distance is at least the difference in length
        if (bound < floor) {
            return bound;
        }
        int[] prev = work[0];
        int[] cur = work[1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            bound = 1.0 - (double) rowMin / longer; // the distance is at least the smallest of a row
            if (bound < floor) {
                return bound;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[m] / longer;
    }
}
