package io.github.cmaltkit.check;

import io.github.cmaltkit.markdown.RawHtml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.jsoup.nodes.Element;

/**
 * Reads a block (paragraph, heading, table cell) as prose for the rules: its text as a reader sees it,
 * with the file position of every character, which characters are image descriptions, which name a work
 * (a link's text or italics), and the {@code <abbr title>} spans the candidate wrote.
 */
final class ProseReader {

    private final SourceMap map;
    private final StringBuilder sb = new StringBuilder();
    /**
     * The file line and column of each character of {@link #sb} (no object per character): sized for the
     * block's source, which its prose seldom outgrows, and grown if it does.
     */
    private int[] lines;
    private int[] cols;
    private final BitSet imageText = new BitSet();
    private final BitSet titleText = new BitSet();
    private final List<ProseBlock.Abbr> abbreviations = new ArrayList<>();
    private int abbrStart = -1;
    private String abbrTitle;
    private int lastLine;
    private int lastColumn;

    private ProseReader(SourceMap map, int capacity) {
        this.map = map;
        this.lines = new int[capacity];
        this.cols = new int[capacity];
    }

    static ProseBlock read(Node block, SourceMap map) {
        int source = 0;
        for (SourceSpan s : block.getSourceSpans()) source += s.getLength();
        return new ProseReader(map, Math.max(16, source)).readBlock(block);
    }

    private ProseBlock readBlock(Node block) {
        Position blockStart = map.start(block);
        lastLine = blockStart.line();
        lastColumn = blockStart.column();
        walk(block, false, false);
        // The arrays go as they are: a block reads only the first n of them.
        return new ProseBlock(block, sb.toString(), lines, cols, imageText, titleText, abbreviations);
    }

    private void walk(Node parent, boolean inImage, boolean inTitle) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                int from = sb.length();
                text(t, inImage);
                if (inTitle) titleText.set(from, sb.length());
            } else if (n instanceof Code) {
                Position p = map.start(n);
                append(ProseBlock.CODE, p.line(), p.column());
            } else if (n instanceof HtmlInline html) {
                abbreviation(html.getLiteral());
                space();
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                space();
            } else {
                walk(n, inImage || n instanceof Image, inTitle || n instanceof Link || n instanceof Emphasis);
            }
        }
    }

    private void text(Text t, boolean inImage) {
        String lit = t.getLiteral();
        List<SourceSpan> spans = t.getSourceSpans();
        SourceSpan s = spans.isEmpty() ? null : spans.get(0);
        int[] offsets = s == null ? null : map.sourceOffsets(lit, s);
        for (int j = 0; j < lit.length(); j++) {
            int line = s == null ? lastLine : map.line(s);
            int col = s == null ? lastColumn : s.getColumnIndex() + 1 + offsets[j];
            if (inImage) imageText.set(sb.length());
            append(lit.charAt(j), line, col);
            lastLine = line;
            lastColumn = col;
        }
    }

    /** An {@code <abbr title>} opens a span of the text, its {@code </abbr>} closes it. */
    private void abbreviation(String literal) {
        Element open = literal.regionMatches(true, 0, "<abbr", 0, 5) ? RawHtml.parse(literal).selectFirst("abbr[title]") : null;
        if (open != null) {
            abbrStart = sb.length() + 1;
            abbrTitle = open.attr("title");
        } else if (literal.regionMatches(true, 0, "</abbr", 0, 6) && abbrStart >= 0) {
            abbreviations.add(new ProseBlock.Abbr(abbrStart, sb.length(), abbrTitle));
            abbrStart = -1;
        }
    }

    /** Raw HTML and line breaks stand for a space, placed where the text before them ended. */
    private void space() {
        append(' ', lastLine, lastColumn);
    }

    private void append(char c, int line, int column) {
        int i = sb.length();
        if (i == lines.length) {
            lines = Arrays.copyOf(lines, i * 2);
            cols = Arrays.copyOf(cols, i * 2);
        }
        sb.append(c);
        lines[i] = line;
        cols[i] = column;
    }
}
