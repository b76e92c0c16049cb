package org.ogichecker.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogichecker.model.Contact;
import org.ogichecker.text.Texts;

class ContactParserTest {

    private static Contact contact(String... lines) {
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            text.add(new TextLine(i + 1, Texts.normalize(lines[i]).strip()));
        }
        return ContactParser.find(new Paragraphs(text));
    }

    @Test
    void labelledDetailsAreReadAsPrinted() {
        Contact c = contact("前言。", "如有疑问，请联系（地址：银川市金凤区黄河东路721号；邮编：750001；电话：0951—5035245，"
                + "传真：0951—5035245；电子邮箱：jqkjj@163.com）。");
        assertThat(c.address()).isEqualTo("银川市金凤区黄河东路721号");
        assertThat(c.postcode()).isEqualTo("750001");
        assertThat(c.phones()).containsExactly("0951—5035245");
        assertThat(c.faxes()).containsExactly("0951—5035245");
        assertThat(c.emails()).containsExactly("jqkjj@163.com");
        assertThat(c.line()).isEqualTo(2);
        assertThat(c.evidence()).startsWith("地址:").endsWith("jqkjj@163.com");
    }

    @Test
    void aPostcodeOfTheWrongLengthIsKeptAsPrintedForTheRulesToFlag() {
        assertThat(contact("如有疑问，请联系（地址：某市某路1号；邮编：75001；电话：0951-5035245）。").postcode())
                .isEqualTo("75001");
    }

    @Test
    void aContactPersonAndPhoneLineGivesThePhone() {
        Contact c = contact("单位名称：济宁市科学技术局联系人及电话：3379870");
        assertThat(c.phones()).containsExactly("3379870");
        assertThat(c.address()).isNull();
    }

    @Test
    void severalListedNumbersAreAllKept() {
        Contact c = contact("联系电话：0776-2824218、0776-2824219，邮政编码：533000");
        assertThat(c.phones()).containsExactly("0776-2824218", "0776-2824219");
        assertThat(c.postcode()).isEqualTo("533000");
    }

    @Test
    void aSiteLinkOrAWordAboutPhonesIsNoContact() {
        assertThat(contact("联系我们", "通过当面解答、电话沟通等方式答复。", "网站地址：www.example.gov.cn")).isNull();
    }

    @Test
    void aFaxNumberIsNotAlsoAPhone() {
        Contact c = contact("传真电话：0951-5035245");
        assertThat(c.faxes()).containsExactly("0951-5035245");
        assertThat(c.phones()).isEmpty();
    }

    @Test
    void labelsAndAddressesFurtherOnInALineAreAllFound() {
        Contact c = contact("办公电话：0951-5035245，电子邮箱：a@x.cn；咨询电话：0951-5035246，传真：0951-5035247，"
                + "监督电话：12345678，邮箱：b.c@y.gov.cn");
        assertThat(c.phones()).containsExactly("0951-5035245", "0951-5035246", "12345678");
        assertThat(c.faxes()).containsExactly("0951-5035247");
        assertThat(c.emails()).containsExactly("a@x.cn", "b.c@y.gov.cn");
    }

    @Test
    void anEmailAddressKeepsAtMostTheLongestLocalPart() {
        String local = "a".repeat(70);
        assertThat(contact("邮箱：" + local + "@x.cn").emails()).containsExactly("a".repeat(64) + "@x.cn");
    }
}
