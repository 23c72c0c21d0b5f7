package io.github.cmaltkit.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The portfolio's glossary acronyms as the pages mark them: {@code VLE} is shown as
 * {@code <a href="kit/glossary.html#glossary-VLE"><abbr title="virtual learning environment">VLE</abbr></a>},
 * so a reader can always find what an acronym stands for. Text inside links and headings is left
 * alone (no link inside a link; headings keep their plain ids). Found while rendering, so the parsed
 * tree the checker reads is never changed. Made once per portfolio model (its pattern is compiled
 * once), and read by every page rendered from it, from several threads too.
 */
public final class Glossary {

    /** No acronyms: nothing is marked. */
    public static final Glossary NONE = new Glossary(Map.of());

    /** The site page that lists the glossary. */
    static final String PAGE = "kit/glossary.html";

    private final Map<String, String> words;
    private final Pattern uses;

    private Glossary(Map<String, String> words) {
        this.words = Map.copyOf(words);
        this.uses = pattern(words);
    }

    /** The glossary of {@code words} (acronym to what it stands for). */
    public static Glossary of(Map<String, String> words) {
        return words.isEmpty() ? NONE : new Glossary(words);
    }

    /** The anchor of an acronym's entry on the glossary page. */
    static String anchor(String acronym) {
        return Markdown.anchorSlug("glossary-", acronym);
    }

    /** The longest acronym first, so that {@code ALT-C} is not read as {@code ALT}; null for no acronyms. */
    private static Pattern pattern(Map<String, String> glossary) {
        List<String> keys = new ArrayList<>(glossary.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String k : keys) {
            if (k.isBlank()) continue;
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(Pattern.quote(k));
        }
        if (alternatives.length() == 0) return null;
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(" + alternatives + ")(s?)(?![\\p{L}\\p{N}_])");
    }

    /**
     * The uses of an acronym in {@code text}: group 1 is the acronym, group 2 a plural {@code s}; null
     * when nothing is to be marked there (no glossary, or the text is in a link, image or heading).
     */
    Matcher in(Text text) {
        if (uses == null) return null;
        for (Node p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link || p instanceof Image || p instanceof Heading) return null;
        }
        return uses.matcher(text.getLiteral());
    }

    /** What an acronym stands for. */
    String words(String acronym) {
        return words.get(acronym);
    }

    /** The acronym's glossary entry, from a page whose link to the glossary page is {@code glossaryHref}. */
    static String href(String glossaryHref, String acronym) {
        return SitePaths.href(glossaryHref) + "#" + anchor(acronym);
    }
}
