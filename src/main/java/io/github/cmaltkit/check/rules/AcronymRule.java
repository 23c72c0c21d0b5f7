package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.Position;
import io.github.cmaltkit.check.ProseBlock;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;

/**
 * An acronym used in a page before it is expanded there, that is neither in the glossary nor allowed.
 * <ul>
 *   <li>An acronym is a word of two or more capital letters, digits allowed after the first
 *       ({@code VLE}, {@code H5P}), with an optional plural {@code s} ({@code MOOCs}).</li>
 *   <li>"Full Words (ACR)" and "ACR (full words)" expand it, in any case, when the initials fit the
 *       words (the Schwartz–Hearst test: each letter of the acronym found in order, the first at the
 *       start of a word). So does {@code <abbr title="full words">ACR</abbr>}.</li>
 *   <li>Only prose counts: code, link targets, URLs and e-mail addresses, raw HTML and front matter are
 *       not read.</li>
 *   <li>Not acronyms, to avoid crying wolf: Roman numerals (II, XIV), {@code OK}, the placeholder words
 *       TODO/TBC/TBD/TBA/FIXME (the placeholder rule reports them), abbreviations read as words (PDF, HTML,
 *       URL, KB, MB, GB, TB, USB, PC, TV, COVID), course or room codes such as
 *       {@code NUR4012} (capitals then three or more digits), and words in a run of three or more
 *       capitalised words (SHOUTED TEXT), and headings written all in capitals.</li>
 * </ul>
 */
final class AcronymRule extends BaseRule {

