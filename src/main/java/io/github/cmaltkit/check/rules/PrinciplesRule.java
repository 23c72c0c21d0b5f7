package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Principle;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.HashSet;
import java.util.Set;

/** One of the four core principles that no section claims in its {@code principles:} front matter. */
final class PrinciplesRule extends BaseRule {

    PrinciplesRule() {
        super("principles", Severity.WARNING, "one of the four core principles is claimed by no section");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        // A portfolio with no words yet (just made by init) has nothing to claim principles for.
        if (context.sections().stream().allMatch(Page::blank)) return;
        Set<String> claimed = new HashSet<>();
        for (SectionFile f : context.portfolio().sections()) claimed.addAll(f.principles());
        for (Principle principle : Principle.all()) {
            String p = principle.id();
            if (claimed.contains(p)) continue;
            // The principle's words are the model's (Principle), as the site's principles page shows them.
            sink.reportPortfolio("no section claims the core principle \"" + principle.label() + "\" (" + p + "): assessors look for all four "
                    + "across the portfolio. Add " + p + " to the principles: list of the sections that show it, e.g. principles: [" + p + "]");
        }
    }
}
