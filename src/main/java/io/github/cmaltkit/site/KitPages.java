package io.github.cmaltkit.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of the kit's own pages, made from the portfolio rather than written by the candidate:
 * their ids, titles and order, and which of them are the candidate's workspace. Each page is rendered
 * by its own JBake rendering tool in {@code site.kit}.
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

    /** Every page, in the order the contents list them. */
    public static final List<Entry> ALL = List.of(
            new Entry("plan", "Writing plan", true),
            new Entry("progress", "Progress", true),
            new Entry("self-assessment", "Self-assessment form", true),
            new Entry("principles", "Core principles map", false),
            new Entry("glossary", "Glossary", false),
            new Entry("evidence", "Evidence register", false),
            new Entry("print", "Whole portfolio on one page", false),
            new Entry("revisions", "Summary of revisions", false));

    private KitPages() {
    }

    /** The page with this id; the ids are the kit's own, so an unknown one is a programming error. */
    public static Entry get(String id) {
        for (Entry e : ALL) if (e.id().equals(id)) return e;
        throw new IllegalArgumentException("no kit page \"" + id + "\"");
    }

    /** The pages a bake makes: all of them, or all but the workspace. */
    public static List<Entry> shown(boolean workspace) {
        return ALL.stream().filter(e -> workspace || !e.workspace()).toList();
    }

    /** The contents' links to every page (the local bake's). */
    static List<Map<String, Object>> links() {
        return links(true);
    }

    /**
     * Gives a site view the links to the pages this bake makes ({@code kitPages}) and whether it shows
     * the workspace ({@code workspace}), so the contents never link to a page the bake did not make.
     */
    public static void addTo(Map<String, Object> view, boolean workspace) {
        view.put("kitPages", links(workspace));
        view.put("workspace", workspace);
    }

    private static List<Map<String, Object>> links(boolean workspace) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : shown(workspace)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("title", e.title());
            m.put("href", e.href());
            out.add(m);
        }
        return out;
    }
}