    // Compiled once: they run on every acronym used.
    private static final Pattern TRAILING_DIGITS = Pattern.compile("[0-9]+$");
    private static final Pattern QUOTES = Pattern.compile("[\"“”‘’]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_CAPITAL = Pattern.compile("[^A-Z]");
    private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}_])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(s?)(?![\\p{L}\\p{N}_])");
    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)\\S+|[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]{2,}[0-9]{3,}");
    /** Placeholder words (the placeholder rule's) and abbreviations every reader knows as words: files, units, devices. */
    private static final Set<String> NOT_ACRONYMS = Set.of("OK", "TODO", "TBC", "TBD", "TBA", "FIXME",
            "PDF", "HTML", "URL", "KB", "MB", "GB", "TB", "USB", "PC", "TV", "COVID");
    private static final Pattern CAPS_WORD = Pattern.compile("[A-Z][A-Z0-9'’]+");

    /** Expansions to suggest for acronyms candidates often leave unexpanded (a suggestion only; any expansion counts). */
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("VLE", "virtual learning environment"), Map.entry("LMS", "learning management system"),
            Map.entry("MOOC", "massive open online course"), Map.entry("OER", "open educational resources"),
            Map.entry("LTI", "Learning Tools Interoperability"), Map.entry("SSO", "single sign-on"),
            Map.entry("CPD", "continuing professional development"), Map.entry("UDL", "Universal Design for Learning"),
            Map.entry("WCAG", "Web Content Accessibility Guidelines"), Map.entry("GDPR", "General Data Protection Regulation"),
            Map.entry("DPIA", "data protection impact assessment"), Map.entry("FE", "further education"),
            Map.entry("HE", "higher education"), Map.entry("ESOL", "English for Speakers of Other Languages"),
            Map.entry("LDAP", "Lightweight Directory Access Protocol"), Map.entry("MIS", "management information system"),
            Map.entry("AI", "artificial intelligence"), Map.entry("TEL", "technology-enhanced learning"),
            Map.entry("UK", "United Kingdom"), Map.entry("IT", "information technology"));

    /** One use of an acronym in a page. */
    record Use(String acronym, ProseBlock block, int start, int end, String expansion) {
    }

    AcronymRule() {
        super("acronym", Severity.WARNING, "an acronym is used before it is expanded, and is neither in the glossary nor allowed");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Settings settings = context.portfolio().settings();
        Set<String> known = new HashSet<>(settings.glossary().keySet());
        known.addAll(settings.allowedAcronyms());
        for (Page page : context.pages()) checkPage(page, known, sink);
    }

    /** The acronym uses of a page that are not in {@code known}, in reading order, each with its expansion if written there. */
    static List<Use> uses(Page page, Set<String> known) {
        List<Use> uses = new ArrayList<>();
        for (ProseBlock block : page.prose()) {
            // A heading all in capitals ("## EVIDENCE") is a style, not a string of acronyms.
            if (block.block() instanceof Heading && !block.text().chars().anyMatch(Character::isLowerCase)) continue;
            if (!hasTwoCapitals(block.text())) continue;
            String text = mask(block.text());
            Matcher m = TOKEN.matcher(text);
            // A token starts where a capital is followed by a capital or a digit: the search jumps from one
            // such place to the next (the same matches as find() from where the last one ended).
            for (int from = twoCapitalsAt(text, 0); from >= 0 && m.find(from); from = twoCapitalsAt(text, m.end())) {
                String acronym = m.group(1);
                String stem = TRAILING_DIGITS.matcher(acronym).replaceAll("");
                boolean isKnown = known.contains(acronym) || known.contains(acronym + m.group(2)) || known.contains(stem);
                if (isKnown || notAnAcronym(acronym) || notAnAcronym(stem) || shouted(text, m.start(), m.end())
                        || conformanceLevel(text, acronym, m.start())) continue;
                String title = block.abbrTitleAt(m.start());
                String expansion = title != null && matches(acronym, title) ? title : expansionAt(text, m.start(), m.end(), acronym);
                uses.add(new Use(acronym, block, m.start(), m.end(), expansion));
            }
        }
        return uses;
    }

    private static void checkPage(Page page, Set<String> known, FindingSink sink) {
        List<Use> uses = uses(page, known);
        Map<String, Use> firstExpansion = new HashMap<>();
        for (Use u : uses) if (u.expansion() != null) firstExpansion.putIfAbsent(u.acronym(), u);
        Set<String> done = new HashSet<>();
        for (Use u : uses) {
            if (!done.add(u.acronym()) || u.expansion() != null) continue;
            Use later = firstExpansion.get(u.acronym());
            Position at = u.block().at(u.start());
            String fix = " or add it to the glossary in portfolio.yml";
            if (later != null) {
                sink.report(page, at, "\"" + u.acronym() + "\" is used before it is expanded (on line " + later.block().at(later.start()).line()
                        + ") — write \"" + later.expansion() + " (" + u.acronym() + ")\" here, at its first use," + fix);
            } else if (COMMON.containsKey(u.acronym())) {
                sink.report(page, at, "\"" + u.acronym() + "\" is used before it is expanded — write \"" + COMMON.get(u.acronym()) + " ("
                        + u.acronym() + ")\" at its first use," + fix);
            } else {
                // No expansion is known: say in plain words where the words go, and spell out the glossary line.
                sink.report(page, at, "\"" + u.acronym() + "\" is used before it is expanded — at its first use, write the words it stands for"
                        + " with \"(" + u.acronym() + ")\" after them, as in \"virtual learning environment (VLE)\", or add the line \""
                        + u.acronym() + ": what it stands for\" under glossary: in portfolio.yml");
            }
        }
    }

    private static final Pattern LEVEL_WORD = Pattern.compile("(?i)(?:levels?|conformance|conform(?:s|ing)?\\s+(?:to|with)|(?:WCAG|EN\\s*301\\s*549)(?:\\s+[0-9.]+)?)"
            + "[\\s,:]*(?:(?:A|AA|AAA)\\s*(?:,|/|or|and|to)\\s*)*$");

    /**
     * AA and AAA as conformance levels belong with the standard's name ("WCAG 2.2 AA", "at level AA", "levels A
     * and AA"): they are grades, not acronyms to expand. Elsewhere ("the AA") they are read as acronyms.
     */
    static boolean conformanceLevel(String text, String acronym, int start) {
        if (!acronym.equals("AA") && !acronym.equals("AAA")) return false;
        String before = text.substring(Math.max(0, start - 40), start);
        return LEVEL_WORD.matcher(before).find();
    }

    /** A quick test that a text may hold an acronym at all: a capital followed by a capital or digit. */
    private static boolean hasTwoCapitals(String text) {
        return twoCapitalsAt(text, 0) >= 0;
    }

    /** The first index from {@code from} of a capital followed by a capital or a digit, or -1. */
    private static int twoCapitalsAt(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char n = text.charAt(i + 1);
            if (c >= 'A' && c <= 'Z' && (n >= 'A' && n <= 'Z' || n >= '0' && n <= '9')) return i;
        }
        return -1;
    }

    static boolean notAnAcronym(String acronym) {
        return NOT_ACRONYMS.contains(acronym) || ROMAN.matcher(acronym).matches() || CODE_LIKE.matcher(acronym).matches();
    }

    /** URLs and e-mail addresses turned to spaces, keeping offsets. */
    private static String mask(String text) {
        // Every address has "://", "www." or "@": most prose has none, and is not searched (the pattern is slow to fail).
        if (text.indexOf('@') < 0 && !text.contains("://") && !TextScan.holdsAnyCase(text, "www.")) return text;
        Matcher m = URL_OR_EMAIL.matcher(text);
        if (!m.find()) return text;
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, ' ');
        } while (m.find());
        return sb.toString();
    }

    /**
     * Whether the word stands in a run of three or more capitalised words: shouting or a quoted title
     * ("PLAN DO REVIEW"), not acronyms. Quotation marks and brackets may open the run and closing
     * punctuation may end it, but punctuation between two words breaks it, so that a list of acronyms
     * ("VLE, LMS, MIS") is still a list of acronyms.
     */
    static boolean shouted(String text, int start, int end) {
        int run = 1;
        boolean open = start == 0 || Character.isWhitespace(text.charAt(start - 1));
        for (int i = start - 1; open && i >= 0 && run < 3; ) {
            int wordEnd = i;
            while (wordEnd >= 0 && text.charAt(wordEnd) == ' ') wordEnd--;
            if (wordEnd == i || wordEnd < 0) break;
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
            Word w = Word.of(text.substring(wordStart, wordEnd + 1));
            if (!w.trail().isEmpty() || !CAPS_WORD.matcher(w.core()).matches()) break;
            run++;
            if (!w.lead().isEmpty()) break;
            i = wordStart - 1;
        }
        boolean closed = end == text.length() || Character.isWhitespace(text.charAt(end));
        for (int i = end; closed && i < text.length() && run < 3; ) {
            int wordStart = i;
            while (wordStart < text.length() && text.charAt(wordStart) == ' ') wordStart++;
            if (wordStart == i || wordStart >= text.length()) break;
            int wordEnd = wordStart;
            while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) wordEnd++;
            Word w = Word.of(text.substring(wordStart, wordEnd));
            if (!w.lead().isEmpty() || !CAPS_WORD.matcher(w.core()).matches()) break;
            run++;
            if (!w.trail().isEmpty()) break;
            i = wordEnd;
        }
        return run >= 3;
    }

    /** A word between spaces, split into opening punctuation, the word, and closing punctuation. */
    private record Word(String lead, String core, String trail) {
        static Word of(String token) {
            int a = 0;
            while (a < token.length() && OPENING.indexOf(token.charAt(a)) >= 0) a++;
            int b = token.length();
            while (b > a && CLOSING.indexOf(token.charAt(b - 1)) >= 0) b--;
            return new Word(token.substring(0, a), token.substring(a, b), token.substring(b));
        }
    }

    private static final String OPENING = "\"“‘'([{«";
    private static final String CLOSING = "\"”’'),.;:!?]}»";

    /** The words this use expands to, when it is written "Full Words (ACR)" or "ACR (full words)"; else null. */
    static String expansionAt(String text, int start, int end, String acronym) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') after++;
        // Full Words (ACR)
        if (before >= 0 && text.charAt(before) == '(' && after < text.length() && ",;)".indexOf(text.charAt(after)) >= 0) {
            String words = text.substring(0, before).stripTrailing();
            String longForm = longFormBefore(words, acronym);
            if (longForm != null) return longForm;
        }
        // ACR (full words)
        if (after < text.length() && text.charAt(after) == '(') {
            int close = text.indexOf(')', after);
            if (close > after) {
                String inside = QUOTES.matcher(text.substring(after + 1, close)).replaceAll("").strip();
                if (matches(acronym, inside)) return inside;
            }
        }
        return null;
    }

    /** The shortest run of words ending {@code words} whose initials fit the acronym, within a window of words. */
    private static String longFormBefore(String words, String acronym) {
        String[] parts = SPACES.split(words);
        int letters = NOT_CAPITAL.matcher(acronym).replaceAll("").length();
        int window = Math.min(letters + 5, letters * 2);
        for (int n = 1; n <= Math.min(window, parts.length); n++) {
            String candidate = String.join(" ", Arrays.copyOfRange(parts, parts.length - n, parts.length));
            if (matches(acronym, candidate)) return LEADING_NON_WORD.matcher(candidate).replaceAll("");
        }
        return null;
    }

    /** Schwartz–Hearst: each character of the acronym in order, from the end, the first at the start of a word. */
    static boolean matches(String acronym, String longForm) {
        return fits(acronym.toLowerCase(), longForm.toLowerCase())
                || fits(DIGIT.matcher(acronym).replaceAll("").toLowerCase(), longForm.toLowerCase());
    }

    private static boolean fits(String shortForm, String longForm) {
        if (shortForm.length() < 2 || longForm.isBlank()) return false;
        int l = longForm.length() - 1;
        for (int s = shortForm.length() - 1; s >= 0; s--) {
            char c = shortForm.charAt(s);
            if (!Character.isLetterOrDigit(c)) continue;
            while (l >= 0 && (longForm.charAt(l) != c || s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) l--;
            if (l < 0) return false;
            l--;
        }
        return true;
    }
}
