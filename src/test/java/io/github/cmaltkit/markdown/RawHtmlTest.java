package io.github.cmaltkit.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw HTML read as text: a tag stands for a space, a comment for nothing, entities decoded. */
class RawHtmlTest {

    @Test
    void tagsBecomeSpacesAndCommentsVanish() {
        assertThat(RawHtml.withoutTags("a<b>c</b>d<!-- note -->e &amp; f")).isEqualTo(" a cde & f");
    }

    @Test
    void commentsAreCutAndEverythingElseIsKeptAsWritten() {
        assertThat(RawHtml.withoutComments("<div class=x>\n<!-- private\nnote -->\n<p>Kept &amp; <b>as is</div>"))
                .isEqualTo("<div class=x>\n\n<p>Kept &amp; <b>as is</div>");
        assertThat(RawHtml.withoutComments("<!-- a --><!-- b -->")).isEmpty();
        assertThat(RawHtml.withoutComments("</div> <!-- left open\nto the end")).isEqualTo("</div> ");
        // A comment's markers inside an attribute's value are the value, not a comment.
        assertThat(RawHtml.withoutComments("<span title=\"<!-- x -->\">y</span>")).isEqualTo("<span title=\"<!-- x -->\">y</span>");
        assertThat(RawHtml.withoutComments("<!---->a<!-- - -- -->b")).isEqualTo("ab");
    }

    @Test
    void aLiteralTakenAsOneCommentIsReadAsJsoupReadsIt() {
        // Each literal either goes to jsoup (null) or gives what jsoup finds: one comment, its text, the whole literal.
        String[] literals = {"<!-- a note -->", "<!---->", "<!-- revised: added the limits -->", "<!--x-->", "<!-- a\nb\n-->",
            "<!-- é – “quoted” -->", "<!-->", "<!--->", "<!-- a -- b -->", "<!-- a --->", "<!--- a -->", "<!-- a --!>",
            "<!-- a --> ", " <!-- a -->", "<!-- a --><!-- b -->", "<!-- a --><p>", "<!-- <!-- a -->", "<!-- a \0 -->",
            "<!-- a -->\n", "<!-- a", "<!-- <b>bold</b> -->", "<!-- a & b &amp; -->"};
        int taken = 0;
        for (String literal : literals) {
            String quick = RawHtml.commentOnly(literal);
            if (quick == null) continue;
            taken++;
            org.jsoup.nodes.Document doc = RawHtml.parse(literal);
            assertThat(doc.childNodes()).as(literal).hasSize(1).first().isInstanceOf(org.jsoup.nodes.Comment.class);
            org.jsoup.nodes.Comment c = (org.jsoup.nodes.Comment) doc.childNode(0);
            assertThat(quick).as(literal).isEqualTo(c.getData());
            assertThat(c.sourceRange().startPos()).as(literal).isZero();
            assertThat(c.sourceRange().endPos()).as(literal).isEqualTo(literal.length());
            assertThat(RawHtml.withoutComments(literal)).as(literal).isEmpty();
        }
        assertThat(taken).as("literals read without jsoup").isEqualTo(8);
    }
}
