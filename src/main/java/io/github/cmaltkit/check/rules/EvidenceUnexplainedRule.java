package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.markdown.RawHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * An item of a section's Evidence part (a list item, with its sub-items, or a paragraph) that holds a
 * link or image of its own but fewer than {@value #MIN_WORDS} words outside link texts and alt texts: a bare
 * "[Report](report.pdf)" or "[Report](report.pdf) (PDF)" tells an assessor nothing. A linked paragraph is
 * explained by a paragraph of words right after it (a caption, a sentence under the item's label).
 */
final class EvidenceUnexplainedRule extends BaseRule {

    static final int MIN_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

    EvidenceUnexplainedRule() {
        super("evidence-unexplained", Severity.WARNING, "an evidence item is a link or image with no words saying what it shows");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Page page : context.sections()) {
            page.part("evidence").ifPresent(part -> {
                List<Node> content = part.content();
                for (int i = 0; i < content.size(); i++) {
                    Node n = content.get(i);
                    if (n instanceof ListBlock list) checkList(page, list, sink);
                    else if ((n instanceof Paragraph || n instanceof HtmlBlock) && !explainedBy(i + 1 < content.size() ? content.get(i + 1) : null)) {
                        checkItem(page, n, List.of(n), sink);
                    }
                }
            });
        }
    }

    /**
     * Each list item with a link of its own is checked with the words of its sub-items (an explanation may
     * sit in a sub-item); an item that only groups linked sub-items leaves them to be checked one by one.
     */
    private static void checkList(Page page, ListBlock list, FindingSink sink) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            List<Node> own = new ArrayList<>();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock nested) checkList(page, nested, sink);
                else own.add(c);
            }
            checkItem(page, item, own, sink);
        }
    }

    /** Reports {@code item} when {@code linkHolders} hold a link or image and the whole item has too few words of its own. */
    private static void checkItem(Page page, Node item, List<Node> linkHolders, FindingSink sink) {
        if (linkHolders.stream().noneMatch(EvidenceUnexplainedRule::hasLink)) return;
        if (wordsOutsideLinks(item) < MIN_WORDS) {
            sink.report(page, page.start(item), "this evidence item is only a link or an image: add a sentence saying what it is and what "
                    + "it shows, e.g. \"I include this as evidence of … because it shows …\"");
        }
    }

    /**
     * A paragraph of words and no link of its own right after a linked paragraph explains it: a caption under
     * an image ("*Figure 2: weekly logins …*"), or the sentence under "**E1** [Report](…)".
     */
    private static boolean explainedBy(Node next) {
        return next instanceof Paragraph && !hasLink(next) && wordsOutsideLinks(next) >= MIN_WORDS;
    }

    private static boolean hasLink(Node node) {
        boolean[] linked = {false};
        node.accept(new AbstractVisitor() {
            @Override public void visit(Link link) { linked[0] = true; }
            @Override public void visit(Image image) { linked[0] = true; }
            @Override public void visit(HtmlInline html) { if (isHtmlLink(html.getLiteral())) linked[0] = true; }
            @Override public void visit(HtmlBlock html) { if (isHtmlLink(html.getLiteral())) linked[0] = true; }
        });
        return linked[0];
    }

    /** Whether raw HTML holds an {@code <a href>} or an {@code <img src>} (outside comments). */
    private static boolean isHtmlLink(String literal) {
        return !RawHtml.parse(literal).select("a[href], img[src]").isEmpty();
    }

    private static int wordsOutsideLinks(Node item) {
        boolean[] inHtmlLink = {false};
        StringBuilder words = new StringBuilder();
        item.accept(new AbstractVisitor() {
            @Override public void visit(Link link) { }
            @Override public void visit(Image image) { }
            @Override public void visit(Text text) { if (!inHtmlLink[0]) words.append(text.getLiteral()).append(' '); }
            @Override public void visit(HtmlInline html) {
                // The text between <a href> and </a> is a link text, like [text](…).
                if (html.getLiteral().regionMatches(true, 0, "<a", 0, 2) && isHtmlLink(html.getLiteral())) inHtmlLink[0] = true;
                else if (html.getLiteral().regionMatches(true, 0, "</a", 0, 3)) inHtmlLink[0] = false;
            }
            @Override public void visit(HtmlBlock html) {
                // The words of an HTML block outside its <a>…</a> elements.
                org.jsoup.nodes.Document doc = RawHtml.parse(html.getLiteral());
                doc.select("a").remove();
                words.append(RawHtml.textOf(doc)).append(' ');
            }
        });
        Matcher m = WORD.matcher(words);
        int count = 0;
        while (m.find()) count++;
        return count;
    }
}
