package io.github.cmaltkit.markdown;

import java.util.regex.Pattern;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
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

    private static final Extension TABLES = TablesExtension.create();
    private static final Extension AUTOLINKS = AutolinkExtension.create();
    private static final Parser PARSER = Parser.builder().extensions(List.of(TABLES, AUTOLINKS))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private Markdown() {
    }

    /** Deeper nesting than this is not read as Markdown (see {@link Reading#plainText}). */
    public static final int MAX_DEPTH = 400;

    /** A body as {@link #read} found it: its tree, and whether it was too deeply nested to read as Markdown and is plain paragraphs. */
    public record Reading(Node document, boolean plainText) {
    }

    /**
     * Parses a Markdown body; source spans count lines from 0 at the body's first line. A body nested
     * too deeply to read (thousands of quote, list or emphasis levels, which no writer means) is read
     * as plain paragraphs instead, so nothing downstream can overflow the stack.
     */
    public static Node parse(String body) {
        return read(body).document();
    }

    /** As {@link #parse}, saying whether the body was read as plain paragraphs. */
    public static Reading read(String body) {
        Node document;
        try {
            document = PARSER.parse(body);
        } catch (StackOverflowError e) {
            return new Reading(plainParagraphs(body), true);
        }
        return depth(document) > MAX_DEPTH ? new Reading(plainParagraphs(body), true) : new Reading(document, false);
    }

    private static Node plainParagraphs(String body) {
        Document doc = new Document();
        int line = 0;
        for (String block : body.split("\n\\s*\n", -1)) {
            if (!block.isBlank()) {
                Paragraph p = new Paragraph();
                Text t = new Text(block.strip());
                p.appendChild(t);
                p.setSourceSpans(List.of(SourceSpan.of(line, 0, 0, block.length())));
                doc.appendChild(p);
            }
            line += (int) block.chars().filter(c -> c == '\n').count() + 2;
        }
        return doc;
    }

    /** The deepest nesting of the tree, found without recursion. */
    private static int depth(Node root) {
        int max = 0;
        int depth = 0;
        Node n = root;
        while (n != null) {
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                if (depth > max) max = depth;
                if (max > MAX_DEPTH) return max;
                continue;
            }
            while (n != null && n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            if (n == null || n == root) break;
            n = n.getNext();
        }
        return max;
    }

    /** The anchor of an acronym's entry on the glossary page, as the glossary marks in the text link to it. */
    public static String glossaryAnchor(String acronym) {
        return Glossary.anchor(acronym);
    }

    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^A-Za-z0-9_-]");

    /**
     * An anchor the kit makes from a name (an acronym, a file's name): {@code prefix}, then the name with
     * every character but ASCII letters, digits, {@code _} and {@code -} turned into {@code -}.
     */
    public static String anchorSlug(String prefix, String text) {
        return prefix + NOT_IN_ANCHOR.matcher(text).replaceAll("-");
    }

    /** The plain text of a node: its text and code, without markup. */
    public static String plainText(Node node) {
        return text(node, true);
    }

    /** The plain text of a node without the words of its links and images: each stands for a space. */
    public static String plainTextOutsideLinks(Node node) {
        return text(node, false);
    }

    private static String text(Node node, boolean linkText) {
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

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                sb.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                sb.append(' ');
            }

            @Override
            public void visit(Link link) {
                if (linkText) visitChildren(link);
                else sb.append(' ');
            }

            @Override
            public void visit(Image image) {
                if (linkText) visitChildren(image);
                else sb.append(' ');
            }
        });
        return sb.toString().strip();
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
     * Parses and renders the body of {@code sourceFile} (a portfolio-relative path) for its site page,
     * without a glossary: a shorthand for tests; the site renders the tree the portfolio's model holds.
     */
    public static String renderPage(String sourceFile, String body) {
        return render(sourceFile, ParsedBody.parse(body), SitePaths.pageOf(sourceFile), "", 0, Glossary.NONE);
    }

    /**
     * Renders the parsed body of {@code sourceFile} for the page {@code pagePath} (a site path): headings
     * get their ids (the body's, worked out once), prefixed with {@code idPrefix} so several files can
     * share one page (the print page), and sit below the page's {@code h1} and {@code extraLevels}
     * further down; links and images point where the files are in the site; each use of an acronym of
     * {@code glossary} is an {@code <abbr>} linked to its entry on the glossary page; revised passages
     * are framed. The tree is only read, never changed: the checker reads the same one, and several
     * pages may render it at once.
     */
    public static String render(String sourceFile, ParsedBody body, String pagePath, String idPrefix, int extraLevels,
                                Glossary glossary) {
        Node document = body.document();
        Map<Heading, String> ids = body.headingIds();
        // The page title is the only h1: a body that uses level-1 headings is shown one level down.
        int shift = (body.hasTopLevelHeading() ? 1 : 0) + Math.max(0, extraLevels);
        PortfolioExtension ours = new PortfolioExtension(glossary, SitePaths.relative(pagePath, Glossary.PAGE), idPrefix, shift);
        AttributeProvider provider = (node, tag, attributes) -> {
            if (node instanceof Heading h && ids.containsKey(h)) {
                attributes.put("id", idPrefix + ids.get(h));
            } else if (node instanceof Link link) {
                attributes.put("href", SitePaths.mapLink(sourceFile, link.getDestination(), pagePath));
            } else if (node instanceof Image image) {
                attributes.put("src", SitePaths.mapLink(sourceFile, image.getDestination(), pagePath));
            }
        };
        // Ours first: it renders tables (in their scroll box) before the tables extension would.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(List.of(ours, TABLES))
                .attributeProviderFactory(context -> provider)
                .build();
        return renderer.render(document);
    }
}
