package io.github.cmaltkit.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the site knows of the kit's own pages, the pages made from the portfolio rather than written by
 * the candidate: the folder they live in and what each page says of itself ({@link Entry}). The pages
 * themselves, and their one list, are in {@code site.kit} ({@code KitPage.all()}).
 */
public final class KitPages {

    /** Folder of the kit's pages in the site. */
    public static final String FOLDER = "kit";

    /**
     * One of the kit's pages. A workspace page helps the candidate write (their plan, their progress,
     * the checker's view); it is in the local bake and the preview, and on the published site only when
     * {@code portfolio.yml} says {@code workspace: publish}.
     */
    public record Entry(String id, String title, boolean workspace) {
        /** The page's path in the site, relative to its root. */
        public String href() {
            return FOLDER + "/" + id + ".html";
        }
    }

    private KitPages() {
    }

    /**
     * Gives a site view the links to the pages this bake makes ({@code kitPages}) and whether it shows
     * the workspace ({@code workspace}), so the contents never link to a page the bake did not make.
     */
    static void addTo(Map<String, Object> view, List<Entry> made, boolean workspace) {
        view.put("kitPages", links(made));
        view.put("workspace", workspace);
    }

    /** The contents' links to {@code pages}. */
    static List<Map<String, Object>> links(List<Entry> pages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : pages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("title", e.title());
            m.put("href", e.href());
            out.add(m);
        }
        return out;
    }
}
