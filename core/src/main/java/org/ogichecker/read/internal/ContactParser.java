package org.ogichecker.read.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogichecker.model.Contact;

/**
 * The report's contact for questions: labelled details in the paragraphs (地址/联系地址, 邮编/邮政编码,
 * 电话/联系电话/联系人及电话, 传真) and e-mail addresses. A bare site link such as 联系我们 carries no
 * detail and gives no contact. Numbers are kept as printed (normalised), e.g. 0951—5035245.
 */
final class ContactParser {

    /**
     * A rare character of each key word of the details below (地址, 邮编 and 邮政编码, 电话, 传真, @): a line without
     * one gives none, and the few other lines that hold one are read for nothing.
     */
    private static final List<String> KEYS = List.of("址", "邮", "话", "真", "@");
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
    /** The longest address label's characters before 地址 (联系 in 联系地址). */
    private static final int ADDRESS_LABEL_BEFORE_KEY = 2;
    /** The longest local part of an e-mail address. */
    private static final int MAX_LOCAL_PART = 64;
    /** The characters of a local part besides ASCII letters and digits. */
    private static final String LOCAL_PART_SYMBOLS = "._%+-";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9" + LOCAL_PART_SYMBOLS + "]{1," + MAX_LOCAL_PART
            + "}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+");

    private ContactParser() {
    }

    /** The contact details found, or null when the report gives none. */
    static Contact find(Paragraphs paragraphs) {
        String address = null;
        String postcode = null;
        // each once, in order: sets, as a text of many lines may list as many numbers
        Set<String> phones = new LinkedHashSet<>();
        Set<String> faxes = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        int first = 0;
        BitSet keyed = paragraphs.holding(KEYS);
        for (int i = keyed.nextSetBit(0); i >= 0; i = keyed.nextSetBit(i + 1)) {
            TextLine l = paragraphs.lines().get(i);
            String t = l.text();
            int[] span = {Integer.MAX_VALUE, -1};
            int addressKey = address == null ? Search.indexOf(t, "地址") : -1;
            if (addressKey >= 0) {
                Matcher m = from(ADDRESS, t, addressKey - ADDRESS_LABEL_BEFORE_KEY);
                if (m.find() && !m.group(1).startsWith("http") && !m.group(1).startsWith("www")) {
                    address = m.group(1).strip();
                    cover(span, m.start(), m.end());
                }
            }
            int postcodeKey = postcode == null ? firstOf(t, "邮编", "邮政编码") : -1;
            if (postcodeKey >= 0) {
                Matcher m = from(POSTCODE, t, postcodeKey);
                if (m.find()) {
                    postcode = m.group(1);
                    cover(span, m.start(), m.end());
                }
            }
            numbers(t, PHONE_LABEL, "电话", phones, span);
            numbers(t, FAX_LABEL, "传真", faxes, span);
            emails(t, emails, span);
            if (span[1] >= 0) {
                evidence.add(t.substring(span[0], span[1]));
                first = first == 0 ? l.number() : first;
            }
        }
        if (first == 0) {
            return null;
        }
        return new Contact(address, postcode, List.copyOf(phones), List.copyOf(faxes), List.copyOf(emails),
                String.join(" ", evidence), first);
    }

    /**
     * Numbers after a label, several when listed with 、 or /. Every label holds its {@code key} word (电话, 传真)
     * no more than {@link #LABEL_BEFORE_KEY} characters after its start, so the search for a label starts there
     * and stops when the key word no longer occurs.
     */
    private static void numbers(String t, Pattern label, String key, Set<String> out, int[] span) {
        int k = Search.indexOf(t, key);
        if (k < 0) {
            return;
        }
        Matcher m = label.matcher(t);
        Matcher n = NUMBER.matcher(t);
        Matcher sep = SEPARATOR.matcher(t);
        for (int after = 0; k >= 0 && from(m, t, Math.max(after, k - LABEL_BEFORE_KEY)).find(); k = Search.indexOf(t, key, after)) {
            int at = m.end();
            while (at < t.length() && n.region(at, t.length()).lookingAt()) {
                out.add(n.group().strip());
                cover(span, m.start(), n.end());
                at = n.end();
                if (sep.region(at, t.length()).lookingAt()) {
                    at = sep.end();
                }
            }
            after = m.end();
        }
    }

    /**
     * The e-mail addresses. The search starts where the next address can: at the local part before the next @
     * (the pattern tried at each character of the line before it was most of the parser's time).
     */
    private static void emails(String t, Set<String> out, int[] span) {
        int at = t.indexOf('@');
        if (at < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(t);
        for (int after = 0; at >= 0 && from(m, t, localPartStart(t, at, after)).find(); at = t.indexOf('@', after)) {
            out.add(m.group());
            cover(span, m.start(), m.end());
            after = m.end();
        }
    }

    /** The start of the longest local part that can end before the @ at {@code at}, not before {@code after}. */
    private static int localPartStart(String t, int at, int after) {
        int i = at;
        while (i > after && at - i < MAX_LOCAL_PART && isLocalPartChar(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isLocalPartChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || LOCAL_PART_SYMBOLS.indexOf(c) >= 0;
    }

    /** {@code p} searched in {@code t} from {@code start} on; look-behinds still see the text before it. */
    private static Matcher from(Pattern p, String t, int start) {
        return from(p.matcher(t), t, start);
    }

    private static Matcher from(Matcher m, String t, int start) {
        return m.useTransparentBounds(true).region(Math.max(0, start), t.length());
    }

    /** The first index of {@code a} or {@code b} in {@code t}, or -1. */
    private static int firstOf(String t, String a, String b) {
        int i = Search.indexOf(t, a);
        int j = Search.indexOf(t, b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static void cover(int[] span, int start, int end) {
        span[0] = Math.min(span[0], start);
        span[1] = Math.max(span[1], end);
    }
}
