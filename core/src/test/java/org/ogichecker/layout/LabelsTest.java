package org.ogichecker.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.text.Texts;

class LabelsTest {

    @Test
    void theOnePassNormalisationOfCommonTextAgreesWithTheGeneralOne() {
        List<String> texts = new ArrayList<>();
        for (TableLayout layout : Layouts.all()) {
            for (RowDef r : layout.rows()) {
                texts.add(r.label());
                texts.addAll(r.variants());
            }
            for (ColumnDef c : layout.columns()) {
                texts.add(c.label());
                texts.addAll(c.variants());
            }
        }
        for (String label : List.copyOf(texts)) {
            texts.add(" " + label.replace("（", "(").replace("）", ") ") + "\u3000");
            texts.add("其中：" + label + "：:");
            texts.add("“" + label + "”");
            texts.add(label.substring(0, label.length() / 2) + "\t" + label.substring(label.length() / 2) + "關");
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            texts.add(String.valueOf(c));
            texts.add("规" + c + "章");
            texts.add(c + " 属于国家秘密:");
        }
        for (String text : texts) {
            Labels.Normalised common = Labels.ofCommon(text);
            boolean allCommon = text.chars().allMatch(c -> c == 0 || Texts.common((char) c) != 0);
            assertThat(common).as(text).isEqualTo(allCommon ? Labels.normalised(text) : null);
        }
    }

    @Test
    void theLabelsOfTheLayoutsAreReadWithoutANewKey() {
        Labels.Normalised label = Labels.ofCommon(" 规　章：");
        assertThat(Labels.ofCommon("规章")).isSameAs(label);
        assertThat(Labels.ofCompact("规章")).isSameAs(label);
    }
}
