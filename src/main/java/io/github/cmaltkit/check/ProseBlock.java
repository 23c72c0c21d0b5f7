package io.github.cmaltkit.check;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.Node;

/**
 * The readable text of one paragraph, heading or table cell, with markup removed, and where each of
 * its characters stands in the file. Code spans are replaced by one {@link #CODE} character each, so
 * that words inside them are never taken for acronyms, dates or placeholders; link destinations and
 * HTML are left out; line breaks inside the block become spaces.
 */
public final class ProseBlock {

    /** Stands for a code span in {@link #text()}. */
    public static final char CODE = '\uFFFC';

    private final Node block;
    private final String text;
    private final int[] lines;
    private final int[] columns;
    private final BitSet imageText;
    private final BitSet titleText;
    private final TreeMap<Integer, Abbr> abbreviations;

    /** A stretch of text inside {@code <abbr title="…">…</abbr>}. */
    record Abbr(int start, int end, String title) {
    }

    ProseBlock(Node block, String text, int[] lines, int[] columns, BitSet imageText, BitSet titleText,
               List<Abbr> abbreviations) {
        this.block = block;
        this.text = text;
        this.lines = lines;
        this.columns = columns;
        this.imageText = imageText;
        this.titleText = titleText;
        this.abbreviations = new TreeMap<>();
        for (Abbr a : abbreviations) this.abbreviations.put(a.start(), a);
    }

    /** The {@code title} of the {@code <abbr>} element around the character at {@code index}, or null. */
    public String abbrTitleAt(int index) {
        Map.Entry<Integer, Abbr> e = abbreviations.floorEntry(index);
        return e != null && index < e.getValue().end() ? e.getValue().title() : null;
    }

    /** The paragraph, heading or table cell. */
    public Node block() { return block; }

    public String text() { return text; }

    /** Where the character at {@code index} of {@link #text()} is in the file. */
    public Position at(int index) {
        if (text.isEmpty()) return new Position(1, 1);
        int i = Math.max(0, Math.min(index, text.length() - 1));
        return new Position(lines[i], columns[i]);
    }

    /** Whether the character at {@code index} belongs to an image's alt text. */
    public boolean isImageText(int index) {
        return imageText.get(index);
    }

    /**
     * Whether the character at {@code index} is in a link's text or in italics: where writers put the name
     * of a work or an item ("[Course notes (2023) (PDF)](…)", "*Digital Skills* (2025)"), not its author.
     */
    public boolean isTitleText(int index) {
        return titleText.get(index);
    }
}
