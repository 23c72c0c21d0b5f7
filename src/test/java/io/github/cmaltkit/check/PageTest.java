package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.SectionFile;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

/** What a page offers every rule: its headings, parts, prose blocks, links, anchors and HTML comments. */
class PageTest {

    /** A page titled on line 2 whose body starts on line 4. */
    private static Page page(String body) {
        return Page.of(SectionFile.read("content/x.md", "---\ntitle: T\n---\n" + body, Pathways.get("cmalt")), Pathways.get("cmalt"));
    }

    @Test
    void headingIdsComeInTheOrderOfTheHeadings() {
        assertThat(page("## Zebra\n\ntext\n\n# Apple\n\n### Mango\n").headingIdsInOrder()).containsExactly("zebra", "apple", "mango");
    }

    @Test
    void aPartEndsAtTheNextHeadingOfItsLevelAndHoldsDeeperOnes() {
        Page page = page("## Description\n\nWhat I did.\n\n### Details\n\nMore.\n\n## Evidence\n\n- [a](a.pdf)\n");
        assertThat(page.part("description").orElseThrow().content())
                .hasExactlyElementsOfTypes(Paragraph.class, Heading.class, Paragraph.class);
        assertThat(page.items("evidence")).hasSize(1);
    }

    @Test
    void anHtmlCommentEndsAtItsClosingMarker() {
        Page page = page("Text.\n\n<!-- a note -->\n");
        assertThat(page.htmlComments()).containsExactly(new Page.HtmlComment(" a note ", new Position(6, 1), new Position(6, 15)));
    }

    @Test
    void anchorsAreIdsAndNamesOfLinksOnly() {
        Page page = page("# Top\n\n<a name=\"here\"></a> <span name=\"not-an-anchor\" id=\"there\">x</span>\n");
        assertThat(page.anchors()).containsExactly("top", "here", "there");
    }

    @Test
    void htmlLinksAreHrefsOfLinksAndAreasAndSourcesOfMedia() {
        Page page = page("<map name=\"m\"><area href=\"map.md\" alt=\"Map\"></map>\n<div href=\"nothing.md\"></div>\n"
                + "<link href=\"style.css\">\n");
        assertThat(page.links()).extracting(l -> l.kind() + " " + l.destination() + " " + l.at().line() + ":" + l.at().column())
                .containsExactly("HTML_HREF map.md 4:21");
    }

    @Test
    void linksInHeadingsImagesInLinksAndHtmlInImageDescriptionsAreRead() {
        Page page = page("## See [notes](notes.md)\n\n[![badge](badge.png)](home.md)\n\n![a <span id=\"pic\">b</span>](p.png)\n");
        assertThat(page.links()).extracting(l -> l.kind() + " " + l.destination() + " " + l.at().line() + ":" + l.at().column())
                .containsExactly("LINK notes.md 4:8", "LINK home.md 6:1", "IMAGE badge.png 6:2", "IMAGE p.png 8:1");
        assertThat(page.anchors()).contains("pic");
    }

    @Test
    void everyTableCellIsAProseBlockOfItsOwn() {
        Page page = page("| Tool | Use |\n|---|---|\n| Moodle | the VLE |\n");
        assertThat(page.prose()).extracting(ProseBlock::text).containsExactly("Tool", "Use", "Moodle", "the VLE");
        assertThat(page.prose().get(3).at(4)).isEqualTo(new Position(6, 16));
    }
}
