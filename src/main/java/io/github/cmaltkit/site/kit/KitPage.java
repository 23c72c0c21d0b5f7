package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.KitPages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the kit's pages: what it says of itself ({@link #entry}: id, title, whether it is part of the
 * workspace) and its typed model. Every page renders {@value #FRAME}, which frames {@code kit/ID.ftl};
 * the template sees {@code kit} (the site around it), {@code page} (the model), {@code pageId},
 * {@code pageTitle} and {@code workspace}. A new page is a subclass listed in {@link #all}: nothing else
 * lists the pages.
 */
public abstract class KitPage {

    /** The template every kit page renders. */
    public static final String FRAME = "kit-page.ftl";

    private final KitPages.Entry entry;

    KitPage(KitPages.Entry entry) {
        this.entry = entry;
    }

    public final KitPages.Entry entry() {
        return entry;
    }

    /** A new instance of every kit page, in the contents' order: the kit's one list of its pages. */
    public static List<KitPage> all() {
        return List.of(new PlanPage(), new ProgressPage(), new SelfAssessmentPage(), new PrinciplesPage(), new GlossaryPage(),
                new EvidencePage(), new PrintPage(), new RevisionsPage());
    }

    /** What every kit page says of itself, in the contents' order. */
    public static List<KitPages.Entry> entries() {
        return all().stream().map(KitPage::entry).toList();
    }

    /**
     * Whether the session's bake makes the page: a workspace page only where the workspace is shown.
     *
     * @throws IllegalArgumentException when the bake's audience setting is wrong
     */
    public final boolean madeIn(BakeSession session) throws Portfolio.UnreadableException {
        return !entry.workspace() || KitBake.of(session).workspace;
    }

    /**
     * What the page's template sees, by name, in this order.
     *
     * @throws IllegalArgumentException when the bake's audience setting is wrong
     */
    public final Map<String, Object> templateModel(BakeSession session) throws Portfolio.UnreadableException {
        KitBake bake = KitBake.of(session);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kit", bake.view(entry));
        model.put("page", RecordModels.WRAPPER.wrapRecord(model(bake)));
        model.put("pageId", entry.id());
        model.put("pageTitle", entry.title());
        model.put("workspace", bake.workspace);
        return model;
    }

    /** The page's model: a record (the templates read its components by name). */
    abstract Record model(KitBake bake);
}
