package io.github.cmaltkit.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.jsoup.nodes.Comment;
import org.jsoup.parser.Parser;

/**
 * Passages revised after a referral, marked in the Markdown by two comments, each on a line of its own:
 * <pre>
 * &lt;!-- revised: added the evaluation data the assessors asked for --&gt;
 * ...the revised paragraphs...
 * &lt;!-- /revised --&gt;
 * </pre>
 * On the site the passage is framed and labelled "Revised" in words (not by colour alone), by
 * {@link PortfolioNodeRenderer} while rendering, and the "Summary of revisions" page links to each one. A passage left open ends with the list item, quote
 * or page it starts in; an end marker with no passage open is ignored.
 */
public final class Revisions {

    /** One marked passage: its note, its anchor on the page and its line in the body (0-based). */
    public record Passage(String note, String anchor, int bodyLine) {
    }

    /** The words of a marker comment (read from the HTML by jsoup): {@code revised[: note]} or {@code /revised}. */
    private static final Pattern START = Pattern.compile("\\s*revised\\s*(?::\\s*(.*?))?\\s*", Pattern.DOTALL);
    private static final Pattern END = Pattern.compile("\\s*/revised\\s*");

    private Revisions() {
    }

    /** The marked passages of a parsed body (as {@link Markdown#parse} made it), in order. */
    public static List<Passage> find(Node document, String idPrefix) {
        List<Passage> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                startNote(html).ifPresent(note -> out.add(new Passage(note, anchor(idPrefix, out.size() + 1),
                        html.getSourceSpans().isEmpty() ? 0 : html.getSourceSpans().get(0).getLineIndex())));
            }
        });
        return out;
    }

    /** The anchor of the {@code n}th passage of a page (from 1). */
    static String anchor(String idPrefix, int n) {
        return idPrefix + "revised-" + n;
    }

    /** The note of a start marker (empty when it has none); nothing for any other node. */
    static Optional<String> startNote(Node node) {
        return markerWords(node).map(START::matcher).filter(Matcher::matches)
                .map(m -> m.group(1) == null ? "" : m.group(1).strip());
    }

    /** Whether a node is an end marker. */
    static boolean isEnd(Node node) {
        return markerWords(node).filter(w -> END.matcher(w).matches()).isPresent();
    }

    /** The words of an HTML block that is one comment and nothing else. */
    private static Optional<String> markerWords(Node node) {
        if (!(node instanceof HtmlBlock html) || !html.getLiteral().contains("revised")) return Optional.empty();
        List<org.jsoup.nodes.Node> nodes = Parser.parseXmlFragment(html.getLiteral().strip(), "");
        return nodes.size() == 1 && nodes.get(0) instanceof Comment c ? Optional.of(c.getData()) : Optional.empty();
    }
}
