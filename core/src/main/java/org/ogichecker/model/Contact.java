package org.ogichecker.model;

import java.util.List;

/**
 * Contact details for questions about the report. Any field may be absent (null or empty list).
 *
 * @param address   postal address
 * @param postcode  postcode as printed
 * @param phones    telephone numbers as printed
 * @param faxes     fax numbers as printed
 * @param emails    e-mail addresses as printed
 * @param evidence  the text they were read from
 * @param line      source line of the first detail
 */
public record Contact(
        String address,
        String postcode,
        List<String> phones,
        List<String> faxes,
        List<String> emails,
        String evidence,
        int line) {

    public Contact {
        phones = List.copyOf(phones);
        faxes = List.copyOf(faxes);
        emails = List.copyOf(emails);
    }

    /** True when at least a phone number or an e-mail address is given. */
    public boolean reachable() {
        return !phones.isEmpty() || !emails.isEmpty();
    }
}
