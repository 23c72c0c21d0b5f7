package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.ProseBlock;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;

/**
 * An in-text citation in author–date style — (Author, 2021), (Author 2021), Author (2021), (Author et al.,
 * 2021; Other, 2019), (Organisation, n.d.) — with no entry in the portfolio's reference lists; and, as a
 * note, a reference that nothing in the portfolio mentions.
 * <ul>
 *   <li>Reference lists: an extra page titled References, Bibliography, Reading list or Works cited, and any
 *       part of a page under a heading with one of those names. Each list item (or paragraph) there whose
 *       start reads "Names (2021)" or "Names, 2021" is an entry.</li>
 *   <li>A citation matches an entry with the same year (a/b suffixes compared when both have one, n.d. with
 *       n.d.) whose first author's surname, organisation name or its abbreviation is the citation's first
 *       name: initials, "and"/"&amp;", et al. and possessives are ignored, letter case and accents too.</li>
 *   <li>Not citations, to avoid crying wolf: dates in brackets ("(June to August 2024)", "(Autumn 2023)"),
 *       names of laws ("(Data Protection Act 2018)"), anything with other lower-case words or digits
 *       among the names, and titles: a year in a link's text or in italics names the item or the work
 *       ("[Course notes (Provider, 2023) (PDF)](…)", "*Digital Skills* (2025)", "[FAQ](…) (2021)").
 *       Entries of a reference list are never citations.</li>
 *   <li>A work without a date is cited n.d., nd, no date, undated or unknown date: all are one.</li>
 *   <li>A work in a list of further reading (Further reading, Reading list, Works consulted) need not be cited.</li>
 *   <li>A reference is "never cited" only when neither a citation nor any mention of its first author,
 *       organisation, abbreviation or title appears outside the reference lists, so a narrative mention
 *       ("Rogers' idea of champions") counts.</li>
 * </ul>
 */
final class CitationRule extends BaseRule {

