package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadFailuresTest {

    private static RuntimeException thrownAt(String... classes) {
        RuntimeException e = new IllegalStateException("x");
        e.setStackTrace(Arrays.stream(classes)
                .map(c -> new StackTraceElement(c, "m", null, 1)).toArray(StackTraceElement[]::new));
        return e;
    }

    @Test
    void anExceptionFromOurOwnCodeIsOursEvenWhenTheJdkThrewItForUs() {
        RuntimeException e = thrownByOurCode();

        assertThat(ReadFailures.isOurs(e)).isTrue();
        assertThat(ReadFailures.isOurs(thrownAt("java.util.Objects", "org.ogichecker.read.internal.PdfPage",
                "org.apache.pdfbox.text.PDFTextStripper"))).isTrue();
    }

    @Test
    void anExceptionFromALibraryIsNotOursEvenWhenOurCodeCalledIt() {
        assertThat(ReadFailures.isOurs(thrownAt("java.util.ArrayList", "org.apache.pdfbox.pdfparser.COSParser",
                "org.ogichecker.read.internal.PdfReader"))).isFalse();
        assertThat(ReadFailures.isOurs(thrownAt("org.apache.poi.xwpf.usermodel.XWPFDocument",
                "org.ogichecker.read.internal.DocxReader"))).isFalse();
    }

    @Test
    void anExceptionWithoutAStackTraceCountsAsTheLibrarys() {
        assertThat(ReadFailures.isOurs(thrownAt())).isFalse();
    }

    @Test
    void theInternalReasonIsTheReadersLastResortOneInBothLanguages() {
        Reason r = ReadFailures.internal(new IllegalStateException("boom"));

        assertThat(r.en()).startsWith(ReadFailures.INTERNAL).contains("internal error").contains("boom");
        assertThat(r.zh()).startsWith("读取时发生内部错误").contains("boom");
    }

    private static RuntimeException thrownByOurCode() {
        try {
            List.of().get(0);
            throw new AssertionError("no exception");
        } catch (IndexOutOfBoundsException e) {
            return e;
        }
    }
}
