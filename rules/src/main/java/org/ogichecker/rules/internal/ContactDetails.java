package org.ogichecker.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogichecker.text.Texts;

/** Well-formedness of contact details as printed (phone and fax numbers, postcode, e-mail). */
public final class ContactDetails {

    /** Dashes of every width become "-"; NFKC has already folded "－" and "（）". */
    private static final Pattern DASHES = Pattern.compile("\\s*[\\-‐‑‒–—―−]+\\s*");
    /** Several numbers in one printed detail: "0951-5035245、5035246". */
    private static final Pattern LIST = Pattern.compile("\\s*[、,，;；/或]\\s*");
    private static final String COUNTRY = "(?:\\+?86[- ]?)?";
    private static final String EXTENSION = "(?:\\s*(?:转|分机|ext\\.?|x)\\s*\\d{1,6})?";
    /** 0 + 2–3 digit area code (optionally in brackets), then a 7–8 digit number. */
    private static final Pattern LANDLINE = Pattern.compile(
            COUNTRY + "(?:\\(0\\d{2,3}\\)|0\\d{2,3})[- ]?\\d{3,4}[- ]?\\d{4}" + EXTENSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE = Pattern.compile(COUNTRY + "1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}");
    /** Nationwide 400/800 numbers and the 12xxx public service hotlines (12345, 12315 …). */
    private static final Pattern NATIONWIDE = Pattern.compile("[48]00[- ]?\\d{3}[- ]?\\d{4}|12\\d{3}");
    private static final Pattern LOCAL = Pattern.compile("\\d{3,4}[- ]?\\d{4}" + EXTENSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
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
            for (String n : LIST.split(clean(detail))) {
                if (n.isEmpty()) {
                    continue;
                }
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

    /** True for a 7–8 digit number without an area code, the commonest defect. */
    public static boolean lacksAreaCode(String number) {
        return LOCAL.matcher(clean(number)).matches();
    }

    public static boolean isPostcode(String printed) {
        return POSTCODE.matcher(Texts.compact(printed)).matches();
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
        return DASHES.matcher(Texts.normalize(printed).trim()).replaceAll("-");
    }
}
