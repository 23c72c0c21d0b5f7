package io.github.cmaltkit.markdown;

import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The kit's additions to CommonMark's HTML for one page, in the way of commonmark-java's own
 * extensions: {@link PortfolioNodeRenderer} frames revised passages, marks glossary acronyms, moves
 * headings down and puts each table in a box that scrolls sideways. All of it happens while
 * rendering, never in the tree: the checker reads the same tree, and the print page renders it again
 * with other anchors. Made per page, because the anchors and the glossary link depend on the page.
 */
final class PortfolioExtension implements HtmlRenderer.HtmlRendererExtension {

    final Glossary glossary;
    private final String glossaryHref;
    final String idPrefix;
    final int headingShift;

    /**
     * @param glossary     the glossary's acronyms
     * @param glossaryHref the glossary page, relative to this page
     * @param idPrefix     put before each passage's anchor, so several files can share one page
     * @param headingShift how many levels every heading moves down (never past 6)
     */
    PortfolioExtension(Glossary glossary, String glossaryHref, String idPrefix, int headingShift) {
        this.glossary = glossary;
        this.glossaryHref = glossaryHref;
        this.idPrefix = idPrefix;
        this.headingShift = headingShift;
    }

    /** An acronym's glossary entry, as this page links it. */
    String glossaryEntry(String acronym) {
        return Glossary.href(glossaryHref, acronym);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(context -> new PortfolioNodeRenderer(context, this));
    }
}
