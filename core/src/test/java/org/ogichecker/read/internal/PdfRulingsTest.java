package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.ogichecker.testing.BadInputs;

class PdfRulingsTest {

    private static PdfRulings rulings(String content) throws Exception {
        byte[] pdf = BadInputs.pdfPage(content.getBytes(StandardCharsets.US_ASCII));
        Limits limits = new Limits(1 << 20, 10, 1_000_000, 100_000, 1 << 20, 1000, Duration.ofSeconds(60));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfRulings.of(doc.getPage(0), 0, new PdfBudget(limits, limits.deadline(), 1));
        }
    }

    @Test
    void strokedLinesAreRulesInTextCoordinates() throws Exception {
        PdfRulings r = rulings("10 700 m 300 700 l S 50 600 m 50 750 l S");

        assertThat(r.horizontal).containsExactly(new PdfRulings.Seg(13_700, 10, 300)); // y down from the top
        assertThat(r.vertical).containsExactly(new PdfRulings.Seg(50, 13_650, 13_800));
    }

    @Test
    void aPageDrawingMoreShapesThanAPageMayHoldKeepsOnlyTheFirst() throws Exception {
        PdfRulings r = rulings("0 0 m 500 0 l S\n".repeat(PdfRulings.MAX_PAGE_SHAPES + 1000)
                + "0 0 m 0 500 l S");

        assertThat(r.horizontal).hasSize(PdfRulings.MAX_PAGE_SHAPES);
        assertThat(r.vertical).isEmpty();
    }
}
