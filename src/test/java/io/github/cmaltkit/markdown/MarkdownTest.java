package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Parsing limits, plain text, and rendering options of the kit's Markdown. */
class MarkdownTest {

    /** {@code n} nested quotes: the tree is Document, n block quotes, a paragraph and its text, so n + 2 deep. */
    static String quotes(int n) {
        return ">".repeat(n) + " words";
    }

    @Test
    void nestingUpToTheLimitIsMarkdownAndOneLevelMoreIsPlainText() {
        assertThat(Markdown.read(quotes(Markdown.MAX_DEPTH - 2)).plainText()).isFalse();
        assertThat(Markdown.read(quotes(Markdown.MAX_DEPTH - 1)).plainText()).isTrue();
    }

    @Test
    void deepNestingIsFoundAfterShallowSiblingsAndInsideLaterBranches() {
        // The walk climbs back from the first, shallow blocks and still reaches the deep one.
        String body = "First paragraph.\n\n- a list\n- of two\n\n> a quote\n\n" + quotes(Markdown.MAX_DEPTH) + "\n";
        assertThat(Markdown.read(body).plainText()).isTrue();
        String nestedLater = "- one\n- two\n\n  " + quotes(Markdown.MAX_DEPTH) + "\n";
        assertThat(Markdown.read(nestedLater).plainText()).isTrue();
        String shallow = "First paragraph.\n\n- a list\n  - nested\n    - deeper\n\n> a quote\n> > in a quote\n\nLast.\n";
        assertThat(Markdown.read(shallow).plainText()).isFalse();
    }

