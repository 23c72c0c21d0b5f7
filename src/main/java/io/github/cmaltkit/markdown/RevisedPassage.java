package io.github.cmaltkit.markdown;

import org.commonmark.node.CustomBlock;

/** The blocks between a pair of revision markers (see {@link Revisions}), with the note and anchor of the passage. */
final class RevisedPassage extends CustomBlock {

    private final String note;
    private final String anchor;

    RevisedPassage(String note, String anchor) {
        this.note = note;
        this.anchor = anchor;
    }

    /** What the candidate says they changed; empty when the marker has no note. */
    String note() { return note; }
    String anchor() { return anchor; }
}
