package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTML of the kit's own Markdown, character for character: headings below the page's title, a
 * revised passage (a tight list inside it keeps its items tight, a stray end marker writes nothing),
 * a table in its scroll box, a glossary term. The site's pages are built from this text.
 */
class RenderedHtmlTest {

    static final String BODY = "# Top\n\n## Part\n\n<!-- revised: added data -->\n\nA revised paragraph about the VLE.\n\n"
            + "- tight\n- list\n\n<!-- /revised -->\n\n<!-- /revised -->\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter.\n";

    @Test
    void theKitsMarkdownRendersToExactlyThisHtml() {
        String html = Markdown.render("content/a.md", ParsedBody.parse(BODY), "a.html", "", 0, Glossary.of(Map.of("VLE", "virtual learning environment")));
        assertThat(html).isEqualTo("<h2 id=\"top\">Top</h2>\n"
                + "<h3 id=\"part\">Part</h3>\n"
                + "<div class=\"revised\" id=\"revised-1\"><p class=\"revised-label\"><strong>Revised</strong>: added data</p>\n"
                + "<p>A revised paragraph about the <a class=\"glossary-term\" href=\"kit/glossary.html#glossary-VLE\"><abbr title=\"virtual learning environment\">VLE</abbr></a>.</p>\n"
                + "<ul>\n"
                + "<li>tight</li>\n"
                + "<li>list</li>\n"
                + "</ul>\n"
                + "</div>\n"
                + "<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" aria-label=\"Table (scrolls sideways on narrow screens)\"><table>\n"
                + "<thead>\n"
                + "<tr>\n"
                + "<th>a</th>\n"
                + "<th>b</th>\n"
                + "</tr>\n"
                + "</thead>\n"
                + "<tbody>\n"
                + "<tr>\n"
                + "<td>1</td>\n"
                + "<td>2</td>\n"
                + "</tr>\n"
                + "</tbody>\n"
                + "</table></div>\n"
                + "<p>After.</p>\n");
        // On the print page: ids prefixed, every heading one level further down.
        String print = Markdown.render("content/a.md", ParsedBody.parse(BODY), "print.html", "p-a-", 1, Glossary.NONE);
        assertThat(print).startsWith("<h3 id=\"p-a-top\">Top</h3>\n<h4 id=\"p-a-part\">Part</h4>\n<div class=\"revised\" id=\"p-a-revised-1\">");
    }

    /** Comments wherever Markdown allows them: none is written, and what is around them is. */
    @Test
    void noCommentReachesTheHtml() {
        String body = "<!-- own line -->\n\nWords <!-- inline --> here.\n\n- item <!-- in an item -->\n  <!-- in a list -->\n- two\n\n"
                + "<!-- over\nseveral\nlines -->\n\n<div class=\"box\">\n<!-- inside raw HTML -->\n<p>Shown</p>\n</div>\n\n"
                + "> quoted <!-- in a quote -->\n\n| a <!-- in a cell --> |\n|---|\n| b |\n\n<!-- never closed\n\nhidden\n";
        String html = Markdown.renderPage("content/a.md", body);
        assertThat(html).doesNotContain("<!--", "-->", "own line", "inline", "in an item", "in a list", "several", "inside raw",
                "in a quote", "in a cell", "hidden");
        assertThat(html).contains("<p>Words  here.</p>", "<li>item ", "<li>two</li>", "<div class=\"box\">", "<p>Shown</p>",
                "quoted", "<th>a </th>");
    }
}
