package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.Markdown;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/**
 * A heading more than one level below the heading before it. The page title is the page's level-1
 * heading, so a file may start at level 2 (or 1).
 */
final class HeadingOrderRule extends BaseRule {

    HeadingOrderRule() {
        super("heading-order", Severity.WARNING, "a heading skips a level");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.pages()) {
            int[] previous = {1};
            page.document().accept(new AbstractVisitor() {
                @Override
                public void visit(Heading h) {
                    if (h.getLevel() > previous[0] + 1) {
                        int want = previous[0] + 1;
                        sink.report(page, page.start(h), "the heading \"" + Markdown.plainText(h).strip() + "\" is level " + h.getLevel()
                                + " (" + "#".repeat(h.getLevel()) + ") but the heading before it is level " + previous[0]
                                + ": make it level " + want + " (" + "#".repeat(want) + "), so that readers using screen readers can follow the structure");
                    }
                    previous[0] = h.getLevel();
                }
            });
        }
    }
}
