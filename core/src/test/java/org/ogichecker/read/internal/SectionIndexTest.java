package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Section;

/** The per-line table of innermost sections answers what a scan of the sections answers. */
class SectionIndexTest {

    @Test
    void eachLineGetsTheSectionThatAScanOfTheSectionsFinds() {
        Random random = new Random(5);
        for (int n = 0; n < 5_000; n++) {
            List<Section> sections = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                int line = random.nextInt(40);
                int end = line + random.nextInt(30);
                sections.add(new Section(i, 1 + random.nextInt(3), "", i, "h" + i, "", line, end, random.nextInt(i + 1) - 1));
            }
            SectionIndex index = new SectionIndex(sections);
            for (int line = -2; line < 75; line++) {
                assertThat(index.sectionOf(line)).as("line %d of %s", line, sections).isEqualTo(scan(sections, line));
            }
        }
    }

    @Test
    void aLineOutsideEverySectionIsInNone() {
        SectionIndex index = new SectionIndex(List.of(new Section(0, 1, "一", 1, "一、概述", "", 3, 5, -1)));
        assertThat(index.sectionOf(2)).isEqualTo(-1);
        assertThat(index.sectionOf(4)).isZero();
        assertThat(index.sectionOf(6)).isEqualTo(-1);
        assertThat(new SectionIndex(List.of()).sectionOf(1)).isEqualTo(-1);
    }

    /** The definition: the section holding the line that starts last, the deeper one of two starting together. */
    private static int scan(List<Section> sections, int line) {
        Section best = null;
        for (Section s : sections) {
            if (s.line() <= line && line <= s.endLine()
                    && (best == null || s.line() > best.line() || (s.line() == best.line() && s.level() > best.level()))) {
                best = s;
            }
        }
        return best == null ? -1 : best.index();
    }
}
