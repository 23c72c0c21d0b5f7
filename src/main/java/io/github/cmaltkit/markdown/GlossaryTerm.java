package io.github.cmaltkit.markdown;

import org.commonmark.node.CustomNode;

/** A use of a glossary acronym, linked to its entry on the glossary page (see {@link GlossaryMarks}). */
final class GlossaryTerm extends CustomNode {

    private final String acronym;
    private final String words;
    private final String href;

    GlossaryTerm(String acronym, String words, String href) {
        this.acronym = acronym;
        this.words = words;
        this.href = href;
    }

    String acronym() { return acronym; }
    /** What the acronym stands for. */
    String words() { return words; }
    /** The glossary entry, relative to the page. */
    String href() { return href; }
}
