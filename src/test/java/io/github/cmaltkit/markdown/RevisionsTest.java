package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RevisionsTest {

    static final String BODY = "## Reflection\n\nFirst thoughts.\n\n<!-- revised: added the survey results -->\n\n"
            + "Survey results changed my mind.\n\nA second paragraph.\n\n<!-- /revised -->\n\nUnchanged.\n\n"
            + "<!-- revised -->\n\nUnclosed at the end.\n";

    @Test
    void markedPassagesAreFramedAndLabelledInWords() {
        Document d = Jsoup.parseBodyFragment(Markdown.renderPage("content/x.md", BODY));
        assertThat(d.select("div.revised")).hasSize(2);
        assertThat(d.select("div.revised").get(0).id()).isEqualTo("revised-1");
        assertThat(d.select("div.revised").get(0).select("p").eachText())
                .containsExactly("Revised: added the survey results", "Survey results changed my mind.", "A second paragraph.");
        assertThat(d.select("div.revised").get(1).text()).startsWith("Revised").contains("Unclosed at the end.");
        assertThat(d.select("div.revised p:contains(Unchanged.)")).isEmpty();
    }

    @Test
    void passagesAreFoundWithTheirLines() {
        var found = Revisions.find(Markdown.parse(BODY), "");
        assertThat(found).extracting(Revisions.Passage::note).containsExactly("added the survey results", "");
        assertThat(found).extracting(Revisions.Passage::bodyLine).containsExactly(4, 14);
        assertThat(found).extracting(Revisions.Passage::anchor).containsExactly("revised-1", "revised-2");
    }

    @Test
    void aMarkerInCodeIsNoPassageAndAnOpenPassageEndsWithItsListItem() {
        String body = "```\n<!-- revised: in code -->\n```\n\n- <!-- revised: in a list -->\n\n  Changed.\n\n- Not changed.\n";
        assertThat(Revisions.find(Markdown.parse(body), "")).extracting(Revisions.Passage::note).containsExactly("in a list");
        Document d = Jsoup.parseBodyFragment(Markdown.renderPage("content/x.md", body));
        assertThat(d.select("div.revised")).hasSize(1);
        assertThat(d.select("li div.revised").text()).isEqualTo("Revised: in a list Changed.");
        assertThat(d.select("pre code").text()).isEqualTo("<!-- revised: in code -->");
    }
}
