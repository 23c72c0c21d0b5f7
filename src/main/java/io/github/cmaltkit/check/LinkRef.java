package io.github.cmaltkit.check;

import org.commonmark.node.Node;

/**
 * A link or image destination written in a page.
 *
 * @param kind        how it was written
 * @param destination the destination exactly as written (HTML entities of raw HTML decoded)
 * @param at          where the link or image (or the HTML attribute) starts
 * @param node        the Markdown node it belongs to (a Link, Image, HtmlInline or HtmlBlock)
 * @param context     the nearest list item or table row, else the paragraph, heading or HTML block around it:
 *                    the words "next to" the link
 * @param target      where the destination goes, worked out once for every rule
 */
public record LinkRef(Kind kind, String destination, Position at, Node node, Node context, LinkTarget target) {

    public enum Kind { LINK, AUTOLINK, IMAGE, HTML_HREF, HTML_SRC }

    public boolean isImage() {
        return kind == Kind.IMAGE || kind == Kind.HTML_SRC;
    }
}
