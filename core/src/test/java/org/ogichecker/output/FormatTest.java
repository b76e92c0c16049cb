package org.ogichecker.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ogichecker.output.Results.checked;
import static org.ogichecker.output.Results.finding;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.Severity;

class FormatTest {

    @Test
    void namesAreParsedInAnyCase() {
        assertThat(Format.parse("json")).isEqualTo(Format.JSON);
        assertThat(Format.parse("Sarif")).isEqualTo(Format.SARIF);
        assertThat(Format.parse(" HTML ")).isEqualTo(Format.HTML);
    }

    @Test
    void anUnknownNameListsTheAcceptedOnes() {
        assertThatThrownBy(() -> Format.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xml'").hasMessageContaining("text, json, sarif, html, csv");
    }

    @Test
    void eachFormatHasItsExtension() {
        assertThat(List.of(Format.values())).extracting(Format::extension)
                .containsExactly("txt", "json", "sarif", "html", "csv");
    }

    @Test
    void openGivesTheSameOutputAsTheWriterOfTheFormat() {
        List<CheckResult> results = List.of(checked("a.txt", finding("R1", Severity.ERROR, 3)));

        assertThat(ResultWriter.render(results, w -> Format.TEXT.open(w, Language.EN)))
                .isEqualTo(TextWriter.toText(results, Language.EN));
        assertThat(ResultWriter.render(results, w -> Format.JSON.open(w, Language.EN)))
                .isEqualTo(JsonWriter.toJson(results));
        assertThat(ResultWriter.render(results, w -> Format.CSV.open(w, Language.ZH)))
                .isEqualTo(CsvWriter.toCsv(results, Language.ZH));
        assertThat(ResultWriter.render(results, w -> Format.HTML.open(w, Language.ZH)))
                .isEqualTo(HtmlWriter.toHtml(results, Language.ZH));
        assertThat(ResultWriter.render(results, w -> Format.SARIF.open(w, Language.ZH)))
                .isEqualTo(SarifWriter.toSarif(results, Language.ZH, List.of()));
    }
}
