package org.ogichecker.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.text.Texts;

/** Normalisation of table labels for matching (requirements.md §0.3). */
public final class Labels {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|\\([一二三四五六七八九十]{1,3}\\)|\\d{1,2}[.、](?!\\d))");
    private static final String QUOTE_CHARS = "\"'“”‘’「」『』";
    private static final Pattern QUOTES = Pattern.compile("[" + QUOTE_CHARS + "]");

    private Labels() {
    }

    /** NFKC, simplified, no whitespace, one quote style, no trailing colon. */
    public static String key(String label) {
        String s = Texts.compact(label);
        if (hasQuote(s)) {
            s = QUOTES.matcher(s).replaceAll("\"");
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (QUOTE_CHARS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #key} and {@link #core} of one label, for matching it against many. */
    public record Normalised(String key, String core) {
    }

    public static Normalised normalised(String label) {
        String key = key(label);
        return new Normalised(key, coreOfKey(key));
    }

    /** {@link #key} without a leading "其中:" and without leading numbering such as 一、 (一) 1. */
    public static String core(String label) {
        return coreOfKey(key(label));
    }

    private static String coreOfKey(String key) {
        String s = key;
        if (s.startsWith("其中:")) {
            s = s.substring(3);
        }
        // skip the numberings with one matcher, cutting once: cutting per numbering copies a long
        // label ("一、一、一、…") once per numbering, quadratic in its length
        Matcher m = NUMBERING.matcher(s);
        int from = 0;
        while (from < s.length() && m.region(from, s.length()).lookingAt()) {
            from = m.end();
        }
        return s.substring(from);
    }

    /** The leading numbering of a label (normalised), or "" when there is none. */
    public static String numbering(String label) {
        String s = key(label);
        if (s.startsWith("其中:")) {
            s = s.substring(3);
        }
        var m = NUMBERING.matcher(s);
        return m.find() ? m.group() : "";
    }

    /**
     * Similarity of two labels in [0, 1]: 1 − Levenshtein distance / length of the longer. Used to
     * accept typos such as 其他法律行政止公开 for 其他法律行政法规禁止公开.
     */
    public static double similarity(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 && m == 0) {
            return 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[m] / Math.max(n, m);
    }
}
