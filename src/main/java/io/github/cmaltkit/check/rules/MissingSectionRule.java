package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.Set;

/**
 * A fixed section of the pathway (contextual statement, core-1a…, future plans, confirmation) with no
 * file. Numbered groups (core area 3 topics, specialist options, advanced areas) are counted by
 * {@code pathway-rule} instead, so that one gap is reported once. The finding has no file but names the
 * missing section as its section, so that reports can show it in its row.
 */
final class MissingSectionRule extends BaseRule {

    MissingSectionRule() {
        super("missing-section", Severity.ERROR, "a section the pathway requires has no file");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Pathway pathway = context.portfolio().pathway();
        Set<String> written = context.portfolio().writtenIds();
        for (Pathway.Group g : pathway.groups()) {
            for (SectionSpec s : g.sections()) {
                if (!s.required() || written.contains(s.id())) continue;
                sink.reportPortfolio(s.id(), "the " + pathway.name() + " pathway needs the section " + s.id() + " (" + describe(g, s)
                        + ") and no file has it: create a Markdown file in content/, e.g. content/" + s.id()
                        + ".md, whose front matter (between two lines \"---\") says \"section: " + s.id() + "\"");
            }
        }
    }

    private static String describe(Pathway.Group g, SectionSpec s) {
        return g.title().equals(s.title()) ? "\"" + s.title() + "\"" : "\"" + g.title() + "\" — \"" + s.title() + "\"";
    }
}
