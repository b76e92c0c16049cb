package org.ogichecker.rules.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.StandardRulePack;

/**
 * Long adversarial lines, the kind that make a backtracking regular expression run for ever, put
 * into a real report inside a table, as a paragraph, a heading, a contact line, a table label and
 * table cells: the read and the check finish under a generous hang guard.
 */
class AdversarialLinesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("100 000 digits", "1".repeat(100_000)),
                Arguments.of("100 000 full stops", "。".repeat(100_000)),
                Arguments.of("100 000 spaces then a letter", " ".repeat(100_000) + "x"),
                Arguments.of("a page number then 100 000 spaces", "1" + " ".repeat(100_000) + "x"),
                Arguments.of("a page number then 100 000 dashes", "第1页" + "-".repeat(100_000) + "x"),
                Arguments.of("100 000 ideographic spaces", "\u3000".repeat(100_000) + "。"),
                Arguments.of("第一 50 000 times", "第一".repeat(50_000)),
                Arguments.of("一、 50 000 times", "一、".repeat(50_000)),
                Arguments.of("a number of 10 000 digits", "主动公开信息" + "9".repeat(10_000) + "条"),
                Arguments.of("dates without an end", "2024年1月1日至".repeat(20_000)),
                Arguments.of("phone-like digits and dashes", "0951-".repeat(20_000)),
                Arguments.of("e-mail-like dots", "a.".repeat(50_000) + "@"),
                Arguments.of("100 000 numbers between gaps", "总计  " + "0  ".repeat(100_000)),
                Arguments.of("100 000 numbers one space apart", "总计 " + "0 ".repeat(100_000)),
                Arguments.of("50 000 row labels one space apart", "行政复议 行政诉讼 ".repeat(25_000)),
                Arguments.of("50 000 column labels between gaps", "自然人  总计  ".repeat(25_000)),
                Arguments.of("50 000 row labels after empty cells, then a number", "规章" + "\t\t规章".repeat(50_000) + "\t1"),
                Arguments.of("a drawn row of 100 000 strokes", "|".repeat(100_000)),
                Arguments.of("a drawn row of 50 000 numbers", "| 0 ".repeat(50_000) + "|"),
                Arguments.of("a drawn rule of 100 000 strokes", "+" + "-".repeat(100_000)),
                Arguments.of("claims without a number", "未收到申请，未收取费用，".repeat(10_000)),
                Arguments.of("100 000 link openings then a link", "[".repeat(100_000) + "](x)"),
                Arguments.of("links without an end", "[a](".repeat(50_000)),
                Arguments.of("50 000 line breaks without a close", "<br".repeat(50_000) + ">"),
                Arguments.of("emphasis runs and single stars", "**a*_".repeat(40_000)),
                Arguments.of("a heading of 100 000 hashes", "# " + "#".repeat(100_000)),
                Arguments.of("100 000 escapes", "\\*".repeat(100_000)),
                Arguments.of("5 000 nested tables never closed", "<table><tr><td>".repeat(5_000)),
                Arguments.of("a table of 10 000 rows on one line", "<table>" + "<tr><td>1</td></tr>".repeat(10_000)
                        + "</table>"),
                Arguments.of("50 000 table tags without an end", "<table".repeat(50_000)));
    }

    /** Reads and checks {@code text}, of any number of lines: the time bounds are tested beyond the line limit. */
    private static CheckResult check(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReportReader reader = ReportReader.create().withMaxLines(Integer.MAX_VALUE);
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CHECKER.check(reader.read(bytes, "adversarial.txt")));
    }

    private static String seed() throws Exception {
        return Files.readString(Path.of("../examples/samples/003_787e7c90b6bc98b9.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void aLongAdversarialLineIsReadAndCheckedInBoundedTime(String name, String line) throws Exception {
        String seed = seed();
        int inTable = seed.indexOf('\n', seed.indexOf('\t')) + 1; // after the first table row
        CheckResult r = check(seed.substring(0, inTable) + line + "\n" + seed.substring(inTable) + "\n" + line
                + "\n一、" + line + "\n联系电话：" + line + "\n" + line + "\t" + line + "\t" + line + "\n（七）总计\t" + line
                + "\t" + line + "\n");

        assertThat(r.status()).as("%s", r.findings()).isEqualTo(CheckResult.Status.CHECKED);
    }

    @Test
    void aDrawnGridOfSixThousandRowsOfSixtyColumnsIsReadAndCheckedInBoundedTime() throws Exception {
        String rule = "+" + "---+".repeat(60) + "\n";
        // 4.4 million characters, within the length limit
        String grid = rule + ("|" + " 0 |".repeat(60) + "\n|" + " 1 |".repeat(60) + "\n" + rule).repeat(6_000);

        CheckResult r = check(seed() + "\n" + grid);

        assertThat(r.status()).as("%s", r.findings()).isEqualTo(CheckResult.Status.CHECKED);
    }

    @Test
    void twentyThousandRowsOfValuesOneSpaceApartAmongShortPiecesAreReadAndCheckedInBoundedTime() throws Exception {
        // each row a label of single characters set one space apart before its values (every space a place where a
        // row label might start), each between pieces of a header set two characters a line
        String row = "法 提 供 " + "没 ".repeat(100) + "1 0 0\n";
        String rows = ("结果\n维持\n" + row).repeat(20_000); // 4.4 million characters

        CheckResult r = check(seed() + "\n" + rows);

        assertThat(r.status()).as("%s", r.findings()).isEqualTo(CheckResult.Status.CHECKED);
    }

    @Test
    void tablesWrittenACellALineAreReadAndCheckedInBoundedTime() throws Exception {
        // a million values a line each after no label, and runs of table 四's fifteen values after many blank lines
        String values = "1\n".repeat(1_000_000);
        String tableFour = ("行政复议\n行政诉讼\n" + "\n".repeat(10_000) + "0\n".repeat(15)).repeat(100);

        for (String text : List.of(values, tableFour)) {
            CheckResult r = check(seed() + "\n" + text);
            assertThat(r.status()).as("%s", r.findings()).isEqualTo(CheckResult.Status.CHECKED);
        }
    }

    @Test
    void eightyThousandLinesOfDifferentClaimsAndPhoneNumbersInOnePartAreReadAndCheckedInBoundedTime() throws Exception {
        StringBuilder part = new StringBuilder("一、总体情况\n");
        for (int i = 0; i < 80_000; i++) { // 4.6 million characters
            part.append("本机关主动公开政府信息 ").append(i).append(" 条，其中规范性文件 ").append(i)
                    .append(" 件。电话：0512-").append(10_000_000 + i).append('\n');
        }

        CheckResult r = check(seed() + "\n" + part);

        assertThat(r.status()).as("%s", r.findings()).isEqualTo(CheckResult.Status.CHECKED);
    }

    @Test
    void aSingleFiveMegabyteLineOfFiguresIsReadAndCheckedInBoundedTime() throws Exception {
        String line = "本机关全年主动公开政府信息12条，其中规范性文件3件，".repeat(5 * 1024 * 1024 / 78);

        CheckResult r = check(seed() + "\n" + line + "\n");

        assertThat(r.status()).as("%s", r.findings()).isEqualTo(CheckResult.Status.CHECKED);
    }
}