    // Compiled once: they run on every bracket and name the rule looks at.
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}&][\\p{L}'’-]*");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern CAPITALS_ONLY = Pattern.compile("[\\p{Lu}0-9]+(?:\\s+[\\p{Lu}0-9]+)*");
    private static final Pattern WITH_DIGIT = Pattern.compile(".*[0-9].*");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$|['’]$");
    private static final Pattern TRAILING_POINTS = Pattern.compile("[.,]+$");
    private static final Pattern ET_AL = Pattern.compile("\\s+et\\s+al\\.?.*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    private static final Pattern NAME_POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern YEAR_SEPARATOR = Pattern.compile("\\s*,\\s*");

    private static final String YEAR = ReferenceList.YEAR;
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*";
    /** Parentheses holding a year or n.d. (no nested parentheses). */
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*?(?:" + YEAR + ")[^()]*)\\)");
    /** One item of a parenthetical citation: names, then one or more years, then an optional page. */
    private static final Pattern ITEM = Pattern.compile("^(?:(?:see also|see|e\\.g\\.,?|cf\\.|as in)\\s+)?(.+?),?\\s+((?:" + YEAR
            + ")(?:\\s*,\\s*(?:" + YEAR + "))*)(?:\\s*[,:]\\s*(?:pp?\\.?|page|para\\.?|ch\\.)\\s*[0-9ivx–-]+)?$");
    /** A narrative citation: Name (2021), Name and Other (2021), Name et al. (2021), Name's (2021). */
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + "(?:\\s+(?:and|&)\\s+" + NAME + "|\\s+et\\s+al\\.?)?)"
            + "(?:'s|’s|'|’)?\\s+\\(((?:" + YEAR + ")(?:\\s*,\\s*(?:" + YEAR + "))*)(?:\\s*[,:]\\s*(?:pp?\\.?|page)\\s*[0-9–-]+)?\\)");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "et", "al", "al.", "for", "of", "the", "de", "van", "von", "der",
            "den", "du", "la", "le", "da", "di", "del", "y");
    /** Words that make bracketed text a date, a law or a label, not an author. */
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "spring", "summer", "autumn", "winter", "fall", "term", "semester", "year", "since", "from", "until",
            "act", "regulations", "regulation", "order", "directive", "bill", "version", "edition", "published", "updated",
            "revised", "accessed", "retrieved", "cohort", "class", "intake", "academic", "in", "circa", "c.", "ca.", "est.",
            "q1", "q2", "q3", "q4", "easter", "christmas", "michaelmas", "lent", "trinity", "hilary");

    /** A citation found in the text. */
    /**
     * A citation found in the text. {@code names} are the ways its author may be listed, shortest first; a
     * citation that is not {@code sure} (its name may be the end of a title or an organisation's name) is
     * reported as a note when no entry matches.
     */
    private record Citation(Page page, ProseBlock block, int start, String text, List<String> names, List<String> years, boolean sure) {
    }

    CitationRule() {
        super("citation", Severity.WARNING, "an in-text citation has no entry in the reference list; a reference never cited is a note");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        ReferenceList references = ReferenceList.of(context.pages());
        StringBuilder elsewhere = new StringBuilder();
        StringBuilder asWritten = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        // The text outside the lists is read only to find mentions of entries: without entries, it is not gathered.
        boolean mentions = !references.entries().isEmpty();
        for (Page page : context.pages()) {
            for (ProseBlock block : page.prose()) {
                if (references.holds(block.block())) continue;
                // A heading names a part or an item ("### Workshop slides (Staff Week, 2023)"); citations are made in sentences.
                boolean heading = block.block() instanceof Heading;
                if (mentions) {
                    elsewhere.append(' ').append(ReferenceList.fold(block.text()));
                    asWritten.append(' ').append(block.text());
                }
                if (!heading) citations.addAll(citationsIn(page, block));
            }
        }
        Set<ReferenceList.Entry> cited = new HashSet<>();
        for (Citation c : citations) {
            boolean found = false;
            List<String> names = new ArrayList<>();
            for (String name : c.names()) names.add(ReferenceList.fold(name));
            for (String year : c.years()) {
                for (ReferenceList.Entry e : references.entries()) {
                    if (sameYear(year, e.year()) && names.stream().anyMatch(e.names()::contains)) {
                        cited.add(e);
                        found = true;
                    }
                }
            }
            if (found) continue;
            String where = references.exist() ? "has no entry in your reference list" : "has no reference list to point to";
            String message = "the citation \"" + c.text() + "\" " + where + ": add the full reference ("
                    + "authors, year, title, where published) to " + (references.exist() ? "the list" : "a page titled References, or a \"## References\" part")
                    + ", or correct the name or year so that they match the entry";
            if (c.sure()) sink.report(c.page(), c.block().at(c.start()), message);
            else sink.note(c.page(), c.block().at(c.start()), "if this is a citation, " + message);
        }
        for (ReferenceList.Entry e : references.entries()) {
            if (cited.contains(e) || e.furtherReading() || e.linksToPage() || e.mentions().stream().anyMatch(m -> mentioned(elsewhere, m))
                    || e.abbreviations().stream().anyMatch(a -> mentioned(asWritten, a))) continue;
            sink.note(e.page(), e.page().start(e.node()), "this reference is never cited or mentioned outside the reference list: cite it where "
                    + "it shaped your practice, e.g. (" + e.display() + ", " + e.year() + "), or link from the entry to the section that uses it,"
                    + " or remove it");
        }
    }

    private static List<Citation> citationsIn(Page page, ProseBlock block) {
        List<Citation> out = new ArrayList<>();
        String text = block.text();
        if (text.indexOf('(') < 0) return out;
        Matcher p = PARENTHESES.matcher(text);
        while (p.find()) {
            int offset = p.start(1);
            for (String item : p.group(1).split(";")) {
                String trimmed = item.strip();
                int at = offset + item.indexOf(trimmed.isEmpty() ? item : trimmed);
                offset += item.length() + 1;
                Matcher m = ITEM.matcher(trimmed);
                if (!m.matches() || !looksLikeNames(m.group(1)) || isLabel(m.group(1), trimmed) || block.isTitleText(at)
                        || labelFollows(text, p.end())) continue;
                out.add(new Citation(page, block, at, "(" + p.group(1).strip() + ")", List.of(firstName(m.group(1))), years(m.group(2)), true));
            }
        }
        Matcher n = NARRATIVE.matcher(mayHoldNarrative(text) ? text : "");
        while (n.find()) {
            if (!looksLikeNames(n.group(1)) || startsSentenceWithCommonWord(text, n.start()) || block.isTitleText(n.end(1) - 1)
                    || labelFollows(text, n.end())) continue;
            List<String> names = new ArrayList<>(List.of(firstName(n.group(1))));
            int start = n.start();
            // "Samantha Ball (2024)", "the Association for Learning Technology (2019)": capitalised words before the
            // name, in mid-sentence, belong to it; they may also be a title's ("Project Presentation (2024)").
            for (int w = wordBefore(text, n.start()), end = n.start(); w >= 0; end = w, w = wordBefore(text, w)) {
                String word = text.substring(w, end).strip();
                boolean capital = Character.isUpperCase(word.codePointAt(0));
                if (!capital && !RUN_CONNECTORS.contains(word)) break;
                // At a sentence's start a capital says nothing, and an ordinary opening word ("In Beetham (2013)") is no name.
                boolean opens = sentenceStart(text, w);
                if (opens && (!capital || OPENERS.contains(word.toLowerCase(Locale.ROOT)))) break;
                if (capital) {
                    start = w;
                    names.add(text.substring(start, n.start()) + firstName(n.group(1)));
                }
                if (opens) break;
            }
            boolean sure = names.size() == 1;
            out.add(new Citation(page, block, start, text.substring(start, n.end()).strip(), names, years(n.group(2)), sure));
        }
        return out;
    }

    /**
     * Whether {@code text} has what every narrative citation has, a space and a bracket before the first
     * character a year can start with ("… Beetham (2013)", "(n.d.)", "(undated)"): most blocks have none,
     * and NARRATIVE is slow to find that out.
     */
    private static boolean mayHoldNarrative(String text) {
        for (int i = text.indexOf('(', 1); i >= 0 && i + 1 < text.length(); i = text.indexOf('(', i + 1)) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            if ((before == ' ' || before == '\t' || before == '\n' || before == '\u000B' || before == '\f' || before == '\r')
                    && "12nNuU".indexOf(after) >= 0) return true;
        }
        return false;
    }

    private static final Set<String> RUN_CONNECTORS = Set.of("for", "of", "the", "and", "&", "in", "on");
    /** Words that open sentences before an author's name: "In Beetham (2013)", "Following Freire (1970)". */
    private static final Set<String> OPENERS = Set.of("the", "this", "that", "these", "those", "our", "my", "its", "their", "a", "an",
            "in", "by", "as", "for", "from", "with", "on", "at", "to", "of", "and", "but", "so", "also", "both", "like", "unlike",
            "according", "following", "after", "before", "since", "while", "when", "although", "though", "however", "here",
            "there", "then", "if", "because", "where", "see", "per", "via", "including", "especially", "notably", "similarly",
            "likewise", "moreover", "furthermore", "indeed", "later", "earlier", "recently", "building", "drawing", "citing",
            "using", "applying", "adapting", "reading", "work", "research", "writing");
    /** A bracket right after a year holding a word or two: a format or a kind ("(2023) (PDF)", "(Udemy, 2023) (Certificate)"). */
    private static final Pattern LABEL_AFTER = Pattern.compile("\\G\\s*\\(\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\)");

    /** Whether a format or kind in brackets follows: the year belongs to an item's title, as evidence lists write it. */
    private static boolean labelFollows(String text, int end) {
        return LABEL_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The start of the word just before {@code at} when only one space separates them, else -1. */
    private static int wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ' || text.charAt(at - 2) == ' ') return -1;
        int i = at - 2;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) i--;
        String word = text.substring(i + 1, at - 1);
        return NAME_WORD.matcher(word).matches() ? i + 1 : -1;
    }

    /** Whether the word at {@code at} opens a sentence (or the block), after any opening quotes or brackets. */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && " \"'“‘([".indexOf(text.charAt(i)) >= 0) i--;
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * "The (2021) report" is no citation: a narrative name must not be an ordinary capitalised word starting
     * a sentence, also after an opening quote or bracket ("“The (2021) report”").
     */
    private static boolean startsSentenceWithCommonWord(String text, int start) {
        if (!sentenceStart(text, start)) return false;
        String word = NOT_LETTER.split(text.substring(start), 2)[0].toLowerCase(Locale.ROOT);
        return OPENERS.contains(word);
    }

    /**
     * "(UK GDPR 2018)", "(WCAG 2022)": capitals only and no comma before the year name a law or a standard,
     * not an author ("(ALT, 2019)" with its comma is a citation).
     */
    private static boolean isLabel(String names, String item) {
        return CAPITALS_ONLY.matcher(names.strip()).matches() && !item.startsWith(names.strip() + ",");
    }

    private static boolean looksLikeNames(String names) {
        String s = names.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) || WITH_DIGIT.matcher(s).matches()) return false;
        String[] words = SPACES_OR_COMMAS.split(s);
        if (words.length > 8) return false;
        for (String w : words) {
            String lower = POSSESSIVE.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (NOT_NAMES.contains(TRAILING_POINTS.matcher(lower).replaceAll(""))) return false;
            if (!Character.isUpperCase(w.codePointAt(0)) && !CONNECTORS.contains(lower) && !ReferenceList.INITIALS.matcher(w).matches()) return false;
        }
        return true;
    }

    /** The first name of a citation: up to "et al.", the first comma, "and" or "&amp;", without a possessive. */
    private static String firstName(String names) {
        String s = ET_AL.matcher(names).replaceAll("").strip();
        s = NAME_SEPARATOR.split(s)[0].strip();
        return NAME_POSSESSIVE.matcher(s).replaceAll("");
    }

    private static List<String> years(String years) {
        List<String> out = new ArrayList<>();
        for (String y : YEAR_SEPARATOR.split(years)) out.add(ReferenceList.canonicalYear(y));
        return out;
    }

    private static boolean sameYear(String cited, String listed) {
        if (cited.equals(listed)) return true;
        if (cited.startsWith("n.") || listed.startsWith("n.")) return false;
        String a = cited.substring(0, 4);
        String b = listed.substring(0, 4);
        return a.equals(b) && (cited.length() == 4 || listed.length() == 4);
    }

    /** Whether a name or title appears as whole words in the folded text. */
    private static boolean mentioned(CharSequence folded, String name) {
        if (name.length() < 2) return false;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(folded).find();
    }
}
