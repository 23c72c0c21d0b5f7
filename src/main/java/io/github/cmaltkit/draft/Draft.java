package io.github.cmaltkit.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft as the readers hand it over: headings and Markdown blocks in reading order, the notes they
 * refer to, the files to copy into {@code assets/}, and what the reader counted in the source itself
 * (so that the report can compare the portfolio against the draft, not against the reader's output).
 */
final class Draft {

    sealed interface Block permits Heading, Body {
    }

    /**
     * A heading of the draft.
     *
     * @param anchors bookmark or id names that links in the draft use to point at it
     * @param fields  front matter a Markdown draft gave its page (section, principles, …), or empty
     */
    record Heading(int level, String text, List<String> anchors, Map<String, Object> fields) implements Block {
        Heading(int level, String text, List<String> anchors) {
            this(level, text, anchors, Map.of());
        }
    }

    /** One Markdown block: a paragraph, a list, a table, a quote. */
    record Body(String markdown) implements Block {
    }

    /** A file for assets/: copied from {@code file}, or written from {@code bytes}. */
    record Asset(Path file, byte[] bytes) {
    }

    /** Marks a note reference in a block's Markdown; the page numbers its notes in order. */
    static final char NOTE_START = '\u0002';
    static final char NOTE_END = '\u0003';
    /** Link destination prefix of a link to a heading of the draft (a bookmark, another page). */
    static final String ANCHOR = "cmalt-anchor:";

    final String name;
    final List<Block> blocks = new ArrayList<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    /** Path under the portfolio ("assets/images/chart.png") to its source. */
    final Map<String, Asset> assets = new LinkedHashMap<>();
    final Map<String, String> meta = new LinkedHashMap<>();
    /** What the reader counted in the draft's own text (headings left out). */
    final Counts counts = new Counts();
    /** What the reader left out or changed, one line each, for the report. */
    final List<String> remarks = new ArrayList<>();
    int commentsDropped;
    private final Map<String, Integer> anchorIds = new LinkedHashMap<>();

    Draft(String name) {
        this.name = name;
    }

    static String noteRef(String key) {
        return NOTE_START + key + NOTE_END;
    }

    /** The destination a link to the heading named {@code anchor} is written with until pages are known. */
    String anchorLink(String anchor) {
        return ANCHOR + anchorIds.computeIfAbsent(anchor, a -> anchorIds.size() + 1);
    }

    /** The anchor name of a destination made by {@link #anchorLink}, or null. */
    String anchorOf(String destination) {
        if (!destination.startsWith(ANCHOR)) return null;
        String n = destination.substring(ANCHOR.length());
        for (var e : anchorIds.entrySet()) if (String.valueOf(e.getValue()).equals(n)) return e.getKey();
        return null;
    }

    /** A free file name under {@code folder} (assets/images, assets/evidence) for a file called {@code wanted}. */
    String assetPath(String folder, String wanted, Object source) {
        String clean = wanted.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (clean.isEmpty() || clean.startsWith(".")) clean = "file" + clean;
        String base = clean;
        String ext = "";
        int dot = clean.lastIndexOf('.');
        if (dot > 0) {
            base = clean.substring(0, dot);
            ext = clean.substring(dot);
        }
        String path = folder + "/" + clean;
        for (int n = 2; assets.containsKey(path) && !sameSource(assets.get(path), source); n++) {
            path = folder + "/" + base + "-" + n + ext;
        }
        return path;
    }

    private static boolean sameSource(Asset a, Object source) {
        return source instanceof Path p && p.equals(a.file());
    }
}
