package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.ParsedBody;
import java.util.Map;

/**
 * An assessed section without its Description, Evidence or Reflection heading, or with nothing under
 * one. HTML comments (such as the prompts {@code cmalt init} writes) and sub-headings alone do not count
 * as content. A section with nothing written at all is {@code section-unwritten}'s, reported once there;
 * a part whose heading a broken front matter swallowed is {@code front-matter}'s.
 */
final class MissingPartRule extends BaseRule {

    private static final Map<String, String> WHAT = Map.of(
            "description", "what you did and why, with enough context and dates for an outsider",
            "evidence", "links to or files of your evidence, each with a sentence on what it shows",
            "reflection", "what you learnt, what went well or could have gone better, what you would do differently, and the impact");

    MissingPartRule() {
        super("missing-part", Severity.ERROR, "an assessed section lacks Description, Evidence or Reflection, or that part is empty");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.sections()) {
            // A section with nothing written yet is one section-unwritten finding, not three empty parts.
            if (!page.assessed() || !page.file().written()) continue;
            for (String name : Page.PART_NAMES) {
                String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                var part = page.part(name);
                // A heading taken into a broken front matter is that finding's consequence, not a second mistake.
                if (part.isEmpty() && page.file().frontMatterSwallowed(title)) continue;
                if (part.isEmpty()) {
                    sink.reportOnPage(page, "the " + title + " part is missing: add a heading \"## " + title + "\" and under it "
                            + WHAT.get(name));
                } else if (!ParsedBody.hasContent(part.get().content())) {
                    sink.report(page, page.start(part.get().heading()), "the " + title + " part is empty: write under it "
                            + WHAT.get(name));
                }
            }
        }
    }
}
