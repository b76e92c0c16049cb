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
    void theQuickTestAgreesWithCompactingTheWholeLine() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "收费及减免情况：本机关未收取任何费用。", "（三）收费及减免情况。本机关未收取任何费用。",
                "收 费 情 况 ： 无", "费：无", "一、" + "很".repeat(19) + "：内容", "一、" + "很".repeat(30) + "：内容",
                "ｅ\u0301收费：无", "收费情况﹕无", "收费情况｡无", "", "：", "ab:", "abc:", "\t收费：无", "收費情況：無"));
        try (Stream<Path> files = Files.list(Path.of("../examples/samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        for (String line : lines) {
            for (String l : List.of(line, Texts.normalize(line))) {
                int end = R2007Items.labelEnd(l, 0, l.length());
                if (end == R2007Items.NO_LABEL) {
                    assertThat(R2007Items.labelled(l)).as(l).isEmpty();
                } else if (end >= 0) {
                    // the compacted head is the head of the compacted line, and the label ends right after it
                    String head = Texts.compact(l.substring(0, end));
                    String compacted = Texts.compact(l);
                    assertThat(compacted).as(l).startsWith(head);
                    assertThat(compacted.charAt(head.length())).as(l).isIn(':', '：', '。');
                }
            }
        }
    }

    @Test
    void aLabelledLineIsFoundByTheQuickTest() {
        String line = "收费及减免情况：本机关未收取任何费用。";
        assertThat(R2007Items.labelEnd(line, 0, line.length())).isEqualTo(7);
        assertThat(R2007Items.labelled(line)).isPresent();
    }
}
