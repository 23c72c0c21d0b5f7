package io.github.cmaltkit.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One file the import writes: a section (its id) or an extra page (a title and no id). */
final class Page {

    final String sectionId;
    final String title;
    /** The level of the draft heading that began it (0 before any heading). */
    final int level;
    final Map<String, Object> fields = new LinkedHashMap<>();
    final List<String> blocks = new ArrayList<>();
    String file;

    Page(String sectionId, String title, int level) {
        this.sectionId = sectionId;
        this.title = title;
        this.level = level;
    }

    boolean isSection() {
        return sectionId != null;
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }
}
