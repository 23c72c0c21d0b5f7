package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** Where characters of a section file's Markdown are in the file, whatever escapes, entities and raw HTML do to the text. */
class SourceMapTest {

    /** A page titled on line 2 whose body starts on line 4. */
    private static SectionFile file(String body) {
        return SectionFile.read("content/x.md", "---\ntitle: T\n---\n" + body, Pathways.get("cmalt"));
    }

    /** Where each character of the page's only prose block is, as "c@line:column". */
    private static List<String> where(String body) {
        ProseBlock block = Page.of(file(body), Pathways.get("cmalt")).prose().get(0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < block.text().length(); i++) {
            out.add(block.text().charAt(i) + "@" + block.at(i).line() + ":" + block.at(i).column());
        }
        return out;
    }

    @Test
    void aNodeWithoutSourceStandsWhereItsParentIsOrWhereThePageSaysWhatItIs() {
        SectionFile file = file("Some text.\n");
        SourceMap map = new SourceMap(file);
        Node document = Markdown.parse(file.body());
        Text inParagraph = new Text("added");
        document.getFirstChild().appendChild(inParagraph);
        Text atTop = new Text("added");
        document.appendChild(atTop);

        assertThat(map.start(inParagraph)).isEqualTo(new Position(4, 1));
        assertThat(map.start(atTop)).isEqualTo(new Position(2, 1));
        assertThat(map.start(new Text("alone"))).isEqualTo(new Position(2, 1));
        assertThat(map.inLiteral(inParagraph, "added", 3)).isEqualTo(new Position(4, 1));
    }

    @Test
    void aPageWithNeitherSectionNorTitleSaysWhatItIsOnLineOne() {
        SectionFile untitled = SectionFile.read("content/x.md", "---\nstatus: draft\n---\nText.\n", Pathways.get("cmalt"));
        assertThat(new SourceMap(untitled).declaration()).isEqualTo(new Position(1, 1));
        assertThat(new SourceMap(file("Text.\n")).declaration()).isEqualTo(new Position(2, 1));
    }

    @Test
    void anOffsetInAnHtmlLiteralCountsLinesAndColumnsOfItsOwnLine() {
        SectionFile file = file("<div>\n  <p id=\"a\">x</p>\n</div>\n");
        HtmlBlock html = (HtmlBlock) Markdown.parse(file.body()).getFirstChild();
        String literal = html.getLiteral();
        SourceMap map = new SourceMap(file);

        assertThat(map.inLiteral(html, literal, literal.indexOf("id"))).isEqualTo(new Position(5, 6));
        // The line break itself ends its line: it is not the next line's column 0.
        assertThat(map.inLiteral(html, literal, literal.indexOf('\n'))).isEqualTo(new Position(4, 6));
        // An offset past the literal counts on along its last line, without failing.
        assertThat(map.inLiteral(html, literal, literal.length() + 2)).isEqualTo(new Position(6, 9));
    }

    @Test
    void linesOfALiteralBeyondItsSpansCountOnFromItsFirstLine() {
        SourceMap map = new SourceMap(file("x <span\nid=\"a\">y</span>\n"));
        HtmlInline html = new HtmlInline();
        html.setLiteral("<span\nid=\"a\">");
        html.setSourceSpans(List.of(SourceSpan.of(0, 2, 2, 5)));
        assertThat(map.inLiteral(html, html.getLiteral(), 7)).isEqualTo(new Position(5, 2));
    }

    @Test
    void aSpanOutsideTheBodyMapsCharactersInsideTheSpan() {
        SectionFile file = file("Hello\n");
        int lines = file.body().split("\n", -1).length;
        assertThat(new SourceMap(file).sourceOffsets("abcdef", SourceSpan.of(lines, 0, 0, 3))).containsExactly(0, 1, 2, 2, 2, 2);
    }

    @Test
    void escapesAndEntitiesPointAtTheirSource() {
        // A backslash ending the paragraph is a character of its own, not an escape.
        assertThat(where("\\*x \\")).containsExactly("*@4:2", "x@4:3", " @4:4", "\\@4:5");
        // A character written as an entity of two UTF-16 chars: both point at the entity, and the text goes on after it.
        assertThat(where("&#x1F600; VLE")).containsExactly("\uD83D@4:1", "\uDE00@4:1", " @4:10", "V@4:11", "L@4:12", "E@4:13");
        assertThat(where("x &#x1F600;")).containsExactly("x@4:1", " @4:2", "\uD83D@4:3", "\uDE00@4:3");
        // Half a pair written alone ends the text without the other half.
        assertThat(where("x &#xD83D;")).containsExactly("x@4:1", " @4:2", "\uD83D@4:3");
        // A reference HTML does not know is text as written: it shifts nothing.
        assertThat(where("R&foo; \\*x VLE")).containsExactly("R@4:1", "&@4:2", "f@4:3", "o@4:4", "o@4:5", ";@4:6", " @4:7",
                "*@4:9", "x@4:10", " @4:11", "V@4:12", "L@4:13", "E@4:14");
    }

    @Test
    void anEntityForTwoCharactersKeepsBothInsideIt() {
        // &NotEqualTilde; is two characters (U+2242 U+0338); at the end of the text, the second is still within the entity.
        List<String> at = where("x &NotEqualTilde;");
        assertThat(at).hasSize(4).startsWith("x@4:1", " @4:2", "\u2242@4:3");
        int column = Integer.parseInt(at.get(3).substring(at.get(3).indexOf(':') + 1));
        assertThat(column).isBetween(3, 17);
    }
}
