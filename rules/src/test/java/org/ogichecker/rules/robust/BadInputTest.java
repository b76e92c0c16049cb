package org.ogichecker.rules.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.read.ReportReader;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.BadInputs;

/**
 * The bad-input corpus through the library: every input gives a result, INPUT-UNREADABLE with its
 * reason or the right findings, under a generous hang guard.
 */
class BadInputTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    static Path generated;

    @BeforeAll
    static void generateTheBigInputs() throws Exception {
        BadInputs.generate(generated);
    }

    private static CheckResult check(Path file) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CHECKER.check(ReportReader.create().read(file)),
                file.toString());
    }

    /** The only finding, INPUT-UNREADABLE; its English and Chinese messages. */
    private static List<String> unreadableReason(CheckResult r) {
        assertThat(r.status()).isEqualTo(CheckResult.Status.UNREADABLE);
        assertThat(r.findings()).extracting(Finding::requirement).containsExactly("INPUT-UNREADABLE");
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        return List.of(r.findings().get(0).messageEn(), r.findings().get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.txt                 | empty                           | 输入为空",
        "whitespace-only.txt       | only whitespace                 | 只有空白字符",
        "binary-junk.docx          | binary data                     | 二进制数据",
        "image-named.pdf           | PNG image                       | PNG 图片",
        "truncated.pdf             | truncated                       | 不完整或已损坏",
        "encrypted.pdf             | encrypted                       | 已用密码加密",
        "undetectable-encoding.txt | neither UTF-8, GB18030 nor Big5 | 无法识别文字编码",
        "attachment-only.html      | only links to 1 attached document(s): 某县科技局2025年政府信息公开工作年度报告.pdf | 只链接了 1 个附件",
        "images-only.html          | only 3 image(s)                 | 只有 3 张图片"})
    void aCommittedUnreadableInputIsReportedWithItsReasonInBothLanguages(String name, String reason, String zh) {
        List<String> messages = unreadableReason(check(BadInputs.COMMITTED.resolve(name)));

        assertThat(messages.get(0)).contains(reason);
        assertThat(messages.get(1)).startsWith("无法读取报告：").contains(zh);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        BadInputs.BIG_TEXT + " | exceeds the length limit       | 文字超过长度上限",
        BadInputs.LINE_BREAKS + " | the text exceeds the line limit (4900001 lines > limit of 100000 lines) | 文字超过行数上限",
        BadInputs.ZIP_BOMB + " | unpacks to more than the limit | 解压后超过上限",
        BadInputs.LONG_DOCX + " | the text exceeds the length limit (24000000 characters > limit of 5000000 characters) | 文字超过长度上限",
        BadInputs.GLYPH_BOMB + " | page 1 shows more than 100000 glyphs | 第 1 页显示的字形超过每页上限 100000 个",
        BadInputs.GRID_BOMB + " | the PDF has no text layer (4 characters on 1 pages) | PDF 文件没有文字层"})
    void aGeneratedHugeInputIsRefusedWithTheLimitItExceedsInBothLanguages(String name, String reason, String zh) {
        List<String> messages = unreadableReason(check(generated.resolve(name)));

        assertThat(messages.get(0)).contains(reason);
        assertThat(messages.get(1)).contains(zh);
    }

    @Test
    void htmlNestedAHundredThousandLevelsDeepIsReadAndCheckedForItsMissingParts() {
        CheckResult r = check(generated.resolve(BadInputs.DEEP_HTML));

        assertThat(r.status()).isEqualTo(CheckResult.Status.CHECKED);
        assertThat(r.metadata().year()).isEqualTo(2024);
        assertThat(r.has("FMT-OVERVIEW", Severity.ERROR)).isTrue();
    }

    @Test
    void aWebArchiveOfTwoHundredThousandPartsIsReadForItsPage() {
        CheckResult r = check(generated.resolve(BadInputs.MANY_PARTS));

        assertThat(r.status()).isEqualTo(CheckResult.Status.CHECKED);
        assertThat(r.metadata().agency()).isEqualTo("某局");
        assertThat(r.has("R2019-50-1", Severity.ERROR)).isTrue(); // part 二 is missing
    }

    @Test
    void aReportWhoseCellsAreAllSlashesGetsNoErrorTheOriginalDoesNotHaveAndSaysWhatItCouldNotAssess() {
        CheckResult slashes = check(BadInputs.COMMITTED.resolve("every-cell-slash.txt"));
        CheckResult original = check(Path.of("../examples/samples/003_787e7c90b6bc98b9.txt"));

        assertThat(slashes.status()).isEqualTo(CheckResult.Status.CHECKED);
        assertThat(errors(slashes)).isSubsetOf(errors(original));
        assertThat(slashes.findings()).filteredOn(f -> f.rule().endsWith("-SKIPPED"))
                .extracting(Finding::requirement).contains("T2-C1", "T3-C2", "T4-C1");
    }

    @Test
    void aReportWithoutHeadingsGetsTheMissingPartFindings() {
        CheckResult r = check(BadInputs.COMMITTED.resolve("no-headings.txt"));

        assertThat(r.status()).isEqualTo(CheckResult.Status.CHECKED);
        for (String part : List.of("FMT-OVERVIEW", "R2019-50-4", "R2019-50-5")) {
            assertThat(r.has(part, Severity.ERROR)).as(part).isTrue();
        }
    }

    private static Set<String> errors(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::rule)
                .collect(Collectors.toSet());
    }
}
