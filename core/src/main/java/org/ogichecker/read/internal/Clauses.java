package org.ogichecker.read.internal;

/**
 * Clause and sentence bounds in normalised text (after NFKC the full-width ，；！？ are ASCII). Every
 * scan is bounded, so looking around a position never costs more than the limit, however long the line.
 */
final class Clauses {

    private static final String CLAUSE_ENDS = ",。;!?";
    private static final String SENTENCE_ENDS = "。;!?";

    private Clauses() {
    }

    static boolean endsClause(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0;
    }

    static boolean endsSentence(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    /** Start of the clause containing {@code pos}, at most {@code limit} characters back. */
    static int clauseStart(String s, int pos, int limit) {
        return back(s, pos, limit, CLAUSE_ENDS);
    }

    /** End (exclusive) of the clause containing {@code pos}, at most {@code limit} characters on. */
    static int clauseEnd(String s, int pos, int limit) {
        return forward(s, pos, limit, CLAUSE_ENDS);
    }

    static int sentenceStart(String s, int pos, int limit) {
        return back(s, pos, limit, SENTENCE_ENDS);
    }

    static int sentenceEnd(String s, int pos, int limit) {
        return forward(s, pos, limit, SENTENCE_ENDS);
    }

    /** The clause around [from, to), cut to {@code limit} characters on each side, stripped. */
    static String around(String s, int from, int to, int limit) {
        return s.substring(clauseStart(s, from, limit), clauseEnd(s, to, limit)).strip();
    }

    private static int back(String s, int pos, int limit, String ends) {
        int stop = Math.max(0, pos - limit);
        for (int i = pos - 1; i >= stop; i--) {
            if (ends.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return stop;
    }

    private static int forward(String s, int pos, int limit, String ends) {
        int stop = Math.min(s.length(), pos + limit);
        for (int i = pos; i < stop; i++) {
            if (ends.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return stop;
    }
}
