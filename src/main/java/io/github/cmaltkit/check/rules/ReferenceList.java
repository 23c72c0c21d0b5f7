package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.markdown.Markdown;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The portfolio's reference lists, as {@link CitationRule} reads them: an extra page titled with a
 * reference list's name, and any part of a page under a heading with one (References, Reference list,
 * Bibliography, Works cited, Sources, Literature, Further reading, Reading list, Suggested reading…,
 * numbered or not). Each list item (or paragraph) there whose start reads "Names (2021)" is an entry,
 * also after a number ("1.", "[1]").
 */
final class ReferenceList {

    /**
     * A year as citations and references write it: 2021, 2021a, or a work without a date, which writers
     * spell n.d., n.d, nd, no date, undated or unknown date.
     */
    static final String YEAR = "(?:19|20)[0-9]{2}[a-z]?|n\\.\\s?d\\.?|(?<![\\p{L}\\p{N}])nd(?![\\p{L}\\p{N}])|(?i:no\\s+date|undated|unknown\\s+date)";
    private static final String NUMBER = "^\\s*(?:\\[[0-9]{1,3}\\]\\s*|[0-9]{1,3}[.)]\\s+)?";
    /**
     * The start of a reference entry: an optional number ("1.", "[1]"), names, then the year in brackets,
     * where APA adds the day to a web page's ("(2020, March 3)").
     */
    private static final Pattern ENTRY = Pattern.compile(NUMBER + "([^0-9]{2,300}?)[\\s,]*\\((" + YEAR + ")(?:,\\s*[^()]{1,40})?\\)");
    /** Harvard without brackets: "Smith, J. 2020. Title". */
    private static final Pattern BARE_ENTRY = Pattern.compile(NUMBER + "([^0-9()]{2,200}?),?\\s+((?:19|20)[0-9]{2}[a-z]?)[.,:]\\s");
    /**
     * The name of a reference list, as a heading or an extra page's title: a number may come before it
     * ("5. References"), a qualifier too ("Further reading", "Key references"), and a second name after
     * it ("References and further reading").
     */
    private static final Pattern LIST_TITLE = Pattern.compile("(?i)^(?:[0-9]{1,2}[.)]?\\s+)?"
            + "(?:(?:further|key|selected|suggested|recommended|additional|essential|useful|cited)\\s+)?"
            + "(?:references?(?:\\s+list)?|reference\\s+list|bibliography|works\\s+(?:cited|consulted)|cited\\s+works|reading(?:\\s+list)?"
            + "|readings|sources(?:\\s+cited)?|literature(?:\\s+cited)?)"
            + "(?:\\s*(?:and|&)\\s*(?:further\\s+)?(?:reading|resources|sources|bibliography|references))?$");
    /** A bare "Reading" or "Readings" heading names an activity as often as a list: only a qualified one is a list. */
    private static final Pattern BARE_READING = Pattern.compile("(?i)^(?:[0-9]{1,2}[.)]?\\s+)?readings?$");
    /** Initials of a person (A., A.B., J-P); the citation rule ignores them among names too. */
    static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.?\\s?-?){1,4}$");

    /**
     * A parsed reference entry: what names it, what counts as mentioning it, whether it links to a page, and
     * whether it stands in a list of further reading, whose works need not be cited.
     */
    record Entry(Page page, Node node, String year, String display, Set<String> names, Set<String> mentions,
                 Set<String> abbreviations, boolean linksToPage, boolean furtherReading) {
        // Each entry is one place in one page: identity is its equality, and hashing it stays cheap
        // (the generated methods would hash every name set, and link themselves on first use).
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    /** The top-level blocks of reference lists: the prose in them (paragraphs, table cells) is neither citation nor mention. */
    private final Set<Node> inLists = new HashSet<>();
    private boolean any;

    private ReferenceList() {
    }

    /** The reference lists of every page. */
    static ReferenceList of(List<Page> pages) {
        ReferenceList r = new ReferenceList();
        for (Page page : pages) {
            Map<Node, Boolean> blocks = referenceBlocks(page);
            if (!blocks.isEmpty() || isReferencePage(page)) r.any = true;
            blocks.forEach((b, reading) -> {
                r.inLists.add(b);
                r.entries.addAll(entriesOf(page, b, reading));
            });
        }
        return r;
    }

    /** Every entry, page by page in order. */
    List<Entry> entries() { return Collections.unmodifiableList(entries); }

    /** Whether the portfolio has a reference list at all (even an empty one). */
    boolean exist() { return any; }

    /** Whether a block of prose stands in a reference list. */
    boolean holds(Node block) {
        return inLists.contains(block) || inside(block, inLists);
    }

    private static boolean inside(Node node, Set<Node> blocks) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) if (blocks.contains(n)) return true;
        return false;
    }

    private static boolean isReferencePage(Page page) {
        return !page.isSection() && page.file().title() != null && isListTitle(page.file().title());
    }

    /** Whether a heading or a page title names a reference list; trailing colons and full stops do not count. */
    static boolean isListTitle(String title) {
        String t = title.strip().replaceAll("[:.]+$", "").strip();
        return LIST_TITLE.matcher(t).matches() && !BARE_READING.matcher(t).matches();
    }

    /** Whether a list's name says it is reading beyond what is cited: Further reading, Reading list, Works consulted. */
    private static boolean isReadingTitle(String title) {
        return FURTHER_READING.matcher(title).find();
    }

    private static final Pattern FURTHER_READING = Pattern.compile("(?i)\\b(?:reading|readings|consulted)\\b");

    /** The top-level blocks of a page that hold references, each with whether its list is further reading. */
    private static Map<Node, Boolean> referenceBlocks(Page page) {
        Map<Node, Boolean> out = new LinkedHashMap<>();
        boolean whole = isReferencePage(page);
        boolean pageIsReading = whole && isReadingTitle(page.file().title());
        boolean reading = pageIsReading;
        int level = 0;
        for (Node n = page.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String text = Markdown.plainText(h);
                if (level > 0 && h.getLevel() <= level) level = 0;
                if (level == 0) {
                    boolean list = isListTitle(text);
                    if (list) level = h.getLevel();
                    reading = list ? isReadingTitle(text) : pageIsReading;
                }
                continue;
            }
            if (whole || level > 0) out.put(n, reading);
        }
        return out;
    }

    private static List<Entry> entriesOf(Page page, Node block, boolean reading) {
        List<Entry> out = new ArrayList<>();
        if (block instanceof ListBlock list) {
            for (Node i = list.getFirstChild(); i != null; i = i.getNext()) if (i instanceof ListItem item) entry(page, item, reading).ifPresent(out::add);
        } else if (block instanceof Paragraph) {
            entry(page, block, reading).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Entry> entry(Page page, Node node, boolean reading) {
        String text = Page.wordsOf(node).strip().replaceAll("\\s+", " ");
        Matcher m = ENTRY.matcher(text);
        if (!m.find()) {
            m = BARE_ENTRY.matcher(text);
            if (!m.find()) return Optional.empty();
        }
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
        if (plain.isEmpty()) return Optional.empty();
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
        return Optional.of(new Entry(page, node, canonicalYear(m.group(2)), display, names, mentions, abbreviations,
                linksToPage[0], reading));
    }

    /** The Markdown source of a node's first line (titles are written in *italics* or 'quotes' there). */
    private static String sourceOf(Page page, Node node) {
        int line = page.start(node).line() - page.file().bodyLine();
        String[] lines = page.file().body().split("\n", -1);
        return line >= 0 && line < lines.length ? lines[line] : "";
    }

    /** A year as written, with the spellings of "no date" made one: 2021, 2021a, n.d. */
    static String canonicalYear(String year) {
        String y = year.replaceAll("\\s", "");
        return !y.isEmpty() && Character.isDigit(y.charAt(0)) ? y : "n.d.";
    }

    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Lower case, accents dropped, typographic apostrophes straightened. */
    static String fold(String s) {
        // The citation rule folds every block of prose: text without accents (most of it) skips the
        // Unicode normalisation and the two regular expressions, with the same result.
        if (!plain(s)) return foldSlowly(s);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) sb.append(' ');
                space = true;
            } else {
                sb.append(c == '’' ? '\'' : c);
                space = false;
            }
        }
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} by its definition: decompose, drop the marks, straighten, collapse spaces ({@code \\s}), strip, lower case. */
    static String foldSlowly(String s) {
        String n = MARK.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(n.replace('’', '\'')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether every character is one that Unicode decomposition leaves alone and that is no mark: ASCII,
     * the rest of Latin-1 below the accented letters (U+00C0), and typographic dashes, quotes and dots
     * (U+2010–U+2027). ReferenceListTest checks each of them against {@link #foldSlowly}.
     */
    static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC0 && (c < 0x2010 || c > 0x2027)) return false;
        }
        return true;
    }
}
