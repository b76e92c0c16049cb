package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.Contact;

/**
 * The report's contact for questions: labelled details in the paragraphs (地址/联系地址, 邮编/邮政编码,
 * 电话/联系电话/联系人及电话, 传真) and e-mail addresses. A bare site link such as 联系我们 carries no
 * detail and gives no contact. Numbers are kept as printed (normalised), e.g. 0951—5035245.
 */
final class ContactParser {

    private static final String PHONE_NUMBER =
            "(?:\\(0\\d{2,3}\\)|0\\d{2,3})\\s?[-—–]{0,2}\\s?\\d{7,8}(?:[-—–转]\\d{1,6})?(?!\\d)|1[3-9]\\d{9}(?!\\d)"
                    + "|400[-—–]?\\d{3}[-—–]?\\d{4}(?!\\d)|\\d{7,8}(?!\\d)";
    /*
     * The patterns that find a label start with a look-ahead for the labels' first characters: it fails at once
     * at almost every position, where the look-behind and the list of labels would each be tried.
     */
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?=[联咨办监电])(?<!传真)(?:联系人及电话|联系电话|咨询电话|办公电话|监督电话|电话号码|电话)(?:号码)?\\s*:?\\s*");
    private static final Pattern FAX_LABEL = Pattern.compile("传真(?:号码|电话)?\\s*:?\\s*");
    private static final Pattern NUMBER = Pattern.compile(PHONE_NUMBER);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[、,/或和及]\\s*");
    /** Any run of digits after the label: a postcode of the wrong length is kept for CONTACT-VALID to flag. */
    private static final Pattern POSTCODE = Pattern.compile("(?:邮编|邮政编码)\\s*:?\\s*(\\d{4,8})(?!\\d)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?=[联通办地])(?<!网站|网页|网络|邮箱|邮件|电子|网址)(?:联系地址|通讯地址|通信地址|办公地址|地址)\\s*:\\s*"
                    + "([^;,。,;()\\s][^;,。;()]{1,59}?)(?=[;,。;()]|邮编|邮政编码|联系电话|电话|传真|$)");
    /** The longest label's characters before its key word (联系人及 in 联系人及电话). */
    private static final int LABEL_BEFORE_KEY = 4;
    /** The longest local part of an e-mail address in {@link #EMAIL}. */
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+");

    private ContactParser() {
    }

    /** The contact details found, or null when the report gives none. */
    static Contact find(List<TextLine> lines) {
        String address = null;
        String postcode = null;
        List<String> phones = new ArrayList<>();
        List<String> faxes = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        int first = 0;
        for (TextLine l : lines) {
            String t = l.text();
            int[] span = {Integer.MAX_VALUE, -1};
            if (address == null && t.contains("地址")) {
                Matcher m = ADDRESS.matcher(t);
                if (m.find() && !m.group(1).startsWith("http") && !m.group(1).startsWith("www")) {
                    address = m.group(1).strip();
                    cover(span, m.start(), m.end());
                }
            }
            if (postcode == null && (t.contains("邮编") || t.contains("邮政编码"))) {
                Matcher m = POSTCODE.matcher(t);
                if (m.find()) {
                    postcode = m.group(1);
                    cover(span, m.start(), m.end());
                }
            }
            int phone = t.indexOf("电话");
            if (phone >= 0) {
                numbers(t, PHONE_LABEL, phone, phones, span);
            }
            int fax = t.indexOf("传真");
            if (fax >= 0) {
                numbers(t, FAX_LABEL, fax, faxes, span);
            }
            int at = t.indexOf('@');
            if (at >= 0) {
                // no address starts more than its longest local part before the first @
                Matcher m = EMAIL.matcher(t).region(Math.max(0, at - MAX_LOCAL_PART), t.length());
                while (m.find()) {
                    if (!emails.contains(m.group())) {
                        emails.add(m.group());
                    }
                    cover(span, m.start(), m.end());
                }
            }
            if (span[1] >= 0) {
                evidence.add(t.substring(span[0], span[1]));
                first = first == 0 ? l.number() : first;
            }
        }
        if (first == 0) {
            return null;
        }
        return new Contact(address, postcode, phones, faxes, emails, String.join(" ", evidence), first);
    }

    /**
     * Numbers after a label, several when listed with 、 or /. {@code key} is where the label's key word (电话, 传真)
     * first stands: no label starts before it by more than {@link #LABEL_BEFORE_KEY}.
     */
    private static void numbers(String t, Pattern label, int key, List<String> out, int[] span) {
        Matcher m = label.matcher(t).useTransparentBounds(true).region(Math.max(0, key - LABEL_BEFORE_KEY), t.length());
        Matcher n = NUMBER.matcher(t);
        Matcher sep = SEPARATOR.matcher(t);
        while (m.find()) {
            int at = m.end();
            while (at < t.length() && n.region(at, t.length()).lookingAt()) {
                String number = n.group().strip();
                if (!out.contains(number)) {
                    out.add(number);
                }
                cover(span, m.start(), n.end());
                at = n.end();
                if (sep.region(at, t.length()).lookingAt()) {
                    at = sep.end();
                }
            }
        }
    }

    private static void cover(int[] span, int start, int end) {
        span[0] = Math.min(span[0], start);
        span[1] = Math.max(span[1], end);
    }
}
