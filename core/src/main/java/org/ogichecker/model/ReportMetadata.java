package org.ogichecker.model;

import java.time.LocalDate;

/**
 * What the report says about itself.
 *
 * @param title          the report title as printed (normalised), or null
 * @param agency         the reporting body, or null when it cannot be found
 * @param year           the report year (the year the report covers), or null when unknown
 * @param yearEvidence   where the year was read ("title", "period", "text") or null
 * @param bodyType       government, department or unknown
 * @param published      the publication date if known (from the caller, a 发布时间 line, a web page's header bar or
 *                       {@code <meta name="PubDate">}, or a signature)
 * @param publishedLine  the source line of the publication date, 0 when given by the caller or unknown
 * @param regime         the regime the report is checked under
 */
public record ReportMetadata(
        String title,
        String agency,
        Integer year,
        String yearEvidence,
        BodyType bodyType,
        LocalDate published,
        int publishedLine,
        Regime regime) {

    public ReportMetadata withRegime(Regime r) {
        return new ReportMetadata(title, agency, year, yearEvidence, bodyType, published, publishedLine, r);
    }

    public ReportMetadata withBodyType(BodyType b) {
        return new ReportMetadata(title, agency, year, yearEvidence, b, published, publishedLine, regime);
    }

    public ReportMetadata withPublished(LocalDate date, int line) {
        return new ReportMetadata(title, agency, year, yearEvidence, bodyType, date, line, regime);
    }
}