    @Test
    void thePlainTextFallbackKeepsEachParagraphAtItsLine() {
        String body = quotes(Markdown.MAX_DEPTH) + "\n\nsecond\nthird\n\n\nfourth\n";
        Markdown.Reading reading = Markdown.read(body);
        assertThat(reading.plainText()).isTrue();
        Node doc = reading.document();
        List<Integer> lines = new java.util.ArrayList<>();
        List<String> texts = new java.util.ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            assertThat(n).isInstanceOf(Paragraph.class);
            lines.add(n.getSourceSpans().get(0).getLineIndex());
            texts.add(Markdown.plainText(n));
        }
        assertThat(texts).containsExactly(quotes(Markdown.MAX_DEPTH), "second\nthird", "fourth");
        assertThat(lines).containsExactly(0, 2, 5);
    }

    @Test
    void aParsedDocumentIsNotAFallback() {
        assertThat(Markdown.read("## Heading\n\nText.\n").plainText()).isFalse();
    }

    @Test
    void plainTextDropsMarkupAndSeparatesBlocks() {
        Node doc = Markdown.parse("## A *title*\n\nSome `code` and a [link](x.md),\nover two lines  \nand a break.\n\nEnd.");
        assertThat(Markdown.plainText(doc)).isEqualTo("A title Some code and a link, over two lines and a break. End.");
    }

    @Test
    void levelOneHeadingsMoveBelowThePageTitle() {
        Document d = Jsoup.parseBodyFragment(Markdown.renderPage("content/a.md", "# Top\n\n## Next\n"));
        assertThat(d.select("h2").eachText()).containsExactly("Top");
        assertThat(d.select("h3").eachText()).containsExactly("Next");
        Document kept = Jsoup.parseBodyFragment(Markdown.renderPage("content/a.md", "## Next\n"));
        assertThat(kept.select("h2").eachText()).containsExactly("Next");
    }

    @Test
    void extraLevelsMoveEveryHeadingDownButNeverPastSix() {
        String body = "## Two\n\n##### Five\n\n###### Six\n";
        Document none = Jsoup.parseBodyFragment(Markdown.render("content/a.md", ParsedBody.parse(body), "print.html", "", 0, Glossary.NONE));
        assertThat(none.select("h2, h5, h6").eachText()).containsExactly("Two", "Five", "Six");
        Document one = Jsoup.parseBodyFragment(Markdown.render("content/a.md", ParsedBody.parse(body), "print.html", "p-", 1, Glossary.NONE));
        assertThat(one.select("h3").eachText()).containsExactly("Two");
        assertThat(one.select("h6").eachText()).containsExactly("Five", "Six");
        assertThat(one.select("h3").attr("id")).isEqualTo("p-two");
    }

    @Test
    void glossaryAcronymsAreMarkedAndLinkedRelativeToThePage() {
        Map<String, String> glossary = Map.of("VLE", "virtual learning environment");
        String html = Markdown.render("content/sub/a.md", ParsedBody.parse("## The VLE\n\nOur VLE and VLEs, not VLEX.\n"), "sub/a.html", "", 0, Glossary.of(glossary));
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("abbr[title=virtual learning environment]").eachText()).containsExactly("VLE", "VLE");
        assertThat(d.select("a.glossary-term").eachAttr("href")).containsOnly("../kit/glossary.html#glossary-VLE");
        assertThat(d.select("h2").html()).isEqualTo("The VLE");
        assertThat(d.select("p").text()).isEqualTo("Our VLE and VLEs, not VLEX.");
        String without = Markdown.render("content/sub/a.md", ParsedBody.parse("Our VLE.\n"), "sub/a.html", "", 0, Glossary.NONE);
        assertThat(without).doesNotContain("<abbr");
    }

    @Test
    void linksAndImagesPointWhereTheFilesAreInTheSite() {
        String html = Markdown.render("content/sub/a.md", ParsedBody.parse("[b](../b.md#x) ![chart](../../assets/c.png)\n"), "sub/a.html", "", 0, Glossary.NONE);
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("a").attr("href")).isEqualTo("../b.html#x");
        assertThat(d.select("img").attr("src")).isEqualTo("../c.png");
    }

    @Test
    void aLongFlatDocumentIsNotMistakenForADeepOne() {
        // Climbing back up the tree must lower the depth: 300 list items side by side are 4 levels deep, not 900.
        String list = "- item\n".repeat(300);
        assertThat(Markdown.read(list).plainText()).isFalse();
        assertThat(Markdown.read("Paragraph.\n\n".repeat(500)).plainText()).isFalse();
    }

    @Test
    void theLongestGlossaryTermWinsWhereTwoStartAlike() {
        Map<String, String> glossary = new java.util.LinkedHashMap<>();
        glossary.put("ALT", "Association for Learning Technology");
        glossary.put("ALT-C", "the ALT annual conference");
        String html = Markdown.render("content/a.md", ParsedBody.parse("At ALT-C, ALT members met.\n"), "a.html", "", 0, Glossary.of(glossary));
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("abbr").eachText()).containsExactly("ALT-C", "ALT");
        assertThat(d.select("abbr").eachAttr("title")).containsExactly("the ALT annual conference", "Association for Learning Technology");
    }

    @Test
    void revisedPassagesOpenAndCloseDivsInPairs() {
        String body = "<!-- /revised -->\n\nA stray end.\n\n<!-- revised: one -->\n\nIn.\n\n<!-- /revised -->\n\n"
                + "<!-- /revised -->\n\nOut.\n\n<!-- revised -->\n\nUnclosed.\n";
        String html = Markdown.renderPage("content/x.md", body);
        assertThat(count(html, "<div")).isEqualTo(2);
        assertThat(count(html, "</div>")).isEqualTo(2);
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("div.revised").eachAttr("id")).containsExactly("revised-1", "revised-2");
        assertThat(d.select("div.revised").get(0).text()).isEqualTo("Revised: one In.");
        assertThat(d.select("div.revised p:contains(Out.)")).isEmpty();
        assertThat(d.select("div.revised p:contains(A stray end.)")).isEmpty();
        assertThat(Markdown.render("content/x.md", ParsedBody.parse("<!-- revised: a & <b> -->\n\nX\n"), "p.html", "s-", 0, Glossary.NONE))
                .contains("id=\"s-revised-1\"").contains("Revised</strong>: a &amp; &lt;b&gt;</p>");
    }

    @Test
    void eachTableScrollsInItsOwnFocusableBox() {
        String html = Markdown.renderPage("content/x.md", "| A | B |\n|---|--:|\n| 1 | 2 |\n");
        assertThat(html).startsWith("<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" "
                + "aria-label=\"Table (scrolls sideways on narrow screens)\"><table>\n<thead>").endsWith("</tbody>\n</table></div>\n");
        assertThat(Jsoup.parseBodyFragment(html).select("div.table-scroll > table td[align=right]").text()).isEqualTo("2");
    }

    @Test
    void renderingLeavesTheTreeAsTheCheckerReadsIt() {
        // The checker's rules read the same tree the site page and the print page are rendered from.
        String body = "# Top VLE\n\n- <!-- revised: one -->\n  VLE in a tight list\n- two\n\n<!-- revised -->\n\n"
                + "| VLE | B |\n|---|---|\n| 1 | 2 |\n\n<!-- /revised -->\n\n##### Five\n";
        ParsedBody doc = ParsedBody.parse(body);
        String before = shape(doc.document());
        Map<String, String> glossary = Map.of("VLE", "virtual learning environment");
        String site = Markdown.render("content/x.md", doc, "x.html", "", 0, Glossary.of(glossary));
        String print = Markdown.render("content/x.md", doc, "kit/print.html", "p-x-", 1, Glossary.of(glossary));
        assertThat(shape(doc.document())).isEqualTo(before);
        assertThat(site).contains("<h2 id=\"top-vle\">", "<h6 id=\"five\">", "id=\"revised-2\"", 
                "<p><a class=\"glossary-term\" href=\"kit/glossary.html#glossary-VLE\"><abbr title=\"virtual learning environment\">VLE</abbr></a> in a tight list</p>");
        assertThat(print).contains("<h3 id=\"p-x-top-vle\">", "id=\"p-x-revised-1\"", "href=\"glossary.html#glossary-VLE\"");
        assertThat(Markdown.render("content/x.md", doc, "x.html", "", 0, Glossary.of(glossary))).isEqualTo(site);
    }

    /** Every node of a tree, with the heading levels and literals the rules read. */
    private static String shape(Node node) {
        StringBuilder sb = new StringBuilder(node.getClass().getSimpleName());
        if (node instanceof org.commonmark.node.Heading h) sb.append(h.getLevel());
        if (node instanceof org.commonmark.node.Text t) sb.append('"').append(t.getLiteral()).append('"');
        if (node instanceof org.commonmark.node.HtmlBlock h) sb.append('"').append(h.getLiteral()).append('"');
        sb.append('(');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) sb.append(shape(c)).append(' ');
        return sb.append(')').toString();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
