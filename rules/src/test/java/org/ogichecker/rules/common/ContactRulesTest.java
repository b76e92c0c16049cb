package org.ogichecker.rules.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogichecker.rules.RuleAssertions.findings;
import static org.ogichecker.rules.RuleAssertions.none;
import static org.ogichecker.rules.RuleAssertions.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.engine.CheckResult;
import org.ogichecker.engine.ComplianceChecker;
import org.ogichecker.engine.Finding;
import org.ogichecker.engine.Severity;
import org.ogichecker.model.Contact;
import org.ogichecker.model.Report;
import org.ogichecker.rules.StandardRulePack;
import org.ogichecker.testing.ReportBuilder;

class ContactRulesTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.withPacks(List.of(new StandardRulePack()));

    private static CheckResult check(String address, String postcode, List<String> phones, List<String> emails) {
        return CHECKER.check(ReportBuilder.report().contact(address, postcode, phones, emails).build());
    }

    private static CheckResult checkFax(String fax) {
        Report base = ReportBuilder.report().build();
        Contact c = new Contact("某市某路1号", "750001", List.of("0951-5035245"), List.of(fax), List.of("a@b.cn"),
                "传真：" + fax, 1);
        return CHECKER.check(new Report(base.source(), base.metadata(), base.sections(), base.period(), c,
                base.tables(), base.cells(), base.figures(), base.groups(), base.statements(), base.lines(),
                base.problems()));
    }

    // ---------------------------------------------------------------- CONTACT-STATED

    @Test
    void aReportWithoutAnyContactIsWarned() {
        // expected: CONTACT-STATED-NONE / CONTACT-STATED / WARNING
        one(CHECKER.check(ReportBuilder.report().build()), "CONTACT-STATED-NONE", "CONTACT-STATED", Severity.WARNING);
    }

    @Test
    void aContactWithOnlyAnAddressIsWarnedAndSaysPhoneAndEmailAreMissing() {
        // expected: CONTACT-STATED-UNREACHABLE / CONTACT-STATED / WARNING, naming the address that is given
        CheckResult r = check("某市某路1号", "750001", List.of(), List.of());

        Finding f = one(r, "CONTACT-STATED-UNREACHABLE", "CONTACT-STATED", Severity.WARNING);
        assertThat(f.message()).contains("电话", "电子邮箱", "某市某路1号", "750001");
        none(r, "CONTACT-STATED-NONE");
    }

    @Test
    void phoneAddressAndPostcodeWithoutEmailIsNoDefect() {
        // the hongze-2024 case: no CONTACT-STATED finding at all
        CheckResult r = check("淮安市洪泽区东七街1号", "223100", List.of("0517-87221234"), List.of());

        assertThat(r.findings()).noneMatch(f -> f.requirement().equals("CONTACT-STATED"));
    }

    @Test
    void aPhoneWithoutAddressOrPostcodeGetsAnInfoNudge() {
        // expected: CONTACT-STATED-ADDRESS / CONTACT-STATED / INFO, "地址和邮编"
        CheckResult r = check(null, null, List.of("0517-87221234"), List.of());

        assertThat(one(r, "CONTACT-STATED-ADDRESS", "CONTACT-STATED", Severity.INFO).message()).contains("地址和邮编");
        none(r, "CONTACT-STATED-UNREACHABLE");
    }

    @Test
    void aFullContactGetsNoNudge() {
        none(check("某市某路1号", "750001", List.of("0951-5035245"), List.of("jqkjj@163.com")), "CONTACT-STATED-ADDRESS");
    }

    // ---------------------------------------------------------------- CONTACT-VALID

    @Test
    void aLandlineWithoutAreaCodeIsWarned() {
        // the 济宁 case "3379870": expected CONTACT-VALID-PHONE / CONTACT-VALID / WARNING, "缺少区号"
        CheckResult r = check(null, null, List.of("3379870"), List.of());

        Finding f = one(r, "CONTACT-VALID-PHONE", "CONTACT-VALID", Severity.WARNING);
        assertThat(f.actual()).isEqualTo("3379870");
        assertThat(f.message()).contains("3379870", "缺少区号");
    }

    @Test
    void aNumberThatIsNoPhoneNumberAtAllIsWarned() {
        // expected: CONTACT-VALID-PHONE, not about the area code
        CheckResult r = check(null, null, List.of("0951-50352"), List.of());

        assertThat(one(r, "CONTACT-VALID-PHONE", "CONTACT-VALID", Severity.WARNING).message())
                .contains("0951-50352").doesNotContain("缺少区号");
    }

    @Test
    void wellFormedNumbersInTheirPrintedVariantsPass() {
        CheckResult r = check(null, null, List.of("0951—5035245", "0776-2824218", "（0517）87221234", "010 12345678",
                "0951－5035245", "13912345678", "400-123-4567", "0951-5035245、5035246", "12345"), List.of());

        none(r, "CONTACT-VALID-PHONE");
    }

    @Test
    void eachMalformedNumberIsAFindingOfItsOwn() {
        // expected: two CONTACT-VALID-PHONE findings, for 3379870 and 123
        CheckResult r = check(null, null, List.of("3379870", "0951-5035245", "123"), List.of());

        assertThat(findings(r, "CONTACT-VALID-PHONE")).extracting(Finding::actual).containsExactlyInAnyOrder("3379870", "123");
    }

    @Test
    void aFaxNumberWithoutAreaCodeIsWarned() {
        // expected: CONTACT-VALID-FAX / CONTACT-VALID / WARNING, "传真"
        assertThat(one(checkFax("5035245"), "CONTACT-VALID-FAX", "CONTACT-VALID", Severity.WARNING).message())
                .contains("传真", "5035245");
    }

    @Test
    void aFaxNumberWithAreaCodePasses() {
        none(checkFax("0951—5035245"), "CONTACT-VALID-FAX");
    }

    @Test
    void aPostcodeOfFiveDigitsIsWarned() {
        // expected: CONTACT-VALID-POSTCODE / CONTACT-VALID / WARNING, "75001"
        CheckResult r = check("某市某路1号", "75001", List.of("0951-5035245"), List.of());

        assertThat(one(r, "CONTACT-VALID-POSTCODE", "CONTACT-VALID", Severity.WARNING).actual()).isEqualTo("75001");
    }

    @Test
    void aSixDigitPostcodePasses() {
        none(check("某市某路1号", "７５０００１", List.of("0951-5035245"), List.of()), "CONTACT-VALID-POSTCODE");
    }

    @Test
    void anEmailWithoutDomainIsWarned() {
        // expected: CONTACT-VALID-EMAIL / CONTACT-VALID / WARNING, "jqkjj@163"
        CheckResult r = check(null, null, List.of(), List.of("jqkjj@163"));

        assertThat(one(r, "CONTACT-VALID-EMAIL", "CONTACT-VALID", Severity.WARNING).message()).contains("jqkjj@163");
    }

    @Test
    void wellFormedEmailsPassIncludingFullWidthAt() {
        none(check(null, null, List.of(), List.of("bskj2008@163.com", "gk.office@mail.huaian.gov.cn", "abc＠qq.com")),
                "CONTACT-VALID-EMAIL");
    }
}
