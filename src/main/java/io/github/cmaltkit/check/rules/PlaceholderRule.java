package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.ProseBlock;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.Markdown;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leftover template text in the prose: TODO, TBC, TBD, TBA and FIXME in capitals (or in any case when a
 * colon follows, "todo:"), "lorem ipsum", "[insert …]" (also as a link text), and "evidence to be
 * attached/added/uploaded/included" or "evidence/link to follow" (not "the evidence to follow shows…"). HTML comments (the prompts of
 * {@code cmalt init}) and code are not read.
 */
final class PlaceholderRule extends BaseRule {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:TODO|TBC|TBD|TBA|FIXME)(?![\\p{L}\\p{N}])"
                    + "|(?i:(?<![\\p{L}\\p{N}])(?:to-?do|tbc|tbd|tba|fixme)\\s*:)"
                    + "|(?i:\\blorem\\s+ipsum\\b)"
                    + "|(?i:\\[\\s*insert\\b[^\\]]*\\])"
                    // "Evidence to be added." stands alone; "Files are to be uploaded by Friday" describes a process.
                    + "|(?i:\\b(?:evidence|links?|screenshots?|files?)\\s+(?:is\\s+|are\\s+|will\\s+be\\s+)?to\\s+be\\s+(?:attached|added|uploaded|included|inserted)\\b"
                    + "(?=\\s*(?:(?:here|later|soon|shortly)\\b\\s*)?(?:[.,)\\]!;:]|$)))"
                    + "|(?i:\\b(?:evidence|links?)\\s+to\\s+follow\\b)(?!\\s+\\p{Ll})");
    /**
     * Cheap words one of which every placeholder contains, to skip the pattern on most text. No needle
     * spans a space: the pattern allows any run of whitespace between words ("to  be attached").
     */
    private static final List<String> NEEDLES = List.of("todo", "to-do", "tbc", "tbd", "tba", "fixme", "lorem", "insert",
            "attached", "added", "uploaded", "included", "follow");
    /**
     * A link text that asks for something to be put in ("Insert link to evidence", "insert your file here"),
     * not the title of a how-to guide ("Insert a video into a course page").
     */
    private static final Pattern INSERT_LINK = Pattern.compile("(?i)^\\s*insert\\s+(?:(?:the|your|a|an)\\s+)?"
            + "(?:link|url|address|evidence|file|document|screenshot|image|picture|title|name|text|here|date|reference)s?\\b"
            + "(?!.*\\b(?:into|onto|in|from|within|using|with)\\b).*$");

    PlaceholderRule() {
        super("placeholder", Severity.WARNING, "leftover template text: TODO, TBC, TBD, lorem ipsum, [insert …], evidence to be attached");
    }

    /** The needles by their first letter (an ASCII lower-case letter each); its table never changes once made. */
    private static final class ByFirst {
        private final String[][] table = new String[128][];

        ByFirst(List<String> needles) {
            for (String n : needles) {
                String[] old = table[n.charAt(0)];
                String[] more = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
                more[more.length - 1] = n;
                table[n.charAt(0)] = more;
            }
        }

        /** The needles starting with {@code c}, or null; the caller only reads them. */
        String[] startingWith(char c) {
            return c < 128 ? table[c] : null;
        }
    }

    private static final ByFirst BY_FIRST = new ByFirst(NEEDLES);

    /**
     * Whether the lower-case text contains a needle, found in one pass without making the lower-case copy.
     * Only ASCII letters are folded: no other character's lower case holds a needle's letters (U+0130 "İ"
     * lowers to "i" and a dot above, U+212A Kelvin to "k"; neither can be part of a needle).
     */
    static boolean mayHold(String text) {
        char[] chars = text.toCharArray(); // read as an array: String.charAt is slow under the quick compiler alone
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            String[] candidates = BY_FIRST.startingWith(c);
            if (candidates == null) continue;
            for (String n : candidates) if (startsAt(chars, i, n)) return true;
        }
        return false;
    }

    private static boolean startsAt(char[] chars, int at, String needle) {
        if (at + needle.length() > chars.length) return false;
        for (int k = 1; k < needle.length(); k++) {
            char c = chars[at + k];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != needle.charAt(k)) return false;
        }
        return true;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.pages()) {
            for (ProseBlock block : page.prose()) {
                if (!mayHold(block.text())) continue;
                Matcher m = PLACEHOLDER.matcher(block.text());
                while (m.find()) {
                    sink.report(page, block.at(m.start()), "\"" + m.group().strip() + "\" looks like leftover template text: "
                            + "replace it with your own words (or the evidence) before you submit");
                }
            }
            for (LinkRef l : page.links()) {
                if (l.kind() == LinkRef.Kind.LINK && INSERT_LINK.matcher(Markdown.plainText(l.node())).matches()) {
                    sink.report(page, l.at(), "the link text \"" + Markdown.plainText(l.node()).strip()
                            + "\" looks like leftover template text: write what the link is");
                }
            }
        }
    }
}
