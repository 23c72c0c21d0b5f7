package io.github.cmaltkit.markdown;

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
