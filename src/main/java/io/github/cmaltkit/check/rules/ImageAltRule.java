package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.Markdown;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * An image without alt text: Markdown {@code ![](x.png)} or {@code ![ ](x.png)}, or an HTML
 * {@code <img>} with no or an empty {@code alt} (evidence images are content, never decoration).
 */
final class ImageAltRule extends BaseRule {

    private static final Pattern IMG = Pattern.compile("(?i)<img\\b([^>]*)>");
    private static final Pattern ALT = Pattern.compile("(?i)(?:^|\\s)alt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final String FIX = "describe what it shows for readers who cannot see it";

    ImageAltRule() {
        super("image-alt", Severity.ERROR, "an image has no alt text");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.pages()) {
            for (LinkRef l : page.links()) {
                if (l.node() instanceof Image image && Markdown.plainText(image).isBlank()) {
                    sink.report(page, l.at(), "this image has no alt text: write it between the square brackets, "
                            + "![like this](" + l.destination() + "), and " + FIX);
                }
            }
            page.document().accept(new AbstractVisitor() {
                @Override public void visit(HtmlInline html) { scan(page, html, html.getLiteral(), sink); }
                @Override public void visit(HtmlBlock html) { scan(page, html, html.getLiteral(), sink); }
            });
        }
    }

    private static void scan(Page page, Node node, String literal, FindingSink sink) {
        Matcher img = IMG.matcher(Page.blankComments(literal));
        while (img.find()) {
            Matcher alt = ALT.matcher(img.group(1));
            String value = null;
            if (alt.find()) value = alt.group(1) != null ? alt.group(1) : alt.group(2) != null ? alt.group(2) : alt.group(3);
            if (value == null || value.isBlank()) {
                sink.report(page, page.inLiteral(node, literal, img.start()), "this <img> has "
                        + (value == null ? "no alt attribute" : "an empty alt attribute") + ": add alt=\"…\" and " + FIX);
            }
        }
    }
}
