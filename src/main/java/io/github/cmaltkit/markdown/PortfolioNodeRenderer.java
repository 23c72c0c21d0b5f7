package io.github.cmaltkit.markdown;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * CommonMark's own HTML with the kit's additions of {@link PortfolioExtension}, made while rendering
 * and without changing the tree, so one parsed tree serves the checker, the site page and the print
 * page (and may be rendered by two pages at once). It takes over every core node from
 * commonmark-java's renderer, which it extends, and changes only what the kit adds.
 */
final class PortfolioNodeRenderer extends CoreHtmlNodeRenderer {

    /**
     * A wide table scrolls sideways in a box that can take keyboard focus, so it is readable on a phone
     * without squeezing its words and reachable without a mouse. A named group, not a region: a landmark
     * per table would crowd the page's landmark list.
     */
    static final Map<String, String> SCROLL_BOX = Collections.unmodifiableMap(attributes("class", "table-scroll", "role", "group", "tabindex", "0",
            "aria-label", "Table (scrolls sideways on narrow screens)"));

    private final HtmlWriter html;
    private final PortfolioExtension page;
    /** Paragraphs inside a revised passage: never rendered as a tight list's bare text, as the passage is their container. */
    private final Set<Node> inPassage = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Passages so far, numbered in document order (the order of rendering). */
    private int passages;

    PortfolioNodeRenderer(HtmlNodeRendererContext context, PortfolioExtension page) {
        super(context);
        this.html = context.getWriter();
        this.page = page;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        Set<Class<? extends Node>> types = new HashSet<>(super.getNodeTypes());
        types.add(TableBlock.class);
        return types;
    }

    @Override
    public void render(Node node) {
        if (node instanceof TableBlock table) renderTable(table);
        else super.render(node);
    }

    /** Below the page's title (and, on the print page, below the file's own title), never past h6. */
    @Override
    public void visit(Heading heading) {
        String tag = "h" + Math.min(6, heading.getLevel() + page.headingShift);
        html.line();
        html.tag(tag, context.extendAttributes(heading, tag, Map.of()));
        visitChildren(heading);
        html.tag("/" + tag);
        html.line();
    }

    @Override
    public void visit(Paragraph paragraph) {
        if (!inPassage.contains(paragraph)) {
            super.visit(paragraph);
            return;
        }
        html.line();
        html.tag("p", context.extendAttributes(paragraph, "p", Map.of()));
        visitChildren(paragraph);
        html.tag("/p");
        html.line();
    }

    /**
     * Raw HTML without its comments, on every page of every audience: a comment is a note to oneself
     * (init's prompts, a private reminder), and would be in the page's source. A block of nothing but
     * comments leaves nothing.
     */
    @Override
    public void visit(HtmlBlock block) {
        String shown = RawHtml.withoutComments(block.getLiteral());
        if (shown.isBlank()) return;
        html.line();
        html.raw(shown);
        html.line();
    }

    @Override
    public void visit(HtmlInline inline) {
        html.raw(RawHtml.withoutComments(inline.getLiteral()));
    }

    /** Text, with each use of a glossary acronym linked to its entry. */
    @Override
    public void visit(Text text) {
        Matcher m = page.glossary.in(text);
        if (m == null) {
            super.visit(text);
            return;
        }
        String literal = text.getLiteral();
        int last = 0;
        while (m.find()) {
            if (m.start() > last) html.text(literal.substring(last, m.start()));
            String acronym = m.group(1);
            html.tag("a", context.extendAttributes(text, "a", attributes("class", "glossary-term", "href", page.glossaryEntry(acronym))));
            html.tag("abbr", attributes("title", page.glossary.words(acronym)));
            html.text(acronym);
            html.tag("/abbr");
            html.tag("/a");
            if (!m.group(2).isEmpty()) html.text(m.group(2));
            last = m.end();
        }
        if (last < literal.length()) html.text(literal.substring(last));
    }

    /**
     * The children of a node, with the blocks between a pair of revision markers framed as a passage
     * (see {@link Revisions}): a passage left open ends with its container, an end marker with no
     * passage open in this container is dropped, and a start marker inside a passage opens one within it.
     */
    @Override
    protected void visitChildren(Node parent) {
        int open = 0;
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            Optional<String> note = Revisions.startNote(child);
            if (note.isPresent()) {
                openPassage(child, note.get());
                open++;
            } else if (Revisions.isEnd(child)) {
                if (open > 0) {
                    closePassage();
                    open--;
                }
            } else {
                if (open > 0 && child instanceof Paragraph) inPassage.add(child);
                context.render(child);
            }
            child = next;
        }
        for (; open > 0; open--) closePassage();
    }

    /** Framed and labelled "Revised" in words, not by colour alone. */
    private void openPassage(Node marker, String note) {
        html.line();
        html.tag("div", context.extendAttributes(marker, "div",
                attributes("class", "revised", "id", Revisions.anchor(page.idPrefix, ++passages))));
        html.tag("p", attributes("class", "revised-label"));
        html.tag("strong");
        html.text("Revised");
        html.tag("/strong");
        if (!note.isEmpty()) html.text(": " + note);
        html.tag("/p");
        html.line();
    }

    private void closePassage() {
        html.tag("/div");
        html.line();
    }

    /** The table element in its scroll box; its head, body, rows and cells are the tables extension's. */
    private void renderTable(TableBlock table) {
        html.line();
        html.tag("div", SCROLL_BOX);
        html.tag("table", context.extendAttributes(table, "table", Map.of()));
        for (Node child = table.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/table");
        html.tag("/div");
        html.line();
    }

    /** Attributes in the order given, as they are written. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put(namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }
}
