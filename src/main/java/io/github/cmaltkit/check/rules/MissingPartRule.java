package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;

/**
 * An assessed section without its Description, Evidence or Reflection heading, or with nothing under
 * one. HTML comments (such as the prompts {@code cmalt init} writes) and sub-headings alone do not count
 * as content, so a fresh section reports its three empty parts.
 */
final class MissingPartRule extends BaseRule {

    private static final Map<String, String> WHAT = Map.of(
            "description", "what you did and why, with enough context and dates for an outsider",
            "evidence", "links to or files of your evidence, each with a sentence on what it shows",
            "reflection", "what you learnt, what went well or could have gone better, what you would do differently, and the impact");

    MissingPartRule() {
        super("missing-part", Severity.ERROR, "an assessed section lacks Description, Evidence or Reflection, or that part is empty; "
                + "a required section is empty");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.sections()) {
            if (!page.assessed()) {
                if (page.blank() && page.spec().map(s -> s.required()).orElse(false)) {
                    sink.reportOnPage(page, "this section is empty: the pathway requires it, although it is not assessed — "
                            + "write it before you submit");
                }
                continue;
            }
            for (String name : Page.PART_NAMES) {
                String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                var part = page.part(name);
                if (part.isEmpty()) {
                    sink.reportOnPage(page, "the " + title + " part is missing: add a heading \"## " + title + "\" and under it "
                            + WHAT.get(name));
                } else if (!Page.hasContent(part.get().content())) {
                    sink.report(page, page.start(part.get().heading()), "the " + title + " part is empty: write under it "
                            + WHAT.get(name));
                }
            }
        }
    }
}
