package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.Markdown;
import org.commonmark.node.Image;

/**
 * An image without alt text: Markdown {@code ![](x.png)} or {@code ![ ](x.png)}, or an HTML
 * {@code <img>} with no or an empty {@code alt} (evidence images are content, never decoration).
 */
final class ImageAltRule extends BaseRule {

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
            for (Page.HtmlElement e : page.htmlElements()) {
                if (!e.element().normalName().equals("img")) continue;
                String value = e.element().hasAttr("alt") ? e.element().attr("alt") : null;
                if (value == null || value.isBlank()) {
                    sink.report(page, e.at(), "this <img> has " + (value == null ? "no alt attribute" : "an empty alt attribute")
                            + ": add alt=\"…\" and " + FIX);
                }
            }
        }
    }
}
