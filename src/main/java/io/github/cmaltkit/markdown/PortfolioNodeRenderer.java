package io.github.cmaltkit.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders the nodes of {@link PortfolioExtension}, and the {@code <table>} element of every table. */
final class PortfolioNodeRenderer implements NodeRenderer {

    /**
     * A wide table scrolls sideways in a box that can take keyboard focus, so it is readable on a phone
     * without squeezing its words and reachable without a mouse. A named group, not a region: a landmark
     * per table would crowd the page's landmark list.
     */
    static final Map<String, String> SCROLL_BOX = Collections.unmodifiableMap(attributes("class", "table-scroll", "role", "group", "tabindex", "0",
            "aria-label", "Table (scrolls sideways on narrow screens)"));

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    PortfolioNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(RevisedPassage.class, GlossaryTerm.class, TableBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof RevisedPassage passage) renderPassage(passage);
        else if (node instanceof GlossaryTerm term) renderTerm(term);
        else if (node instanceof TableBlock table) renderTable(table);
    }

    /** Framed and labelled "Revised" in words, not by colour alone. */
    private void renderPassage(RevisedPassage passage) {
        html.line();
        html.tag("div", context.extendAttributes(passage, "div", attributes("class", "revised", "id", passage.anchor())));
        html.tag("p", attributes("class", "revised-label"));
        html.tag("strong");
        html.text("Revised");
        html.tag("/strong");
        if (!passage.note().isEmpty()) html.text(": " + passage.note());
        html.tag("/p");
        html.line();
        renderChildren(passage);
        html.tag("/div");
        html.line();
    }

    private void renderTerm(GlossaryTerm term) {
        html.tag("a", context.extendAttributes(term, "a", attributes("class", "glossary-term", "href", term.href())));
        html.tag("abbr", attributes("title", term.words()));
        html.text(term.acronym());
        html.tag("/abbr");
        html.tag("/a");
    }

    /** The table element in its scroll box; its head, body, rows and cells are the tables extension's. */
    private void renderTable(TableBlock table) {
        html.line();
        html.tag("div", SCROLL_BOX);
        html.tag("table", context.extendAttributes(table, "table", Map.of()));
        renderChildren(table);
        html.tag("/table");
        html.tag("/div");
        html.line();
    }

    private void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }

    /** Attributes in the order given, as they are written. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put(namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }
}
