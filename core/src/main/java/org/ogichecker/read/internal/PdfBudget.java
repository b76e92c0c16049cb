package org.ogichecker.read.internal;

/**
 * What reading one PDF may take within its pages. A compressed content stream of a few kilobytes can unpack to
 * millions of operators: a page showing ten million glyphs filled a 1 GB heap, and one drawing forty million
 * lines took fifteen seconds, both from files under 1 MB. So the time limit is checked between operators, not
 * only between pages, and a page may hold only so many glyphs (each a PDFBox object until the page is laid out).
 */
final class PdfBudget {

    /**
     * The most glyphs a page may show. A page of a report holds a few thousand; A4 filled with 3-point type about
     * fifty thousand.
     */
    static final int MAX_PAGE_GLYPHS = 100_000;
    /** The time limit is checked once in this many operators (a power of two). */
    private static final int CHECK_EVERY = 4096;

    /** Stops PDFBox's content stream processing: unchecked, as PDFBox hands an operator's IOException to a handler. */
    static final class Exceeded extends RuntimeException {
        final transient Reason reason;

        Exceeded(Reason reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }

    private final Limits limits;
    private final long deadline;
    private final int toRead;
    private int pagesRead;
    private long operators;
    private int pageGlyphs;

    /**
     * @param deadline when reading must stop, in {@link System#nanoTime()} terms
     * @param toRead   the pages to be read
     */
    PdfBudget(Limits limits, long deadline, int toRead) {
        this.limits = limits;
        this.deadline = deadline;
        this.toRead = toRead;
    }

    /** A page begins: throws when the time is up. */
    void pageStarts() {
        checkTime();
        pageGlyphs = 0;
    }

    /** A page has been laid out, the whole text read so far holding {@code chars} characters. */
    void pageRead(long chars) {
        pagesRead++;
        if (chars > limits.maxChars()) {
            throw new Exceeded(Limits.tooLong(chars, 0, limits.maxChars()));
        }
    }

    /** An operator of a content stream is run (text or graphics). */
    void operator() {
        if ((++operators & CHECK_EVERY - 1) == 0) {
            checkTime();
        }
    }

    /** The page shows a glyph. */
    void glyph() {
        if (++pageGlyphs > MAX_PAGE_GLYPHS) {
            int page = pagesRead + 1;
            throw new Exceeded(new Reason("page " + page + " shows more than " + MAX_PAGE_GLYPHS
                    + " glyphs, the most a page may hold: it is not a page of a report",
                    "第 " + page + " 页显示的字形超过每页上限 " + MAX_PAGE_GLYPHS + " 个：不是报告的页面"));
        }
    }

    private void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded(limits.timeout(pagesRead + " of " + toRead + " pages read",
                    "已读取 " + toRead + " 页中的 " + pagesRead + " 页"));
        }
    }
}
