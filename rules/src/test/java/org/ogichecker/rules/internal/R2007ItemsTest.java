package org.ogichecker.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** What {@link R2007Items#labelStart} scans for. */
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]?)?([^：:。]{2,20})[：:。]");

    @Test
    void theLabelScanFindsTheLabelTheRegularExpressionFinds() {
        List<String> lines = new ArrayList<>(List.of("（三）收费及减免情况：无", "(12)收费：无", "一二三四：无", "1.2.收费：无",
                "（一）：无", "一、：无", "十、a：", "（十一）" + "很".repeat(20) + "：", "1" + "很".repeat(20) + "：",
                "𠀀𠀀𠀀" + "很".repeat(18) + "：", "一𠀀：无", "（：无", "((1)收费：无"));
        // the characters the expression distinguishes, a few others and a character outside the BMP
        String[] alphabet = {"(", "（", ")", "）", "、", ".", "．", "一", "三", "十", "1", "9", "١", "１", "：", ":", "。",
                "收", "费", "a", "\n", "𠀀"};
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(random.nextBoolean() ? 8 : 30); n > 0; n--) {
                b.append(random.nextInt(4) == 0 ? "很" : alphabet[random.nextInt(alphabet.length)]);
            }
            lines.add(b.toString());
        }
        for (String c : lines) {
            Matcher m = LABELLED.matcher(c);
            int expected = m.lookingAt() ? m.start(1) : R2007Items.NO_LABEL;
            int end = firstLabelEnd(c);
            int actual = end < 0 ? R2007Items.NO_LABEL : R2007Items.labelStart(c, end);
            assertThat(actual).as(c).isEqualTo(expected);
            if (expected != R2007Items.NO_LABEL) {
                assertThat(m.end(1)).as(c).isEqualTo(end);
            }
        }
    }

    private static int firstLabelEnd(String c) {
        for (int i = 0; i < c.length(); i++) {
            if ("：:。".indexOf(c.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aLabelledLineIsFoundByTheQuickTest() {
        String line = "收费及减免情况：本机关未收取任何费用。";
        assertThat(R2007Items.labelEnd(line, 0, line.length())).isEqualTo(7);
        assertThat(R2007Items.labelled(line)).isPresent();
    }
}
