package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.LinkTarget;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.Markdown;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;

/**
 * A link whose text names one target while the link goes to another: "Appendix C" leading to the heading
 * or page of Appendix D, "criterion 2.4.7" leading to the 2.4.11 anchor, "core area 2a" leading to the
 * core-2b section. Only what both sides name is compared: a link whose target names no appendix, number or
 * section is never reported.
 */
final class LinkMismatchRule extends BaseRule {

    private static final Pattern APPENDIX = Pattern.compile("(?i)\\bappendix\\s+([a-z]|[0-9]+)\\b");
    private static final Pattern CRITERION = Pattern.compile("(?i)\\b(?:success\\s+criteri(?:on|a)|criteri(?:on|a)|sc)\\s+([0-9]+(?:\\.[0-9]+){1,3})\\b");
    /** A dotted number in a heading or an anchor, with dots, hyphens or underscores: 2.4.11, sc-2-4-11. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])([0-9]+(?:[._-][0-9]+){1,3})(?![0-9])");
    private static final Pattern SECTION = Pattern.compile(
            "(?i)\\b(core|specialist|advanced)(?:[\\s-]+(?:area|option))?[\\s-]*([0-9]+[a-z]?)\\b");

    LinkMismatchRule() {
        super("link-mismatch", Severity.WARNING,
                "a link's text names one target (an appendix, a numbered criterion, a section) while the link goes to another");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.pages()) {
            for (LinkRef link : page.links()) {
                if (!(link.node() instanceof Link node) || link.isImage()) continue;
                String text = Markdown.plainText(node).strip();
                if (text.isEmpty()) continue;
                String problem = problemOf(context, page, link, text);
                if (problem != null) sink.report(page, link.at(), problem);
            }
        }
    }

    private static String problemOf(RuleContext context, Page page, LinkRef link, String text) {
        Page target;
        String fragment;
        if (link.target() instanceof LinkTarget.Fragment f) {
            target = page;
            fragment = f.id();
        } else if (link.target() instanceof LinkTarget.LocalFile file && file.resolved() != null) {
            Optional<Page> p = context.page(file.resolved());
            if (p.isEmpty()) return null;
            target = p.get();
            fragment = file.fragment();
        } else if (link.target() instanceof LinkTarget.Web web) {
            return criterionInAddress(text, web.url(), link.destination());
        } else {
            return null;
        }
        String heading = fragment == null || fragment.isEmpty() ? null : headingText(target, fragment);
        String named = heading != null ? heading : target.file().title();
        String where = heading != null ? "the heading \"" + heading + "\"" : "the page " + target.path();

        Matcher a = APPENDIX.matcher(text);
        if (a.find() && named != null) {
            Matcher b = APPENDIX.matcher(named);
            if (b.find() && !b.group(1).equalsIgnoreCase(a.group(1))) {
                return "the link text says \"" + a.group() + "\" but the link goes to " + where + ": correct the text or the target";
            }
        }
        Matcher c = CRITERION.matcher(text);
        if (c.find()) {
            String number = c.group(1);
            String other = heading != null ? firstNumber(heading) : fragment == null ? null : firstNumber(fragment);
            if (other != null && !other.equals(number)) {
                return "the link text names criterion " + number + " but the link goes to " + (heading != null ? where : "#" + fragment)
                        + " (" + other + "): correct the number or the target";
            }
        }
        Matcher s = SECTION.matcher(text);
        if (s.find() && target.sectionId() != null) {
            String named2 = s.group(1).toLowerCase(Locale.ROOT) + "-" + s.group(2).toLowerCase(Locale.ROOT);
            String id = target.sectionId();
            boolean fits = id.equals(named2) || id.startsWith(named2) && Character.isLetter(id.charAt(id.length() - 1))
                    && id.length() == named2.length() + 1;
            if (!fits) {
                return "the link text says \"" + s.group() + "\" but the link goes to section " + id + " (" + target.path()
                        + "): correct the text or link to the " + named2 + " file";
            }
        }
        return null;
    }

    /** A web link whose text names a criterion while the address's #anchor names another. */
    private static String criterionInAddress(String text, String url, String written) {
        Matcher c = CRITERION.matcher(text);
        int hash = url.indexOf('#');
        if (!c.find() || hash < 0) return null;
        String other = firstNumber(url.substring(hash + 1));
        if (other == null || other.equals(c.group(1))) return null;
        return "the link text names criterion " + c.group(1) + " but the link goes to the anchor #" + url.substring(hash + 1) + " ("
                + other + "): correct the number or the address " + written;
    }

    /** The first dotted number of a text, written with dots. */
    private static String firstNumber(String s) {
        Matcher m = NUMBER.matcher(s);
        return m.find() ? m.group(1).replaceAll("[_-]", ".") : null;
    }

    private static String headingText(Page page, String id) {
        for (Map.Entry<Heading, String> e : page.headingIds().entrySet()) {
            if (e.getValue().equals(id)) return Markdown.plainText(e.getKey()).strip();
        }
        return null;
    }
}
