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

/** The quick test that rules out normalised lines before {@link R2007Items#labelled} compacts and matches them. */
class R2007ItemsTest {

    @Test
    void theCharactersSkippedAreThoseThatRemovingSpacesRemoves() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(R2007Items.isSpace(c)).as("U+%04X", (int) c).isEqualTo(Texts.removeSpaces(String.valueOf(c)).isEmpty());
        }
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
            // section texts, whose lines are matched, are normalised
            String l = Texts.normalize(line);
            int end = R2007Items.labelEnd(l, 0, l.length());
            if (end == R2007Items.NO_LABEL) {
                assertThat(R2007Items.labelled(l)).as(l).isEmpty();
            } else {
                // the compacted head is the head of the compacted line, and the label ends right after it
                String head = Texts.compact(l.substring(0, end));
                String compacted = Texts.compact(l);
                assertThat(compacted).as(l).startsWith(head);
                assertThat(compacted.charAt(head.length())).as(l).isIn(':', '：', '。');
                assertThat(head.length()).as(l).isBetween(2, 25);
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
