package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.ogichecker.text.Texts;
import org.ogichecker.text.internal.Chars;

/** Well-formedness of contact details as printed (phone and fax numbers, postcode, e-mail). */
public final class ContactDetails {

    /** The dashes of every width; NFKC has already folded "－" and "（）". */
    private static final String DASH_CHARS = "-‐‑‒–—―−";
    /** Dashes of every width become "-", without the spaces around them. */
    private static final Pattern DASHES = Pattern.compile("\\s*[" + Pattern.quote(DASH_CHARS) + "]+\\s*");
    /** What separates several numbers in one printed detail: "0951-5035245、5035246". */
    private static final String LIST_CHARS = "、,，;；/或";
    private static final Pattern LIST = Pattern.compile("\\s*[" + Pattern.quote(LIST_CHARS) + "]\\s*");
    private static final String COUNTRY = "(?:\\+?86[- ]?)?";
    private static final String EXTENSION = "(?:\\s*(?:转|分机|ext\\.?|x)\\s*\\d{1,6})?";
    /** 0 + 2–3 digit area code (optionally in brackets), then a 7–8 digit number. */
    private static final Pattern LANDLINE = Pattern.compile(
            COUNTRY + "(?:\\(0\\d{2,3}\\)|0\\d{2,3})[- ]?\\d{3,4}[- ]?\\d{4}" + EXTENSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE = Pattern.compile(COUNTRY + "1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}");
    /** Nationwide 400/800 numbers and the 12xxx public service hotlines (12345, 12315 …). */
    private static final Pattern NATIONWIDE = Pattern.compile("[48]00[- ]?\\d{3}[- ]?\\d{4}|12\\d{3}");
    private static final Pattern LOCAL = Pattern.compile("\\d{3,4}[- ]?\\d{4}" + EXTENSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private ContactDetails() {
    }

    /**
     * The printed numbers that are not well formed. A detail may list several numbers; a bare local
     * number after a landline shares its area code ("0951-5035245、5035246" is fine).
     */
    public static List<String> badNumbers(List<String> printed) {
        List<String> bad = new ArrayList<>();
        for (String detail : printed) {
            boolean afterLandline = false;
            for (String n : numbers(detail)) {
                boolean landline = LANDLINE.matcher(n).matches();
                boolean ok = landline || MOBILE.matcher(n).matches() || NATIONWIDE.matcher(n).matches()
                        || (afterLandline && LOCAL.matcher(n).matches());
                if (!ok) {
                    bad.add(n);
                }
                afterLandline = landline || (afterLandline && ok);
            }
        }
        return bad;
    }

    /** The numbers of one printed detail, in order, each with its dashes made "-". */
    static String[] numbers(String detail) {
        String c = clean(detail);
        // most details print one number: without a separator the split would give the detail itself
        String[] numbers = Chars.holdsAny(c, LIST_CHARS) ? LIST.split(c) : new String[] {c};
        int kept = 0;
        for (String n : numbers) {
            if (!n.isEmpty()) {
                numbers[kept++] = n;
            }
        }
        return kept == numbers.length ? numbers : Arrays.copyOf(numbers, kept);
    }

    /** True for a 7–8 digit number without an area code, the commonest defect. */
    public static boolean lacksAreaCode(String number) {
        return LOCAL.matcher(clean(number)).matches();
    }

    /** Six digits 0–9 (what {@code \d{6}} matches), spaces aside. */
    public static boolean isPostcode(String printed) {
        String c = Texts.compact(printed);
        if (c.length() != 6) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if (!Chars.isDigit(c.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The printed e-mail addresses that are not well formed. */
    public static List<String> badEmails(List<String> printed) {
        List<String> bad = new ArrayList<>();
        for (String e : printed) {
            if (!EMAIL.matcher(Texts.compact(e)).matches()) {
                bad.add(e);
            }
        }
        return bad;
    }

    private static String clean(String printed) {
        String t = Texts.normalize(printed).trim();
        return isClean(t) ? t : DASHES.matcher(t).replaceAll("-");
    }

    /**
     * True when {@link #DASHES} would leave the text as it is: every dash in it is a "-" alone, with neither a
     * space nor another dash next to it. Most numbers are printed so; the test saves the regex.
     */
    private static boolean isClean(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-') {
                if (i > 0 && isSpaceOrDash(t.charAt(i - 1)) || i + 1 < t.length() && isSpaceOrDash(t.charAt(i + 1))) {
                    return false;
                }
            } else if (DASH_CHARS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceOrDash(char c) {
        return DASH_CHARS.indexOf(c) >= 0 || Chars.isRegexSpace(c);
    }
}
