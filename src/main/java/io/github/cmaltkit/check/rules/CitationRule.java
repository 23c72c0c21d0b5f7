package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.ProseBlock;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.Markdown;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

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
 *       names of laws ("(Data Protection Act 2018)"), and anything with other lower-case words or digits
 *       among the names.</li>
 *   <li>A reference is "never cited" only when neither a citation nor any mention of its first author,
 *       organisation, abbreviation or title appears outside the reference lists, so a narrative mention
 *       ("Rogers' idea of champions") counts.</li>
 * </ul>
 */
final class CitationRule extends BaseRule {

    private static final String YEAR = "(?:19|20)[0-9]{2}[a-z]?|n\\.\\s?d\\.";
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*";
    /** Parentheses holding a year or n.d. (no nested parentheses). */
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*?(?:" + YEAR + ")[^()]*)\\)");
    /** One item of a parenthetical citation: names, then one or more years, then an optional page. */
    private static final Pattern ITEM = Pattern.compile("^(?:(?:see also|see|e\\.g\\.,?|cf\\.|as in)\\s+)?(.+?),?\\s+((?:" + YEAR
            + ")(?:\\s*,\\s*(?:" + YEAR + "))*)(?:\\s*[,:]\\s*(?:pp?\\.?|page|para\\.?|ch\\.)\\s*[0-9ivx–-]+)?$");
    /** A narrative citation: Name (2021), Name and Other (2021), Name et al. (2021), Name's (2021). */
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + "(?:\\s+(?:and|&)\\s+" + NAME + "|\\s+et\\s+al\\.?)?)"
            + "(?:'s|’s|'|’)?\\s+\\(((?:" + YEAR + ")(?:\\s*,\\s*(?:" + YEAR + "))*)(?:\\s*[,:]\\s*(?:pp?\\.?|page)\\s*[0-9–-]+)?\\)");
    /** The start of a reference entry: names, then (2021) or , 2021. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*([^0-9]{2,300}?)[\\s,]*\\((" + YEAR + ")\\)");
    private static final Pattern LIST_TITLE = Pattern.compile("(?i)^(?:references?|reference list|bibliography|works cited|reading list|sources)$");
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.?\\s?-?){1,4}$");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "et", "al", "al.", "for", "of", "the", "de", "van", "von", "der",
            "den", "du", "la", "le", "da", "di", "del", "y");
    /** Words that make bracketed text a date, a law or a label, not an author. */
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "spring", "summer", "autumn", "winter", "fall", "term", "semester", "year", "since", "from", "until",
            "act", "regulations", "regulation", "order", "directive", "bill", "version", "edition", "published", "updated",
            "revised", "accessed", "retrieved", "cohort", "class", "intake", "academic", "in", "circa", "c.", "ca.", "est.",
            "q1", "q2", "q3", "q4", "easter", "christmas", "michaelmas", "lent", "trinity", "hilary");

    /** A parsed reference entry. */
    private record Entry(Page page, Node node, String year, String display, Set<String> names, Set<String> mentions,
                         Set<String> abbreviations, boolean linksToPage) {
    }

    /** A citation found in the text. */
    private record Citation(Page page, ProseBlock block, int start, String text, String name, List<String> years) {
    }

    CitationRule() {
        super("citation", Severity.WARNING, "an in-text citation has no entry in the reference list; a reference never cited is a note");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        List<Entry> entries = new ArrayList<>();
        Set<Node> inLists = new HashSet<>();
        boolean anyList = false;
        for (Page page : context.pages()) {
            List<Node> blocks = referenceBlocks(page);
            if (!blocks.isEmpty() || isReferencePage(page)) anyList = true;
            for (Node b : blocks) {
                b.accept(new org.commonmark.node.AbstractVisitor() {
                    @Override public void visit(Paragraph p) { inLists.add(p); }
                    @Override public void visit(Heading h) { inLists.add(h); }
                });
                entries.addAll(entriesOf(page, b));
            }
        }
        StringBuilder elsewhere = new StringBuilder();
        StringBuilder asWritten = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Page page : context.pages()) {
            for (ProseBlock block : page.prose()) {
                if (inLists.contains(block.block()) || inside(block.block(), inLists)) continue;
                elsewhere.append(' ').append(fold(block.text()));
                asWritten.append(' ').append(block.text());
                citations.addAll(citationsIn(page, block));
            }
        }
        Set<Entry> cited = new HashSet<>();
        for (Citation c : citations) {
            boolean found = false;
            for (String year : c.years()) {
                for (Entry e : entries) {
                    if (sameYear(year, e.year()) && e.names().contains(fold(c.name()))) {
                        cited.add(e);
                        found = true;
                    }
                }
            }
            if (found) continue;
            String where = anyList ? "has no entry in your reference list" : "has no reference list to point to";
            sink.report(c.page(), c.block().at(c.start()), "the citation \"" + c.text() + "\" " + where + ": add the full reference ("
                    + "authors, year, title, where published) to " + (anyList ? "the list" : "a page titled References, or a \"## References\" part")
                    + ", or correct the name or year so that they match the entry");
        }
        for (Entry e : entries) {
            if (cited.contains(e) || e.linksToPage() || e.mentions().stream().anyMatch(m -> mentioned(elsewhere, m))
                    || e.abbreviations().stream().anyMatch(a -> mentioned(asWritten, a))) continue;
            sink.note(e.page(), e.page().start(e.node()), "this reference is never cited or mentioned outside the reference list: cite it where "
                    + "it shaped your practice, e.g. (" + e.display() + ", " + e.year() + "), or link from the entry to the section that uses it,"
                    + " or remove it");
        }
    }

    private static boolean inside(Node node, Set<Node> blocks) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) if (blocks.contains(n)) return true;
        return false;
    }

    private static boolean isReferencePage(Page page) {
        return !page.isSection() && page.file().title() != null && LIST_TITLE.matcher(page.file().title().strip()).matches();
    }

    /** The top-level blocks of a page that hold references. */
    private static List<Node> referenceBlocks(Page page) {
        List<Node> out = new ArrayList<>();
        boolean whole = isReferencePage(page);
        int level = 0;
        for (Node n = page.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String text = Markdown.plainText(h).strip().replaceAll("[:.]+$", "");
                if (level > 0 && h.getLevel() <= level) level = 0;
                if (level == 0 && LIST_TITLE.matcher(text).matches()) level = h.getLevel();
                continue;
            }
            if (whole || level > 0) out.add(n);
        }
        return out;
    }

    private static List<Entry> entriesOf(Page page, Node block) {
        List<Entry> out = new ArrayList<>();
        if (block instanceof ListBlock list) {
            for (Node i = list.getFirstChild(); i != null; i = i.getNext()) if (i instanceof ListItem item) entry(page, item).ifPresent(out::add);
        } else if (block instanceof Paragraph) {
            entry(page, block).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Entry> entry(Page page, Node node) {
        String text = Page.wordsOf(node).strip().replaceAll("\\s+", " ");
        Matcher m = ENTRY.matcher(text);
        if (!m.find()) return java.util.Optional.empty();
        String authors = m.group(1).strip();
        Set<String> names = new LinkedHashSet<>();
        Set<String> mentions = new LinkedHashSet<>();
        Set<String> abbreviations = new LinkedHashSet<>();
        Matcher abbr = Pattern.compile("\\(([^()]+)\\)").matcher(authors);
        while (abbr.find()) {
            names.add(fold(abbr.group(1)));
            abbreviations.add(abbr.group(1).strip());
        }
        String plain = authors.replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").strip().replaceAll("[,.]+$", "");
        if (plain.isEmpty()) return java.util.Optional.empty();
        names.add(fold(plain));
        List<String> surnames = new ArrayList<>();
        for (String part : plain.split("\\s*(?:,|&|\\band\\b)\\s*")) {
            String p = part.strip();
            if (p.isEmpty() || INITIALS.matcher(p).matches()) continue;
            surnames.add(p);
        }
        if (!surnames.isEmpty()) {
            names.add(fold(surnames.get(0)));
            mentions.add(fold(surnames.get(0)));
        }
        if (surnames.size() == 1 && !plain.contains(",")) {
            // An organisation: its initials are how people often name it ("Association for Learning Technology": ALT).
            StringBuilder initials = new StringBuilder();
            for (String w : plain.split("\\s+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
            if (initials.length() >= 2) {
                abbreviations.add(initials.toString());
                names.add(fold(initials.toString()));
            }
        }
        boolean[] linksToPage = {false};
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override public void visit(org.commonmark.node.Link link) {
                String d = link.getDestination();
                if (d.matches("(?i)[^:]*\\.(?:md|markdown)(?:#.*)?|#.+")) linksToPage[0] = true;
            }
        });
        mentions.addAll(names);
        Matcher title = Pattern.compile("\\*([^*]{4,})\\*|'([^']{8,})'|‘([^’]{8,})’").matcher(page.file().body().isEmpty() ? "" : sourceOf(page, node));
        if (title.find()) {
            String t = title.group(1) != null ? title.group(1) : title.group(2) != null ? title.group(2) : title.group(3);
            mentions.add(fold(t.replaceAll("[.:]+$", "")));
        }
        String display = surnames.isEmpty() ? plain : surnames.get(0);
        return java.util.Optional.of(new Entry(page, node, m.group(2).replaceAll("\\s", ""), display, names, mentions, abbreviations,
                linksToPage[0]));
    }

    /** The Markdown source of a node's first line (titles are written in *italics* or 'quotes' there). */
    private static String sourceOf(Page page, Node node) {
        int line = page.start(node).line() - page.file().bodyLine();
        String[] lines = page.file().body().split("\n", -1);
        return line >= 0 && line < lines.length ? lines[line] : "";
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
                if (!m.matches() || !looksLikeNames(m.group(1)) || isLabel(m.group(1), trimmed)) continue;
                out.add(new Citation(page, block, at, "(" + p.group(1).strip() + ")", firstName(m.group(1)), years(m.group(2))));
            }
        }
        Matcher n = NARRATIVE.matcher(text);
        while (n.find()) {
            if (!looksLikeNames(n.group(1)) || startsSentenceWithCommonWord(text, n.start())) continue;
            out.add(new Citation(page, block, n.start(), n.group().strip(), firstName(n.group(1)), years(n.group(2))));
        }
        return out;
    }

    /** "The (2021) report" is no citation: a narrative name must not be an ordinary capitalised word starting a sentence. */
    private static boolean startsSentenceWithCommonWord(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        boolean sentenceStart = i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
        if (!sentenceStart) return false;
        String word = text.substring(start).split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
        return Set.of("the", "this", "that", "our", "my", "in", "by", "a", "an", "its", "their", "these", "those").contains(word);
    }

    /**
     * "(UK GDPR 2018)", "(WCAG 2022)": capitals only and no comma before the year name a law or a standard,
     * not an author ("(ALT, 2019)" with its comma is a citation).
     */
    private static boolean isLabel(String names, String item) {
        return names.strip().matches("[\\p{Lu}0-9]+(?:\\s+[\\p{Lu}0-9]+)*") && !item.startsWith(names.strip() + ",");
    }

    private static boolean looksLikeNames(String names) {
        String s = names.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) || s.matches(".*[0-9].*")) return false;
        String[] words = s.split("[\\s,]+");
        if (words.length > 8) return false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$|['’]$", "");
            if (NOT_NAMES.contains(lower.replaceAll("[.,]+$", ""))) return false;
            if (!Character.isUpperCase(w.codePointAt(0)) && !CONNECTORS.contains(lower) && !INITIALS.matcher(w).matches()) return false;
        }
        return true;
    }

    /** The first name of a citation: up to "et al.", the first comma, "and" or "&amp;", without a possessive. */
    private static String firstName(String names) {
        String s = names.replaceAll("\\s+et\\s+al\\.?.*$", "").strip();
        s = s.split("\\s*(?:,|&|\\band\\b)\\s*")[0].strip();
        return s.replaceAll("(?:'s|’s|'|’)$", "");
    }

    private static List<String> years(String years) {
        List<String> out = new ArrayList<>();
        for (String y : years.split("\\s*,\\s*")) out.add(y.replaceAll("\\s", ""));
        return out;
    }

    private static boolean sameYear(String cited, String listed) {
        if (cited.equals(listed)) return true;
        if (cited.startsWith("n.") || listed.startsWith("n.")) return false;
        String a = cited.substring(0, 4);
        String b = listed.substring(0, 4);
        return a.equals(b) && (cited.length() == 4 || listed.length() == 4);
    }

    /** Lower case, accents dropped, typographic apostrophes straightened. */
    private static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a name or title appears as whole words in the folded text. */
    private static boolean mentioned(CharSequence folded, String name) {
        if (name.length() < 2) return false;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(folded).find();
    }
}
