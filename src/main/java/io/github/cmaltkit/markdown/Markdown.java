package io.github.cmaltkit.markdown;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The kit's one Markdown dialect: CommonMark with tables and autolinks, parsed with source positions
 * so that every finding can point at a line and column of the candidate's file.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Markdown() {
    }

    /** Parses a Markdown body; source spans count lines from 0 at the body's first line. */
    public static Node parse(String body) {
        return PARSER.parse(body);
    }

    /** The plain text of a node: its text and code, without markup. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString();
    }

    /** The id of every heading of a document, by {@link HeadingIds}. */
    public static Map<Heading, String> headingIds(Node document) {
        Map<Heading, String> ids = new IdentityHashMap<>();
        HeadingIds generator = new HeadingIds();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                ids.put(heading, generator.next(plainText(heading)));
            }
        });
        return ids;
    }

    /**
     * Renders the body of {@code sourceFile} (a portfolio-relative path) to HTML for its site page:
     * headings get their ids and sit one level below the page's {@code h1}; links and images point
     * where the files are in the site.
     */
    public static String renderPage(String sourceFile, String body) {
        Node document = parse(body);
        Map<Heading, String> ids = headingIds(document);
        demoteTopLevelHeadings(document);
        AttributeProvider provider = (node, tag, attributes) -> {
            if (node instanceof Heading h && ids.containsKey(h)) {
                attributes.put("id", ids.get(h));
            } else if (node instanceof Link link) {
                attributes.put("href", SitePaths.mapLink(sourceFile, link.getDestination()));
            } else if (node instanceof Image image) {
                attributes.put("src", SitePaths.mapLink(sourceFile, image.getDestination()));
            }
        };
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .attributeProviderFactory(context -> provider)
                .build();
        return renderer.render(document);
    }

    /** The page title is the only h1: a body that uses level-1 headings is shifted one level down. */
    private static void demoteTopLevelHeadings(Node document) {
        boolean[] hasH1 = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) hasH1[0] = true;
            }
        });
        if (!hasH1[0]) return;
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
    }
}
