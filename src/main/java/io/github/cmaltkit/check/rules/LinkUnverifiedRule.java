package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.RuleInfo;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.links.WebLinkResult;

/** A web link the link checker could not confirm (time-outs, 429/503 after retries, or no result): never taken as working. */
final class LinkUnverifiedRule extends BaseRule {

    LinkUnverifiedRule() {
        super(new RuleInfo("link-unverified", Severity.WARNING, "a web link could not be checked (it timed out or the site asked to wait)", true));
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        context.forEachWebLink(WebLinkResult.Outcome.UNVERIFIED, (page, link, r) ->
                sink.report(page, link.at(), "the web link " + link.destination() + " could not be checked (" + BrokenLinkRule.describe(r)
                        + "): open it yourself, and run the check again later"));
    }
}
