package org.ogichecker.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ogichecker.text.Texts;

/** The quick test that rules out lines before {@link R2007Items#labelled} compacts and matches them. */
class R2007ItemsTest {

    @Test
    void everyCharacterTakenAsKeptCompactsToOneCharacterThatEndsNoLabel() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (R2007Items.keptAsOne(c)) {
                String k = Texts.compact(String.valueOf(c));
                assertThat(k).as("U+%04X", (int) c).hasSize(1);
                assertThat(k.charAt(0)).as("U+%04X", (int) c).isNotIn(':', '：', '。');
            }
        }
    }

    @Test
    void theSpacesSkippedAndTheLabelEndsCompactAsAssumed() {
        assertThat(Texts.compact(" \u3000")).isEmpty();
        assertThat(Texts.compact("：")).isIn(":", "：");
        assertThat(Texts.compact("。")).isEqualTo("。");
    }

    @Test
    void aLineRuledOutByTheQuickTestHasNoLabel() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "收费及减免情况：本机关未收取任何费用。", "（三）收费及减免情况。本机关未收取任何费用。",
                "收 费 情 况 ： 无", "费：无", "一、" + "很".repeat(19) + "：内容", "一、" + "很".repeat(30) + "：内容",
                "ｅ\u0301收费：无", "收费情况﹕无", "收费情况｡无", "", "：", "ab:", "abc:", "\t收费：无"));
        try (Stream<Path> files = Files.list(Path.of("../examples/samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        for (String line : lines) {
            String normalized = Texts.normalize(line);
            for (String l : List.of(line, normalized)) {
                if (!R2007Items.mayBeLabelled(l, 0, l.length())) {
                    assertThat(R2007Items.labelled(l)).as(l).isEmpty();
                }
            }
        }
    }

    @Test
    void aLabelledLineIsNotRuledOut() {
        String line = "收费及减免情况：本机关未收取任何费用。";
        assertThat(R2007Items.mayBeLabelled(line, 0, line.length())).isTrue();
        assertThat(R2007Items.labelled(line)).isPresent();
    }
}
