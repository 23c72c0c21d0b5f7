package io.github.cmaltkit.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * A Markdown body parsed once ({@link Markdown#parse}), with what is read from the tree alone worked
 * out once: the heading ids (the checker's anchors are the ids the site and print pages write) and
 * whether the body holds any writing yet. The tree is only read: the checker and every page that
 * renders it share it, from several threads too.
 */
public final class ParsedBody {

    private final Node document;
    private final Map<Heading, String> headingIds;
    private final List<String> headingIdsInOrder;
    private final boolean topLevelHeading;
    private final boolean blank;

    private ParsedBody(Node document) {
        this.document = document;
        this.headingIds = Collections.unmodifiableMap(Markdown.headingIds(document));
        List<String> order = new ArrayList<>();
        boolean[] h1 = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                order.add(headingIds.get(heading));
                if (heading.getLevel() == 1) h1[0] = true;
            }
        });
        this.headingIdsInOrder = List.copyOf(order);
        this.topLevelHeading = h1[0];
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) blocks.add(n);
        this.blank = !hasContent(blocks);
    }

    /** Parses a body: source spans count lines from 0 at its first line. */
    public static ParsedBody parse(String body) {
        return new ParsedBody(Markdown.parse(body));
    }

    public Node document() { return document; }

    /** The id of every heading ({@link HeadingIds}), the same on every page that shows the body. */
    public Map<Heading, String> headingIds() { return headingIds; }

    /** The heading ids in the order the headings appear. */
    public List<String> headingIdsInOrder() { return headingIdsInOrder; }

    /** Whether the body has a level-1 heading (then it is shown one level down: the page title is the only h1). */
    public boolean hasTopLevelHeading() { return topLevelHeading; }

    /**
     * Whether the body holds nothing but headings, link definitions and HTML comments yet (a fresh file
     * from {@code cmalt init}, whose prompts are comments): the one definition of "not written".
     */
    public boolean blank() { return blank; }

    /** Whether blocks hold anything a reader sees besides headings: HTML comments (prompts) and link definitions do not count. */
    public static boolean hasContent(List<Node> nodes) {
        for (Node n : nodes) {
            if (n instanceof Heading || n instanceof LinkReferenceDefinition) continue;
            if (n instanceof HtmlBlock h && RawHtml.withoutTags(h.getLiteral()).isBlank() && h.getLiteral().strip().startsWith("<!--")) continue;
            return true;
        }
        return false;
    }
}
