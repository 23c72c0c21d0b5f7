package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.RuleInfo;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.markdown.RawHtml;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;

/**
 * A web link that needs signing in (as the link checker found: 401/403 or a sign-in page). When the same
 * list item, table row or paragraph gives access information (a password, a guest login, access details, a user
 * name…) it is only a note, reminding the candidate to test that access.
 */
final class RestrictedLinkRule extends BaseRule {

    static final Pattern ACCESS_INFO = Pattern.compile("(?i)\\b(?:pass ?words?|pass ?codes?|pass ?phrase|guest\\s+(?:log ?in|login|access|account)"
            + "|access\\s+(?:details|code|key|information|info|instructions)|(?:log ?in|login|sign[ -]?in)\\s+(?:details|as|with)"
            + "|user ?names?|credentials|pin\\s*:)");

    RestrictedLinkRule() {
        super(new RuleInfo("restricted-link", Severity.ERROR, "a web link needs signing in and no access information is given next to it", true));
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        context.forEachWebLink(WebLinkResult.Outcome.RESTRICTED, (page, link, r) -> {
            String why = BrokenLinkRule.describe(r);
            if (ACCESS_INFO.matcher(wordsAround(link)).find()) {
                sink.note(page, link.at(), "the web link " + link.destination() + " needs signing in (" + why + "); you give access "
                        + "information next to it — check that it works from a private browser window");
            } else {
                sink.report(page, link.at(), "the web link " + link.destination() + " needs signing in (" + why + "), so assessors "
                        + "cannot open it: make it public, keep a copy in assets/, or give access details (e.g. a guest login and password) next to it");
            }
        });
    }

    private static String wordsAround(LinkRef link) {
        return link.context() instanceof HtmlBlock h ? RawHtml.withoutTags(h.getLiteral()) : Page.wordsOf(link.context());
    }
}
