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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * A link whose text names one target while the link goes to another: "Appendix C" leading to the heading
 * or page of Appendix D, "criterion 2.4.7" leading to the 2.4.11 anchor, "core area 2a" leading to the
 * core-2b section. Only what both sides name is compared: a link whose target names no appendix, number or
 * section is never reported.
 */
final class LinkMismatchRule extends BaseRule {

    private static final Pattern APPENDIX = Pattern.compile("(?i)\\bappendix\\s+([a-z]|[0-9]+)\\b");
    private static final Pattern OWN_APPENDIX = Pattern.compile("(?i)^\\s*appendix\\s+([a-z]|[0-9]+)\\b");
    private static final Pattern APPENDICES = Pattern.compile("(?i)^(?:[0-9]{1,2}[.)]?\\s+)?(?:appendices|appendix)[:.]?$");
    /** A label opening a heading under "Appendices": one capital letter or a number, then . ) or : or a dash, then the title. */
    private static final Pattern LETTER_LABEL = Pattern.compile("^\\s*([A-Z]|[0-9]{1,2})(?:\\s*[.):]|\\s+[-–—])\\s+\\S");
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
        Heading headingNode = fragment == null || fragment.isEmpty() ? null : headingWithId(target, fragment);
        String heading = headingNode == null ? null : Markdown.plainText(headingNode).strip();
        String where = heading != null ? "the heading \"" + heading + "\"" : "the page " + target.path();

        Matcher a = APPENDIX.matcher(text);
        if (a.find()) {
            String label = headingNode != null ? appendixOf(target, headingNode) : ownLabel(target.file().title(), false);
            if (label != null && !label.equalsIgnoreCase(a.group(1))) {
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

    private static Heading headingWithId(Page page, String id) {
        for (Map.Entry<Heading, String> e : page.headingIds().entrySet()) {
            if (e.getValue().equals(id)) return e.getKey();
        }
        return null;
    }

    /**
     * The appendix a heading is: its own label, "Appendix D: Survey", or, under an "Appendices" heading or
     * on a page of that title, a letter or number that opens it ("D. Survey", "4) Survey"). A mention inside
     * a heading ("F. Briefing (Appendix E)") is not its label; a heading with no label of its own names none.
     */
    private static String appendixOf(Page page, Heading target) {
        boolean pageOfAppendices = APPENDICES.matcher(Objects.requireNonNullElse(page.file().title(), "").strip()).matches();
        int level = 0;
        for (Node n = page.document().getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Heading h)) continue;
            String text = Markdown.plainText(h).strip();
            if (level > 0 && h.getLevel() <= level) level = 0;
            if (h == target) return ownLabel(text, pageOfAppendices || level > 0);
            if (level == 0 && APPENDICES.matcher(text).matches()) level = h.getLevel();
        }
        return ownLabel(Markdown.plainText(target).strip(), pageOfAppendices);
    }

    /** "Appendix D…" at the start of a title; with {@code lettered}, also "D. …", "D) …", "D: …", "D – …". */
    private static String ownLabel(String title, boolean lettered) {
        if (title == null) return null;
        Matcher own = OWN_APPENDIX.matcher(title);
        if (own.find()) return own.group(1);
        if (!lettered) return null;
        Matcher letter = LETTER_LABEL.matcher(title);
        return letter.find() ? letter.group(1) : null;
    }
}
