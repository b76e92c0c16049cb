package org.ogichecker.read.internal;

/**
 * Clause and sentence bounds in normalised text (after NFKC the full-width ，；！？ are ASCII). Every
 * scan is bounded, so looking around a position never costs more than the limit, however long the line.
 */
final class Clauses {

    private Clauses() {
    }

    static boolean endsClause(char c) {
        return c == ',' || endsSentence(c);
    }

    static boolean endsSentence(char c) {
        return c == '。' || c == ';' || c == '!' || c == '?';
    }

    /** Start of the clause containing {@code pos}, at most {@code limit} characters back. */
    static int clauseStart(String s, int pos, int limit) {
        return back(s, pos, limit, true);
    }

    /** End (exclusive) of the clause containing {@code pos}, at most {@code limit} characters on. */
    static int clauseEnd(String s, int pos, int limit) {
        return forward(s, pos, limit, true);
    }

    static int sentenceStart(String s, int pos, int limit) {
        return back(s, pos, limit, false);
    }

    static int sentenceEnd(String s, int pos, int limit) {
        return forward(s, pos, limit, false);
    }

    /** The clause around [from, to), cut to {@code limit} characters on each side, stripped. */
    static String around(String s, int from, int to, int limit) {
        return s.substring(clauseStart(s, from, limit), clauseEnd(s, to, limit)).strip();
    }

    /** {@code clause}: the nearest end of a clause, else of a sentence. */
    private static boolean ends(char c, boolean clause) {
        return clause ? endsClause(c) : endsSentence(c);
    }

    private static int back(String s, int pos, int limit, boolean clause) {
        int stop = Math.max(0, pos - limit);
        for (int i = pos - 1; i >= stop; i--) {
            if (ends(s.charAt(i), clause)) {
                return i + 1;
            }
        }
        return stop;
    }

    private static int forward(String s, int pos, int limit, boolean clause) {
        int stop = Math.min(s.length(), pos + limit);
        for (int i = pos; i < stop; i++) {
            if (ends(s.charAt(i), clause)) {
                return i;
            }
        }
        return stop;
    }
}
