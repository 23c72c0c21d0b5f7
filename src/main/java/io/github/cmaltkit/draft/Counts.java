package io.github.cmaltkit.draft;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Words, links and images of a text. A word is a run of non-space characters with a letter in it, so
 * that note numbers and list numbering, which the import writes in its own way, do not count; headings
 * are left out on both sides (the report lists them one by one instead).
 */
final class Counts {

    long words;
    long links;
    long images;

    void addWords(String text) {
        words += words(text);
    }

    void add(Counts other) {
        words += other.words;
        links += other.links;
        images += other.images;
    }

    static long words(String text) {
        long n = 0;
        boolean inWord = false;
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inWord && letter) n++;
                inWord = false;
                letter = false;
            } else {
                inWord = true;
                letter |= Character.isLetter(c);
            }
        }
        return inWord && letter ? n + 1 : n;
    }

    /** Counts a Markdown tree as the kit reads it. */
    void addMarkdown(Node document) {
        StringBuilder run = new StringBuilder();
        walk(document, run);
        addWords(run.toString());
    }

    private void walk(Node node, StringBuilder run) {
        if (node instanceof Heading || node instanceof HtmlBlock || node instanceof HtmlInline) return;
        if (node instanceof Image) {
            images++;
            run.append(' ');
            return;
        }
        if (node instanceof Link) links++;
        if (node instanceof Text t) run.append(t.getLiteral());
        else if (node instanceof Code c) run.append(c.getLiteral());
        else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) run.append(' ');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) walk(c, run);
        if (node instanceof Block || node instanceof TableCell) run.append(' ');
    }

    @Override
    public String toString() {
        return words + " words, " + links + " links, " + images + " images";
    }
}
