package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.LinkTarget;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.ProseBlock;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.YamlMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in the text of a page, since evidence about other people must be anonymised: e-mail
 * addresses (also in mailto: links), phone numbers (UK numbers starting 0 with 10–11 digits, or
 * international ones starting + with 9–15 digits), and student-number-like ids (7–9 digits, optionally
 * after one or two letters: 1234567, s1234567, B00123456).
 * <p>Not reported: anything written in portfolio.yml (the candidate's own contact), addresses at
 * example domains, numbers after ISBN/ISSN/DOI/ORCID/PMID, numbers with thousands separators or a currency
 * sign, counts (a plain number followed by a plural noun: "1250000 views"), number ranges (1234567–1234570),
 * and anything inside URLs, link targets and code.
 */
final class PersonalDataRule extends BaseRule {

    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|ftp://|www\\.)\\S+|\\bdoi:\\s*\\S+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}/.#£$€-])(?:\\+\\d|\\(0\\d|0\\d)[\\d ().-]{7,18}\\d(?![\\p{N}])");
    private static final Pattern STUDENT_ID = Pattern.compile("(?<![\\p{L}\\p{N}/.,#£$€–-])(?:[A-Za-z]{1,2})?\\d{7,9}(?![\\p{L}\\p{N}]|[.,]\\d|\\s*[–-]\\s*\\d)");
    private static final Pattern IDENTIFIER_BEFORE = Pattern.compile("(?i)\\b(?:isbn(?:-1[03])?|issn|doi|orcid|pmid|arxiv)\\b[:\\s#]*$");
    private static final Pattern EXAMPLE_DOMAIN = Pattern.compile("(?i)@(?:[\\w-]+\\.)*(?:example(?:\\.[a-z]{2,})*|[\\w-]+\\.(?:example|test|invalid))$");

    PersonalDataRule() {
        super("personal-data", Severity.WARNING, "an e-mail address, phone number or student number appears in the text");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Set<String> own = new HashSet<>();
        for (YamlMap.Entry e : context.portfolio().settings().raw().entries().values()) collectOwn(e.value(), own);
        for (Page page : context.pages()) {
            Set<Integer> emailLines = new HashSet<>();
            for (ProseBlock block : page.prose()) {
                String text = block.text();
                boolean hasAt = text.indexOf('@') >= 0;
                // What each pattern needs at the least (most prose has none of it), so that most blocks
                // are never scanned: a phone number is a run of ten of "0-9 ().+-", a student number seven digits.
                boolean phones = hasRun(text, 10, true);
                boolean numbers = phones || hasRun(text, 7, false);
                if (!hasAt && !numbers) continue;
                Matcher m = EMAIL.matcher(hasAt ? text : "");
                StringBuilder masked = new StringBuilder(text);
                while (m.find()) {
                    for (int i = m.start(); i < m.end(); i++) masked.setCharAt(i, ' ');
                    if (isOwnOrExample(m.group(), own)) continue;
                    emailLines.add(block.at(m.start()).line());
                    sink.report(page, block.at(m.start()), "\"" + m.group() + "\" is an e-mail address: " + ANONYMISE);
                }
                if (!numbers) continue;
                Matcher u = URL.matcher(mayHoldUrl(text) ? masked : "");
                while (u.find()) for (int i = u.start(); i < u.end(); i++) masked.setCharAt(i, ' ');
                String rest = masked.toString();
                Matcher p = PHONE.matcher(phones ? rest : "");
                int phoneEnd = -1;
                while (p.find()) {
                    if (!isPhone(p.group()) || identifierBefore(rest, p.start()) || own.contains(digits(p.group()))) continue;
                    phoneEnd = p.end();
                    sink.report(page, block.at(p.start()), "\"" + p.group() + "\" looks like a phone number: " + ANONYMISE);
                }
                Matcher s = STUDENT_ID.matcher(rest);
                while (s.find()) {
                    if (s.start() < phoneEnd || identifierBefore(rest, s.start()) || own.contains(digits(s.group()))
                            || countFollows(rest, s.group(), s.end())) continue;
                    sink.report(page, block.at(s.start()), "\"" + s.group() + "\" looks like a student or staff number: " + ANONYMISE);
                }
            }
            for (LinkRef l : page.links()) {
                if (!(l.target() instanceof LinkTarget.Mail mail) || l.kind() == LinkRef.Kind.AUTOLINK) continue;
                String address = mail.addresses();
                if (!EMAIL.matcher(address).matches() || isOwnOrExample(address, own) || emailLines.contains(l.at().line())) continue;
                sink.report(page, l.at(), "this link e-mails \"" + address + "\": " + ANONYMISE);
            }
        }
    }

    private static final String ANONYMISE = "evidence about other people must be anonymised — remove it or name a role instead "
            + "(e.g. \"the module leader\"); if it is yours and meant to be public, put it in portfolio.yml (contact: …)";

    private static boolean isPhone(String s) {
        String d = digits(s);
        if (s.startsWith("+")) return d.length() >= 9 && d.length() <= 15;
        return d.length() >= 10 && d.length() <= 11 && d.charAt(1) != '0';
    }

    /** A plain number followed by a plural noun is a count: "1250000 views", "over 2000000 minutes". */
    private static final Pattern COUNT_NOUN = Pattern.compile("\\G\\s+(\\p{Ll}{2,}s)\\b");
    private static final Set<String> NOT_NOUNS = Set.of("was", "has", "is", "does", "gets", "says", "its", "this", "thus", "as", "us");

    private static boolean countFollows(String text, String number, int end) {
        if (!Character.isDigit(number.charAt(0))) return false;
        Matcher m = COUNT_NOUN.matcher(text).region(end, text.length());
        return m.lookingAt() && !NOT_NOUNS.contains(m.group(1));
    }

    private static boolean identifierBefore(String text, int start) {
        return IDENTIFIER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    private static boolean isOwnOrExample(String email, Set<String> own) {
        return own.contains(email.toLowerCase(Locale.ROOT)) || EXAMPLE_DOMAIN.matcher(email).find();
    }

    /**
     * Whether {@code s} has {@code n} characters in a row that are ASCII digits ({@code \\d} of the
     * patterns), or with {@code phone} also the other characters of a phone number.
     */
    private static boolean hasRun(String s, int n, boolean phone) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean in = c >= '0' && c <= '9' || phone && (c == ' ' || c == '(' || c == ')' || c == '.' || c == '-' || c == '+');
            run = in ? run + 1 : 0;
            if (run >= n) return true;
        }
        return false;
    }

    /** Whether {@code s} may hold what URL matches: "://", "www." or "doi:" in any case. */
    private static boolean mayHoldUrl(String s) {
        return s.contains("://") || TextScan.holdsAnyCase(s, "www.") || TextScan.holdsAnyCase(s, "doi:");
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    /** Every e-mail address and number written in portfolio.yml: the candidate's own, published on purpose. */
    private static void collectOwn(Object value, Set<String> own) {
        if (value instanceof String s) {
            Matcher m = EMAIL.matcher(s);
            while (m.find()) own.add(m.group().toLowerCase(Locale.ROOT));
            String d = digits(s);
            if (d.length() >= 7) own.add(d);
        } else if (value instanceof List<?> l) {
            for (Object o : l) collectOwn(o, own);
        } else if (value instanceof Map<?, ?> m) {
            for (Object o : m.values()) collectOwn(o, own);
        }
    }
}
