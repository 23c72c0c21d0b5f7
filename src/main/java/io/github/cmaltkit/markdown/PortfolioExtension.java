package io.github.cmaltkit.markdown;

import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The kit's additions to CommonMark for a site page, in the way of commonmark-java's own extensions:
 * after parsing, revised passages become {@link RevisedPassage} blocks and glossary acronyms
 * {@link GlossaryTerm}s; {@link PortfolioNodeRenderer} renders them and puts each table in a box that
 * scrolls sideways. Made per page, because the anchors and the glossary link depend on the page.
 */
final class PortfolioExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final Map<String, String> glossary;
    private final String glossaryHref;
    private final String idPrefix;

    /**
     * @param glossary     acronym to words; empty for no glossary marks
     * @param glossaryHref the glossary page, relative to the page being rendered
     * @param idPrefix     put before each passage's anchor, so several files can share one page
     */
    PortfolioExtension(Map<String, String> glossary, String glossaryHref, String idPrefix) {
        this.glossary = glossary;
        this.glossaryHref = glossaryHref;
        this.idPrefix = idPrefix;
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(this::process);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(PortfolioNodeRenderer::new);
    }

    /** Revised passages first, so that a marker's note is never taken for a glossary term. */
    org.commonmark.node.Node process(org.commonmark.node.Node document) {
        Revisions.frame(document, idPrefix);
        if (!glossary.isEmpty()) GlossaryMarks.mark(document, glossary, glossaryHref);
        return document;
    }
}
