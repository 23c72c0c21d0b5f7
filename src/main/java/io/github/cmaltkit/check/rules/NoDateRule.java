package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.ProseBlock;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;

/** An assessed section whose text (code and link targets aside) names no date or period; see {@link Dates}. */
final class NoDateRule extends BaseRule {

    NoDateRule() {
        super("no-date", Severity.WARNING, "an assessed section's text names no date or period");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.sections()) {
            // An empty section is reported once, by missing-part.
            if (!page.assessed() || page.blank()) continue;
            boolean dated = page.prose().stream().map(ProseBlock::text).anyMatch(Dates::mentionsDate);
            if (!dated) {
                sink.reportOnPage(page, "this section names no date or period: assessors need to see when things happened — "
                        + "add one, e.g. \"in spring 2024\", \"from September 2023 to June 2024\" or \"in 2022/23\"");
            }
        }
    }
}
