package io.github.cmaltkit.markdown;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/** The raw HTML of a Markdown node, read with jsoup: the rules and {@link ParsedBody#blank} read it through here. */
public final class RawHtml {

    private RawHtml() {
    }

    /**
     * Raw HTML of a Markdown node, read with jsoup as it is written: every tag kept where it stands (a
     * {@code <td>} of an inline literal too), names in lower case, entities decoded, positions tracked.
     */
    public static org.jsoup.nodes.Document parse(String literal) {
        return Parser.xmlParser().settings(ParseSettings.htmlDefault).setTrackPosition(true).parseInput(literal, "");
    }

    /**
     * The text of {@code literal} when it is one HTML comment and nothing else ({@code <!-- a note -->},
     * most of the raw HTML in a portfolio), exactly as {@link #parse} reads it; null for anything else.
     * Such a literal needs no HTML parser: only comments with none of the tokeniser's corner cases
     * (dashes at either end or doubled inside, a nested {@code <!}, a NUL) are taken.
     */
    public static String commentOnly(String literal) {
        if (!literal.startsWith("<!--") || literal.indexOf("-->", 4) != literal.length() - 3) return null;
        String data = literal.substring(4, literal.length() - 3);
        if (data.startsWith(">") || data.startsWith("-") || data.endsWith("-") || data.contains("--") || data.contains("<!")
                || data.indexOf('\0') >= 0) return null;
        return data;
    }

    /**
     * Raw HTML as it is written, less its comments: the candidate's private notes and {@code init}'s
     * prompts are comments, and a comment is in a page's source for anyone to read. The rest is kept
     * character for character (a block may open a tag that a later block closes, so it is not
     * re-serialised); jsoup finds the comments as a browser would, never inside an attribute's value,
     * and a comment left open runs to the end, as in a browser.
     */
    public static String withoutComments(String literal) {
        if (!literal.contains("<!")) return literal;
        if (commentOnly(literal) != null) return "";
        StringBuilder out = new StringBuilder(literal.length());
        int[] last = {0};
        parse(literal).traverse((n, depth) -> {
            if (!(n instanceof Comment) || !n.sourceRange().isTracked()) return;
            int start = n.sourceRange().startPos();
            if (start < last[0]) return;
            out.append(literal, last[0], start);
            last[0] = Math.min(literal.length(), n.sourceRange().endPos());
        });
        return out.append(literal, last[0], literal.length()).toString();
    }

    /** HTML text with comments and tags removed (each tag stands for a space), entities decoded. */
    public static String withoutTags(String html) {
        return textOf(parse(html));
    }

    /** The text of parsed HTML, a space wherever a tag was. */
    public static String textOf(org.jsoup.nodes.Node root) {
        StringBuilder sb = new StringBuilder();
        root.traverse((n, depth) -> {
            if (n instanceof TextNode t) sb.append(t.getWholeText());
            else if (n instanceof Element) sb.append(' ');
        });
        return sb.toString();
    }
}
